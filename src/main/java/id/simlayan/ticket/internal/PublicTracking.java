package id.simlayan.ticket.internal;

import id.simlayan.ticket.TicketStatus;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * What tracking by access code shows: no personal data. No subject, description, form answers,
 * attachments, requester or staff names, internal entries; of the public entries only what
 * staff wrote to the requester (replies, the question, the reason, the resolution note) keeps its
 * text; what the requester wrote (answers, replies, reopening reasons) is left out.
 */
public record PublicTracking(String number, String serviceName, TicketStatus status, Instant submittedAt, List<Entry> entries) {

    /** Who took a step, by role only. */
    public enum By { REQUESTER, STAFF, SYSTEM }

    /** One public entry: a status change or a staff reply; {@code text} null when there is none to show. */
    public record Entry(Instant at, TimelineEntry.Type type, TicketStatus from, TicketStatus to, By by, String text) {

        static Entry of(TimelineEntry e, UUID requesterId) {
            By by = e.actorId() == null ? By.SYSTEM : e.actorId().equals(requesterId) ? By.REQUESTER : By.STAFF;
            return new Entry(e.at(), e.type(), e.fromStatus(), e.toStatus(), by, by == By.REQUESTER ? null : e.text());
        }

        public boolean statusChange() {
            return from != to && to != null;
        }
    }
}
