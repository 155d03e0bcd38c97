package id.simlayan.identity.internal;

import id.simlayan.audit.AuditLog;
import id.simlayan.audit.AuditLog.AuditEntry;
import id.simlayan.identity.Membership;
import id.simlayan.identity.Role;
import id.simlayan.identity.UnitId;
import id.simlayan.identity.UserId;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The administrator's list of accounts and the roles they hold per unit. */
@Service
public class UserAdministration {

    public static final int PAGE_SIZE = 20;

    public record UserRow(UUID id, String fullName, String email, Account.Kind kind, Account.Status status, List<RoleRow> roles,
                          boolean locked) {
    }

    public record RoleRow(UUID unitId, String unitName, Role role) {
    }

    public record PageOf<T>(List<T> items, int page, long total) {

        public int totalPages() {
            return (int) Math.max(1, (total + PAGE_SIZE - 1) / PAGE_SIZE);
        }

        public boolean hasPrevious() {
            return page > 0;
        }

        public boolean hasNext() {
            return page + 1 < totalPages();
        }
    }

    private final JdbcClient jdbc;
    private final AccountRepository accounts;
    private final UnitRepository units;
    private final AuditLog audit;
    private final Clock clock;

    UserAdministration(JdbcClient jdbc, AccountRepository accounts, UnitRepository units, AuditLog audit, Clock clock) {
        this.jdbc = jdbc;
        this.accounts = accounts;
        this.units = units;
        this.audit = audit;
        this.clock = clock;
    }

    /** Accounts whose name or e-mail contains {@code query} (case-insensitive), by name. */
    @Transactional(readOnly = true)
    public PageOf<UserRow> search(String query, int page) {
        String like = "%" + (query == null ? "" : query.strip().toLowerCase().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")) + "%";
        int safePage = Math.max(0, page);
        long total = jdbc.sql("SELECT count(*) FROM users WHERE lower(full_name) LIKE :like OR lower(email) LIKE :like")
                .param("like", like).query(Long.class).single();
        List<UserRow> rows = jdbc.sql("""
                        SELECT id, full_name, email, user_kind, status, locked_until > :now AS locked FROM users
                        WHERE lower(full_name) LIKE :like OR lower(email) LIKE :like
                        ORDER BY lower(full_name), id LIMIT :limit OFFSET :offset
                        """)
                .param("like", like).param("limit", PAGE_SIZE).param("offset", (long) safePage * PAGE_SIZE)
                .param("now", java.sql.Timestamp.from(clock.instant()))
                .query((rs, n) -> new UserRow(rs.getObject("id", UUID.class), rs.getString("full_name"), rs.getString("email"),
                        Account.Kind.valueOf(rs.getString("user_kind")), Account.Status.valueOf(rs.getString("status")), List.of(),
                        rs.getBoolean("locked")))
                .list();
        if (rows.isEmpty()) {
            return new PageOf<>(rows, safePage, total);
        }
        Map<UUID, List<RoleRow>> roles = jdbc.sql("""
                        SELECT m.user_id, m.unit_id, u.name, m.role FROM memberships m JOIN units u ON u.id = m.unit_id
                        WHERE m.user_id IN (:ids) ORDER BY u.name, m.role
                        """)
                .param("ids", rows.stream().map(UserRow::id).toList())
                .query((rs, n) -> Map.entry(rs.getObject("user_id", UUID.class),
                        new RoleRow(rs.getObject("unit_id", UUID.class), rs.getString("name"), Role.valueOf(rs.getString("role")))))
                .list().stream()
                .collect(Collectors.groupingBy(Map.Entry::getKey, Collectors.mapping(Map.Entry::getValue, Collectors.toList())));
        return new PageOf<>(rows.stream()
                .map(r -> new UserRow(r.id(), r.fullName(), r.email(), r.kind(), r.status(), roles.getOrDefault(r.id(), List.of()), r.locked()))
                .toList(), safePage, total);
    }

    /** @throws DecisionRefused for REQUESTER (implicit), an unknown account or unit */
    @Transactional
    public void grant(UUID userId, UUID unitId, Role role, UserId admin) {
        var account = accountFor(userId, unitId, role, admin, "ROLE_GRANT");
        account.grant(new Membership(new UnitId(unitId), role), clock.instant());
        accounts.save(account);
        audit.record(AuditEntry.allowed(admin.value(), "ROLE_GRANT", "USER", userId.toString(), role + " in unit " + unitId));
    }

    /** @throws DecisionRefused when an administrator would remove their own ADMIN role */
    @Transactional
    public void revoke(UUID userId, UUID unitId, Role role, UserId admin) {
        if (role == Role.ADMIN && admin.value().equals(userId)) {
            audit.record(AuditEntry.denied(admin.value(), "ROLE_REVOKE", "USER", userId.toString(), "own ADMIN role"));
            throw new DecisionRefused("admin.users.error.ownAdmin");
        }
        var account = accountFor(userId, unitId, role, admin, "ROLE_REVOKE");
        account.revoke(new Membership(new UnitId(unitId), role), clock.instant());
        accounts.save(account);
        audit.record(AuditEntry.allowed(admin.value(), "ROLE_REVOKE", "USER", userId.toString(), role + " in unit " + unitId));
    }

    private Account accountFor(UUID userId, UUID unitId, Role role, UserId admin, String action) {
        if (role == null || role == Role.REQUESTER) {
            throw new DecisionRefused("admin.users.error.role");
        }
        if (unitId == null || !units.existsById(unitId)) {
            throw new DecisionRefused("admin.users.error.unit");
        }
        return accounts.findById(userId).orElseThrow(() -> {
            audit.record(AuditEntry.denied(admin.value(), action, "USER", userId.toString(), "unknown account"));
            return new DecisionRefused("admin.registrations.error.unknown");
        });
    }
}
