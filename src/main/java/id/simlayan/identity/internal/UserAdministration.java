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

    /**
     * What revoking {@code role} in {@code unitId} from the account would do, for the
     * confirmation page.
     *
     * @throws DecisionRefused for REQUESTER, an unknown account or unit, or a role the account does not hold
     */
    @Transactional(readOnly = true)
    public RevokePreview previewRevoke(UUID userId, UUID unitId, Role role, UserId admin) {
        var account = accountFor(userId, unitId, role, admin, "ROLE_REVOKE");
        if (!account.memberships().contains(new Membership(new UnitId(unitId), role))) {
            throw new DecisionRefused("admin.users.error.notHeld");
        }
        String unitName = units.findById(unitId).map(Unit::getName).orElse("");
        return new RevokePreview(userId, account.getFullName(), account.getEmail(), unitId, unitName, role, admin.value().equals(userId),
                role == Role.ADMIN && !otherActiveAdminRemains(userId, unitId, false));
    }

    /** The confirmation page's facts; {@code lastAdmin}: refused, nobody would be left to administer. */
    public record RevokePreview(UUID userId, String fullName, String email, UUID unitId, String unitName, Role role, boolean own,
                                boolean lastAdmin) {
    }

    /**
     * Revokes a role; applies to the person's live sessions on their next request.
     *
     * @throws DecisionRefused when it would leave no active administrator (an administrator may
     *         remove their own ADMIN role only while another active administrator remains)
     */
    @Transactional
    public void revoke(UUID userId, UUID unitId, Role role, UserId admin) {
        var account = accountFor(userId, unitId, role, admin, "ROLE_REVOKE");
        if (role == Role.ADMIN && !otherActiveAdminRemains(userId, unitId, true)) {
            audit.record(AuditEntry.denied(admin.value(), "ROLE_REVOKE", "USER", userId.toString(), "last active ADMIN"));
            throw new DecisionRefused(admin.value().equals(userId) ? "admin.users.error.ownLastAdmin" : "admin.users.error.lastAdmin");
        }
        account.revoke(new Membership(new UnitId(unitId), role), clock.instant());
        accounts.save(account);
        audit.record(AuditEntry.allowed(admin.value(), "ROLE_REVOKE", "USER", userId.toString(), role + " in unit " + unitId));
    }

    /**
     * Whether an active account keeps ADMIN once {@code userId} loses it in {@code unitId}. With
     * {@code lock} every ADMIN membership is locked first, so two administrators revoking each
     * other at the same moment are serialized and the second sees the first one's result.
     */
    private boolean otherActiveAdminRemains(UUID userId, UUID unitId, boolean lock) {
        record Holder(UUID userId, UUID unitId) {
        }
        return jdbc.sql("""
                        SELECT m.user_id, m.unit_id FROM memberships m JOIN users u ON u.id = m.user_id
                        WHERE m.role = 'ADMIN' AND u.status = 'ACTIVE'
                        """ + (lock ? " FOR UPDATE OF m" : ""))
                .query((rs, n) -> new Holder(rs.getObject("user_id", UUID.class), rs.getObject("unit_id", UUID.class)))
                .list().stream()
                .anyMatch(h -> !(h.userId().equals(userId) && h.unitId().equals(unitId)));
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
