package id.simlayan.ticket.internal;

import id.simlayan.identity.CurrentUser;
import id.simlayan.identity.Directory;
import id.simlayan.identity.Membership;
import id.simlayan.identity.Role;
import id.simlayan.identity.UnitSummary;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Canned replies ({@code reply_templates}): kept by front-desk agents and admins, offered to
 * staff on the ticket page (the global ones and those of the units the person works in). A
 * template is deactivated, never deleted, so an old reply's origin can still be traced.
 */
@Service
@Transactional
public class ReplyTemplates {

    static final int MAX_TITLE = 120;

    /** A template as listed and edited; {@code unitId} null means every unit. */
    public record ReplyTemplate(UUID id, String title, String body, boolean active, UUID unitId, String unitName, long version) {

        public boolean global() {
            return unitId == null;
        }
    }

    /** What an editor entered; {@code unitId} null means every unit. */
    public record Draft(String title, String body, UUID unitId) {
    }

    /** The values the placeholders of a template stand for on one ticket. */
    public record Placeholders(String number, String requesterName, String serviceName) {
    }

    private final JdbcClient jdbc;
    private final TicketAccessPolicy policy;
    private final Directory directory;
    private final Clock clock;

    ReplyTemplates(JdbcClient jdbc, TicketAccessPolicy policy, Directory directory, Clock clock) {
        this.jdbc = jdbc;
        this.policy = policy;
        this.directory = directory;
        this.clock = clock;
    }

    /** Front-desk agents and admins keep the templates. */
    @Transactional(readOnly = true)
    public boolean mayManage(CurrentUser user) {
        return user.hasRole(Role.ADMIN) || policy.isFrontDeskAgent(user);
    }

    /**
     * For the pages that show no template yet (the empty form): refuse early who may not keep them.
     *
     * @throws TicketAccessDenied for anyone but front-desk agents and admins (audited)
     */
    @Transactional(readOnly = true)
    public void checkMayManage(CurrentUser user, String action) {
        requireManager(user, action);
    }

    /** Every template, active first, for the management page. */
    @Transactional(readOnly = true)
    public List<ReplyTemplate> all(CurrentUser user) {
        requireManager(user, "REPLY_TEMPLATE_LIST");
        var units = unitNames();
        return jdbc.sql("SELECT * FROM reply_templates ORDER BY active DESC, lower(title), id")
                .query((rs, n) -> map(rs, units)).list();
    }

    @Transactional(readOnly = true)
    public ReplyTemplate get(CurrentUser user, UUID id) {
        requireManager(user, "REPLY_TEMPLATE_VIEW");
        return find(id).orElseThrow(() -> new TicketNotFound("replyTemplate"));
    }

    /** The active templates this staff member may use: the global ones and those of their units. */
    @Transactional(readOnly = true)
    public List<ReplyTemplate> usableBy(CurrentUser user) {
        if (!user.isStaff()) {
            return List.of();
        }
        Set<UUID> units = user.memberships().stream().map(Membership::unitId).map(u -> u.value()).collect(Collectors.toSet());
        if (units.isEmpty()) {
            return List.of();
        }
        var names = unitNames();
        return jdbc.sql("SELECT * FROM reply_templates WHERE active AND (unit_id IS NULL OR unit_id IN (:units)) ORDER BY lower(title), id")
                .param("units", units).query((rs, n) -> map(rs, names)).list();
    }

    /**
     * The text of a template this person may use, with {@code {nomor}}, {@code {nama}} and
     * {@code {layanan}} filled in.
     *
     * @throws TicketNotFound when the template does not exist, is inactive or not for this person's units
     */
    @Transactional(readOnly = true)
    public String textFor(CurrentUser user, UUID templateId, Placeholders values) {
        var template = usableBy(user).stream().filter(t -> t.id().equals(templateId)).findFirst()
                .orElseThrow(() -> new TicketNotFound("replyTemplate"));
        return fill(template.body(), values);
    }

    public UUID create(CurrentUser user, Draft draft) {
        requireManager(user, "REPLY_TEMPLATE_CREATE");
        check(draft);
        var id = UUID.randomUUID();
        var now = Timestamp.from(clock.instant());
        jdbc.sql("""
                        INSERT INTO reply_templates (id, title, body, active, unit_id, created_at, created_by, updated_at, updated_by, version)
                        VALUES (:id, :title, :body, TRUE, :unit, :now, :by, :now, :by, 0)
                        """)
                .param("id", id).param("title", draft.title().strip()).param("body", draft.body().strip()).param("unit", draft.unitId())
                .param("now", now).param("by", user.id().value()).update();
        return id;
    }

    /** @throws TicketRuleViolation when someone else changed the template since the form was shown */
    public void update(CurrentUser user, UUID id, long version, Draft draft) {
        requireManager(user, "REPLY_TEMPLATE_UPDATE");
        check(draft);
        int rows = jdbc.sql("""
                        UPDATE reply_templates SET title = :title, body = :body, unit_id = :unit, updated_at = :now, updated_by = :by,
                        version = version + 1 WHERE id = :id AND version = :version
                        """)
                .param("id", id).param("version", version).param("title", draft.title().strip()).param("body", draft.body().strip())
                .param("unit", draft.unitId()).param("now", Timestamp.from(clock.instant())).param("by", user.id().value()).update();
        requireChanged(id, rows);
    }

    public void setActive(CurrentUser user, UUID id, boolean active) {
        requireManager(user, active ? "REPLY_TEMPLATE_ACTIVATE" : "REPLY_TEMPLATE_DEACTIVATE");
        int rows = jdbc.sql("""
                        UPDATE reply_templates SET active = :active, updated_at = :now, updated_by = :by, version = version + 1
                        WHERE id = :id
                        """)
                .param("id", id).param("active", active).param("now", Timestamp.from(clock.instant())).param("by", user.id().value())
                .update();
        if (rows == 0) {
            throw new TicketNotFound("replyTemplate");
        }
    }

    /** Replaces the placeholders; unknown ones stay as they are, so a typo is visible before sending. */
    static String fill(String body, Placeholders values) {
        return body.replace("{nomor}", nullToEmpty(values.number()))
                .replace("{nama}", nullToEmpty(values.requesterName()))
                .replace("{layanan}", nullToEmpty(values.serviceName()));
    }

    // --- internals ----------------------------------------------------------------------

    private void requireManager(CurrentUser user, String action) {
        if (!mayManage(user)) {
            policy.deny(user, action, "REPLY_TEMPLATE", null, "not an agent or admin");
            throw new TicketAccessDenied(action);
        }
    }

    private void check(Draft draft) {
        if (draft.title() == null || draft.title().isBlank() || draft.body() == null || draft.body().isBlank()) {
            throw new TicketRuleViolation("ticket.error.textRequired");
        }
        if (draft.title().strip().length() > MAX_TITLE) {
            throw new TicketRuleViolation("ticket.error.textTooLong", MAX_TITLE);
        }
        if (draft.body().strip().length() > Ticket.MAX_TEXT) {
            throw new TicketRuleViolation("ticket.error.textTooLong", Ticket.MAX_TEXT);
        }
        if (draft.unitId() != null && directory.units().stream().noneMatch(u -> u.id().value().equals(draft.unitId()))) {
            throw new TicketRuleViolation("ticket.template.error.unknownUnit");
        }
    }

    private void requireChanged(UUID id, int rows) {
        if (rows == 0) {
            throw find(id).isPresent() ? new TicketRuleViolation("ticket.error.stale") : new TicketNotFound("replyTemplate");
        }
    }

    private Optional<ReplyTemplate> find(UUID id) {
        var names = unitNames();
        return jdbc.sql("SELECT * FROM reply_templates WHERE id = :id").param("id", id).query((rs, n) -> map(rs, names)).optional();
    }

    private Map<UUID, String> unitNames() {
        Map<UUID, String> names = new HashMap<>();
        for (UnitSummary u : directory.units()) {
            names.put(u.id().value(), u.name());
        }
        return names;
    }

    private static ReplyTemplate map(ResultSet rs, Map<UUID, String> units) throws SQLException {
        UUID unit = (UUID) rs.getObject("unit_id");
        return new ReplyTemplate((UUID) rs.getObject("id"), rs.getString("title"), rs.getString("body"), rs.getBoolean("active"), unit,
                unit == null ? null : units.getOrDefault(unit, ""), rs.getLong("version"));
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }
}
