package id.simlayan.worklog.internal;

import id.simlayan.identity.UserId;
import id.simlayan.ticket.TicketId;
import id.simlayan.worklog.EquipmentItemId;
import id.simlayan.worklog.EquipmentUse;
import id.simlayan.worklog.WorkEntry;
import id.simlayan.worklog.WorkEntryId;
import id.simlayan.worklog.WorkLog;
import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The tables {@code work_entries} and {@code equipment_uses} (append-only: a trigger refuses
 * every change but the one cancellation of an entry). No permission checks here:
 * {@link WorkRecording} and the pages decide who may do what. Also the module's {@link WorkLog}.
 */
@Repository
class WorkLogStore implements WorkLog {

    private final JdbcClient jdbc;

    WorkLogStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<WorkEntry> entriesOf(TicketId ticket) {
        Map<UUID, List<EquipmentUse>> uses = new LinkedHashMap<>();
        jdbc.sql("""
                        SELECT u.*, i.name, i.unit_of_measure FROM equipment_uses u JOIN equipment_items i ON i.id = u.item_id
                        WHERE u.ticket_id = :ticket ORDER BY u.work_entry_id, u.position
                        """)
                .param("ticket", ticket.value())
                .query(rs -> {
                    uses.computeIfAbsent(rs.getObject("work_entry_id", UUID.class), k -> new ArrayList<>()).add(use(rs));
                });
        return jdbc.sql("SELECT * FROM work_entries WHERE ticket_id = :ticket ORDER BY done_at, created_at, id")
                .param("ticket", ticket.value())
                .query((rs, row) -> entry(rs, uses.getOrDefault(rs.getObject("id", UUID.class), List.of())))
                .list();
    }

    WorkEntryId insert(TicketId ticket, NewEntry entry, Instant doneAt, UserId by, Instant now) {
        var id = UUID.randomUUID();
        jdbc.sql("""
                        INSERT INTO work_entries (id, ticket_id, description, done_at, minutes, created_at, created_by)
                        VALUES (:id, :ticket, :description, :doneAt, :minutes, :now, :by)
                        """)
                .param("id", id).param("ticket", ticket.value()).param("description", entry.description().strip())
                .param("doneAt", utc(doneAt)).param("minutes", entry.minutes()).param("now", utc(now)).param("by", by.value())
                .update();
        int position = 0;
        for (NewEntry.NewUse use : entry.uses()) {
            jdbc.sql("""
                            INSERT INTO equipment_uses (id, work_entry_id, ticket_id, position, item_id, quantity, serial_numbers, replaced_item,
                                                        created_at, created_by)
                            VALUES (:id, :entry, :ticket, :position, :item, :quantity, :serials, :replaced, :now, :by)
                            """)
                    .param("id", UUID.randomUUID()).param("entry", id).param("ticket", ticket.value()).param("position", position++)
                    .param("item", use.item().value()).param("quantity", use.quantity())
                    .param("serials", use.serialNumbers().toArray(String[]::new))
                    .param("replaced", EquipmentList.blankToNull(use.replacedItem())).param("now", utc(now)).param("by", by.value())
                    .update();
        }
        return new WorkEntryId(id);
    }

    /** 0 when the entry is not on that ticket or was cancelled already. */
    int cancel(TicketId ticket, WorkEntryId entry, UserId by, String reason, Instant now) {
        return jdbc.sql("""
                        UPDATE work_entries SET cancelled_at = :now, cancelled_by = :by, cancel_reason = :reason
                        WHERE id = :id AND ticket_id = :ticket AND cancelled_at IS NULL
                        """)
                .param("id", entry.value()).param("ticket", ticket.value()).param("by", by.value()).param("reason", reason)
                .param("now", utc(now)).update();
    }

    Optional<UserId> authorOf(TicketId ticket, WorkEntryId entry) {
        return jdbc.sql("SELECT created_by FROM work_entries WHERE id = :id AND ticket_id = :ticket")
                .param("id", entry.value()).param("ticket", ticket.value())
                .query((rs, row) -> new UserId(rs.getObject(1, UUID.class))).optional();
    }

    private static OffsetDateTime utc(Instant instant) {
        return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp t = rs.getTimestamp(column);
        return t == null ? null : t.toInstant();
    }

    private static EquipmentUse use(ResultSet rs) throws SQLException {
        Array serials = rs.getArray("serial_numbers");
        List<String> serialList = serials == null ? List.of() : Arrays.asList((String[]) serials.getArray());
        return new EquipmentUse(new WorkEntryId(rs.getObject("work_entry_id", UUID.class)), new EquipmentItemId(rs.getObject("item_id", UUID.class)),
                rs.getString("name"), rs.getString("unit_of_measure"), rs.getBigDecimal("quantity").stripTrailingZeros(), serialList,
                rs.getString("replaced_item"));
    }

    private static WorkEntry entry(ResultSet rs, List<EquipmentUse> uses) throws SQLException {
        UUID cancelledBy = rs.getObject("cancelled_by", UUID.class);
        var cancellation = cancelledBy == null ? null
                : new WorkEntry.Cancellation(new UserId(cancelledBy), instant(rs, "cancelled_at"), rs.getString("cancel_reason"));
        return new WorkEntry(new WorkEntryId(rs.getObject("id", UUID.class)), new TicketId(rs.getObject("ticket_id", UUID.class)),
                rs.getString("description"), instant(rs, "done_at"), rs.getInt("minutes"), new UserId(rs.getObject("created_by", UUID.class)),
                instant(rs, "created_at"), cancellation, uses);
    }
}
