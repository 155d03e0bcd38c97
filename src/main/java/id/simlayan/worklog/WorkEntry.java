package id.simlayan.worklog;

import id.simlayan.identity.UserId;
import id.simlayan.ticket.TicketId;
import java.time.Instant;
import java.util.List;

/**
 * One recorded piece of work on a ticket. Never edited; a wrong entry is cancelled with a reason
 * and stays in the log, marked, out of the totals ({@link #cancellation()} is null otherwise).
 */
public record WorkEntry(WorkEntryId id, TicketId ticket, String description, Instant doneAt, int minutes, UserId by, Instant recordedAt,
                        Cancellation cancellation, List<EquipmentUse> equipment) {

    public WorkEntry {
        equipment = List.copyOf(equipment);
    }

    public boolean cancelled() {
        return cancellation != null;
    }

    /** Who cancelled the entry, when and why. */
    public record Cancellation(UserId by, Instant at, String reason) {
    }
}
