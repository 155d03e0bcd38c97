package id.simlayan.ticket.internal;

import id.simlayan.ticket.TicketStatus;
import java.time.Instant;
import java.util.UUID;

/**
 * One line of a ticket's timeline ({@code ticket_events}); written once, never changed.
 *
 * @param actorId who acted; null for the system (auto-close)
 */
public record TimelineEntry(UUID id, UUID ticketId, Instant at, UUID actorId, Type type, TicketStatus fromStatus,
                            TicketStatus toStatus, Visibility visibility, String text, UUID unitId, UUID assigneeId) {

    public enum Visibility { PUBLIC, INTERNAL }

    public enum Type {
        SUBMITTED, VERIFICATION_STARTED, ACCEPTED, INFORMATION_REQUESTED, INFORMATION_PROVIDED, REJECTED,
        DISPOSED, DISPOSITION_ACCEPTED, DISPOSITION_RETURNED, ASSIGNED, REPLY, NOTE, RESOLVED, CONFIRMED,
        REOPENED, AUTO_CLOSED, PRIORITY_CHANGED
    }

    public boolean isPublic() {
        return visibility == Visibility.PUBLIC;
    }

    public boolean isStatusChange() {
        return fromStatus != null && toStatus != null && fromStatus != toStatus;
    }
}
