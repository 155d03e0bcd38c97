package id.simlayan.sla.internal;

import id.simlayan.calendar.ClockMode;
import id.simlayan.calendar.Target;
import id.simlayan.calendar.TargetUnit;
import id.simlayan.catalog.CategoryId;
import id.simlayan.catalog.ServiceOfferingId;
import id.simlayan.identity.UserId;
import id.simlayan.ticket.TicketPriority;
import id.simlayan.ticket.TicketStatus;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Time;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Table {@code sla_policies}. */
@Component
public class PolicyStore {

    private final JdbcClient jdbc;
    private final Clock clock;

    PolicyStore(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    public List<SlaPolicy> all() {
        return jdbc.sql("SELECT * FROM sla_policies ORDER BY name, id").query(PolicyStore::map).list();
    }

    public Optional<SlaPolicy> find(UUID id) {
        return jdbc.sql("SELECT * FROM sla_policies WHERE id = :id").param("id", id).query(PolicyStore::map).optional();
    }

    /** The most specific active policy: service+category+priority > service+category > service+priority > service. */
    static Optional<SlaPolicy> match(List<SlaPolicy> policies, ServiceOfferingId service, CategoryId category, TicketPriority priority) {
        return policies.stream().filter(p -> p.covers(service, category, priority)).max(Comparator.comparingInt(SlaPolicy::specificity));
    }

    public List<SlaPolicy> activeFor(ServiceOfferingId service) {
        return jdbc.sql("SELECT * FROM sla_policies WHERE service_id = :s AND active").param("s", service.value())
                .query(PolicyStore::map).list();
    }

    /** Inserts (version 0) or updates (optimistic: the stored version must match). Returns the id. */
    public UUID save(SlaPolicy p, UserId by) {
        var now = Timestamp.from(clock.instant());
        UUID id = p.id() != null ? p.id() : UUID.randomUUID();
        var spec = jdbc.sql(p.id() == null ? """
                        INSERT INTO sla_policies (id, service_id, category_id, priority, name, response_amount, response_unit, response_mode,
                          resolution_amount, resolution_unit, resolution_mode, resolution_cutoff, extension_amount, extension_unit, extension_mode,
                          handoff_amount, handoff_unit, handoff_mode, start_event, pause_statuses, warning_percent, escalate, active, created_at, created_by, updated_at, updated_by, version)
                        VALUES (:id, :service, :category, :priority, :name, :ra, :ru, :rm, :sa, :su, :sm, :sc, :ea, :eu, :em, :ha, :hu, :hm,
                          :start, CAST(ARRAY[:pauses] AS varchar(20)[]), :warn, :escalate, :active, :now, :by, :now, :by, 0)"""
                        : """
                        UPDATE sla_policies SET service_id = :service, category_id = :category, priority = :priority, name = :name,
                          response_amount = :ra, response_unit = :ru, response_mode = :rm, resolution_amount = :sa, resolution_unit = :su,
                          resolution_mode = :sm, resolution_cutoff = :sc, extension_amount = :ea, extension_unit = :eu, extension_mode = :em,
                          handoff_amount = :ha, handoff_unit = :hu, handoff_mode = :hm, start_event = :start, pause_statuses = CAST(ARRAY[:pauses] AS varchar(20)[]), warning_percent = :warn, escalate = :escalate, active = :active,
                          updated_at = :now, updated_by = :by, version = version + 1
                        WHERE id = :id AND version = :version""")
                .param("id", id).param("service", p.serviceId().value())
                .param("category", p.categoryId() == null ? null : p.categoryId().value())
                .param("priority", p.priority() == null ? null : p.priority().name()).param("name", p.name())
                .param("ra", p.response() == null ? null : (int) p.response().amount())
                .param("ru", p.response() == null ? null : p.response().unit().name())
                .param("rm", p.response() == null ? null : p.response().mode().name())
                .param("sa", (int) p.resolution().amount()).param("su", p.resolution().unit().name()).param("sm", p.resolution().mode().name())
                .param("sc", p.resolution().cutoff() == null ? null : Time.valueOf(p.resolution().cutoff()))
                .param("ea", p.extension() == null ? null : (int) p.extension().amount())
                .param("eu", p.extension() == null ? null : p.extension().unit().name())
                .param("em", p.extension() == null ? null : p.extension().mode().name())
                .param("ha", p.handoff() == null ? null : (int) p.handoff().amount())
                .param("hu", p.handoff() == null ? null : p.handoff().unit().name())
                .param("hm", p.handoff() == null ? null : p.handoff().mode().name())
                .param("start", p.startEvent().name())
                // never empty: a policy always pauses while waiting for the requester (one placeholder per status)
                .param("pauses", p.pauseStatuses().stream().map(Enum::name).sorted().toList())
                .param("warn", p.warningPercent()).param("escalate", p.escalate()).param("active", p.active())
                .param("now", now).param("by", by == null ? null : by.value()).param("version", p.version());
        if (spec.update() != 1) {
            throw new OptimisticLockingFailureException("SLA policy " + id + " changed concurrently");
        }
        return id;
    }

    static SlaPolicy map(ResultSet rs, int row) throws SQLException {
        Target response = target(rs, "response", null);
        Time cutoff = rs.getTime("resolution_cutoff");
        Target resolution = target(rs, "resolution", cutoff == null ? null : cutoff.toLocalTime());
        Target extension = target(rs, "extension", null);
        Target handoff = target(rs, "handoff", null);
        String category = rs.getString("category_id");
        String priority = rs.getString("priority");
        var pauses = Arrays.stream((String[]) rs.getArray("pause_statuses").getArray()).map(TicketStatus::valueOf).collect(Collectors.toSet());
        return new SlaPolicy(rs.getObject("id", UUID.class), new ServiceOfferingId(rs.getObject("service_id", UUID.class)),
                category == null ? null : new CategoryId(UUID.fromString(category)), priority == null ? null : TicketPriority.valueOf(priority),
                rs.getString("name"), response, resolution, extension, handoff, SlaPolicy.StartEvent.valueOf(rs.getString("start_event")), pauses,
                rs.getInt("warning_percent"), rs.getBoolean("escalate"), rs.getBoolean("active"), rs.getLong("version"));
    }

    private static Target target(ResultSet rs, String prefix, java.time.LocalTime cutoff) throws SQLException {
        int amount = rs.getInt(prefix + "_amount");
        if (rs.wasNull()) {
            return null;
        }
        return new Target(amount, TargetUnit.valueOf(rs.getString(prefix + "_unit")), ClockMode.valueOf(rs.getString(prefix + "_mode")), cutoff);
    }
}
