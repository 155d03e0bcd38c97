package id.simlayan.ticket.internal;

import id.simlayan.ticket.TicketPriority;
import id.simlayan.ticket.TicketStatus;
import java.time.Instant;
import java.util.UUID;

/**
 * One line of a ticket's timeline ({@code ticket_events}); written once, never changed.
 *
 * @param actorId who acted; null for the system (auto-close)
 * @param priorityFrom the priority before a {@link Type#PRIORITY_CHANGED} entry; null for every other type
 * @param priorityTo the priority after it
 */
public record TimelineEntry(UUID id, UUID ticketId, Instant at, UUID actorId, Type type, TicketStatus fromStatus,
                            TicketStatus toStatus, Visibility visibility, String text, UUID unitId, UUID assigneeId,
                            TicketPriority priorityFrom, TicketPriority priorityTo) {

    public enum Visibility { PUBLIC, INTERNAL }

    public enum Type {
        SUBMITTED, VERIFICATION_STARTED, ACCEPTED, INFORMATION_REQUESTED, INFORMATION_PROVIDED, REJECTED,
        DISPOSED, DISPOSITION_ACCEPTED, DISPOSITION_RETURNED, ASSIGNED, REPLY, NOTE, RESOLVED, CONFIRMED,
        REOPENED, AUTO_CLOSED, PRIORITY_CHANGED,
        /** closed as a duplicate (public; text: the note naming the original's number) */
        MERGED,
        /** a duplicate was merged into this ticket (internal; text: the duplicate's number) */
        DUPLICATE_MERGED,
        /** linked to / unlinked from a related ticket (internal; text: the other ticket's number) */
        LINKED, UNLINKED,
        /** a workflow step without an entry type of its own (diagnosis, approval, verdict, ...); its step record names it */
        STEP_TAKEN
    }

    public boolean isPublic() {
        return visibility == Visibility.PUBLIC;
    }

    public boolean isStatusChange() {
        return fromStatus != null && toStatus != null && fromStatus != toStatus;
    }
}
