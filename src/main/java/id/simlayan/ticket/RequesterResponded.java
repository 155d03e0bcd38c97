package id.simlayan.ticket;

import id.simlayan.identity.UnitId;
import id.simlayan.identity.UserId;
import java.time.Instant;

/**
 * The requester answered a question, confirmed or reopened the ticket; published beside the
 * status change so that whoever holds the ticket can be told.
 *
 * @param note         the answer or the reason for reopening; null for a confirmation
 * @param assigneeId   the technician holding the ticket; null when none
 * @param holderUnitId the unit holding the ticket after a disposition; null while the front desk holds it
 */
public record RequesterResponded(TicketId ticketId, String number, String subject, RequesterResponse response, String note,
                                 UserId assigneeId, UnitId holderUnitId, Instant at) implements TicketEvent {
}
