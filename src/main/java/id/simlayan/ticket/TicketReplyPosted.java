package id.simlayan.ticket;

import id.simlayan.identity.UserId;
import java.time.Instant;

/** A message was added to the conversation; internal notes carry {@code publicReply = false}. */
public record TicketReplyPosted(TicketId ticketId, String number, String subject, UserId requesterId, UserId authorId,
                                boolean publicReply, boolean byRequester, Instant at) implements TicketEvent {
}
