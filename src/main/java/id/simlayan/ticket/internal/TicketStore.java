package id.simlayan.ticket.internal;

import id.simlayan.catalog.TicketKind;
import id.simlayan.platform.DateDisplay;
import id.simlayan.platform.LiveUpdates;
import id.simlayan.ticket.TicketId;
import id.simlayan.ticket.TicketPriority;
import id.simlayan.ticket.TicketStatus;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Loads and saves tickets: the aggregate row and its dispositions through Spring Data JDBC,
 * the new timeline entries by plain INSERT (the timeline is append-only), then tells live
 * pages that the ticket changed (after commit).
 */
@Component
class TicketStore {

    private final TicketRepository tickets;
    private final JdbcClient jdbc;
    private final LiveUpdates live;
    private final DateDisplay dates;

    TicketStore(TicketRepository tickets, JdbcClient jdbc, LiveUpdates live, DateDisplay dates) {
        this.tickets = tickets;
        this.jdbc = jdbc;
        this.live = live;
        this.dates = dates;
    }

    Optional<Ticket> find(TicketId id) {
        return tickets.findById(id.value());
    }

    Ticket save(Ticket ticket) {
        var entries = ticket.newTimelineEntries();
        var saved = tickets.save(ticket);
        for (var e : entries) {
            jdbc.sql("""
                    INSERT INTO ticket_events (id, ticket_id, at, actor_id, type, from_status, to_status, visibility, text, unit_id, assignee_id,
                                               priority_from, priority_to)
                    VALUES (:id, :ticketId, :at, :actorId, :type, :fromStatus, :toStatus, :visibility, :text, :unitId, :assigneeId,
                            :priorityFrom, :priorityTo)
                    """)
                    .param("id", e.id())
                    .param("ticketId", e.ticketId())
                    .param("at", Timestamp.from(e.at()))
                    .param("actorId", e.actorId())
                    .param("type", e.type().name())
                    .param("fromStatus", e.fromStatus() == null ? null : e.fromStatus().name())
                    .param("toStatus", e.toStatus() == null ? null : e.toStatus().name())
                    .param("visibility", e.visibility().name())
                    .param("text", e.text())
                    .param("unitId", e.unitId())
                    .param("assigneeId", e.assigneeId())
                    .param("priorityFrom", e.priorityFrom() == null ? null : e.priorityFrom().name())
                    .param("priorityTo", e.priorityTo() == null ? null : e.priorityTo().name())
                    .update();
        }
        for (var r : ticket.newStepRecords()) {
            jdbc.sql("""
                    INSERT INTO ticket_step_records (event_id, ticket_id, stage_from, stage_to, step_key, step_label, kind, outcome,
                                                     external_reference, exemption_ground, equipment_list)
                    VALUES (:eventId, :ticketId, :stageFrom, :stageTo, :stepKey, :stepLabel, :kind, :outcome, :externalReference,
                            :exemptionGround, :equipmentList)
                    """)
                    .param("eventId", r.eventId()).param("ticketId", r.ticketId()).param("stageFrom", r.stageFrom())
                    .param("stageTo", r.stageTo()).param("stepKey", r.stepKey()).param("stepLabel", r.stepLabel()).param("kind", r.kind())
                    .param("outcome", r.outcome()).param("externalReference", r.externalReference())
                    .param("exemptionGround", r.exemptionGround()).param("equipmentList", r.equipmentList())
                    .update();
        }
        ticket.timelineWritten();
        live.publish(topic(ticket.ticketId()), "ticket-changed");
        return saved;
    }

    List<TimelineEntry> timeline(TicketId id) {
        return jdbc.sql("SELECT * FROM ticket_events WHERE ticket_id = :id ORDER BY at, seq")
                .param("id", id.value())
                .query((rs, n) -> new TimelineEntry((UUID) rs.getObject("id"), (UUID) rs.getObject("ticket_id"),
                        rs.getTimestamp("at").toInstant(), (UUID) rs.getObject("actor_id"), TimelineEntry.Type.valueOf(rs.getString("type")),
                        status(rs.getString("from_status")), status(rs.getString("to_status")),
                        TimelineEntry.Visibility.valueOf(rs.getString("visibility")), rs.getString("text"),
                        (UUID) rs.getObject("unit_id"), (UUID) rs.getObject("assignee_id"),
                        priority(rs.getString("priority_from")), priority(rs.getString("priority_to"))))
                .list();
    }

    /**
     * The next number for a kind in the year of {@code at} (instance zone, WIB by default),
     * e.g. {@code ADU-2026-000123}. The upsert locks the counter row until commit: numbers are
     * unique; a rolled-back submission leaves a gap, which is accepted.
     */
    String nextNumber(TicketKind kind, Instant at) {
        int year = at.atZone(dates.zone()).getYear();
        long value = jdbc.sql("""
                        INSERT INTO ticket_number_sequences (prefix, year, last_value) VALUES (:prefix, :year, 1)
                        ON CONFLICT (prefix, year) DO UPDATE SET last_value = ticket_number_sequences.last_value + 1
                        RETURNING last_value
                        """)
                .param("prefix", kind.numberPrefix()).param("year", year)
                .query(Long.class).single();
        return "%s-%d-%06d".formatted(kind.numberPrefix(), year, value);
    }

    /** The step records of a ticket's timeline, by the entry they belong to. */
    java.util.Map<UUID, StepRecord> stepRecords(TicketId id) {
        var records = new java.util.HashMap<UUID, StepRecord>();
        jdbc.sql("SELECT * FROM ticket_step_records WHERE ticket_id = :id").param("id", id.value())
                .query((rs, n) -> new StepRecord((UUID) rs.getObject("event_id"), (UUID) rs.getObject("ticket_id"), rs.getString("stage_from"),
                        rs.getString("stage_to"), rs.getString("step_key"), rs.getString("step_label"), rs.getString("kind"),
                        rs.getString("outcome"), rs.getString("external_reference"), rs.getString("exemption_ground"),
                        rs.getString("equipment_list")))
                .list().forEach(r -> records.put(r.eventId(), r));
        return records;
    }

    static String topic(TicketId id) {
        return id.liveTopic();
    }

    private static TicketStatus status(String s) {
        return s == null ? null : TicketStatus.valueOf(s);
    }

    private static TicketPriority priority(String s) {
        return s == null ? null : TicketPriority.valueOf(s);
    }
}
