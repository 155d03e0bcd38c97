package id.simlayan.ticket;

import id.simlayan.catalog.CategoryId;
import id.simlayan.catalog.ServiceOfferingId;
import id.simlayan.identity.UnitId;
import id.simlayan.identity.UserId;
import java.time.Instant;
import java.util.List;

/**
 * What happened to a ticket so far, in order, as other modules (time limits, reports) need it:
 * enough to rebuild any clock from scratch. Internal notes carry no text here.
 *
 * @param receivedAt     when it was submitted
 * @param statusChanges  every public status change, oldest first
 * @param staffReplies   instants of public replies written by staff, oldest first
 * @param holderUnitId   the unit holding the ticket now (the front desk's unit until a disposition is accepted or pending)
 * @param holderUserId   the technician holding it now, or null
 * @param dispositions   every disposition, oldest first
 * @param userNotifiedAt when the user was first told the work starts (help desk, {@link UserNotified}); null until then
 */
public record TicketFacts(TicketId ticketId, String number, String subject, ServiceOfferingId serviceId, CategoryId categoryId,
                          TicketPriority priority, UserId requesterId, TicketStatus status, Instant receivedAt,
                          List<StatusChange> statusChanges, List<Instant> staffReplies, UnitId holderUnitId, UserId holderUserId,
                          List<DispositionFact> dispositions, Instant userNotifiedAt) {

    public TicketFacts {
        statusChanges = List.copyOf(statusChanges);
        staffReplies = List.copyOf(staffReplies);
        dispositions = List.copyOf(dispositions);
    }

    /** @param byStaff true when staff made the change (not the requester, not the system) */
    public record StatusChange(Instant at, TicketStatus from, TicketStatus to, boolean byStaff) {
    }

    /**
     * @param endedAt when the unit stopped holding it: returned, handed on to another unit (a later
     *                hand-off not returned), or the ticket was resolved, rejected or closed; null
     *                while the unit still holds it
     */
    public record DispositionFact(int seq, UnitId unitId, Instant disposedAt, Instant endedAt, boolean returned) {
    }
}
