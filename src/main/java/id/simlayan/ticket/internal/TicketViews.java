package id.simlayan.ticket.internal;

import id.simlayan.identity.UnitSummary;
import id.simlayan.identity.UserContact;
import id.simlayan.ticket.RequesterResponse;
import id.simlayan.ticket.TicketPriority;
import id.simlayan.ticket.TicketStatus;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** Read models for the ticket pages. Records only: templates never see the aggregate. */
public final class TicketViews {

    private TicketViews() {
    }

    /**
     * One row of a list. {@code holderKind}/{@code holderUnitId} are for staff lists only;
     * {@code cameBack} (answered or reopened by the requester, no staff step since) is null otherwise.
     */
    public record ListItem(UUID id, String number, String subject, String serviceName, TicketStatus status, TicketPriority priority,
                           Instant createdAt, Instant updatedAt, Ticket.HolderKind holderKind, UUID holderUnitId, RequesterResponse cameBack) {
    }

    /** Filter of the front-desk queue; null means "any". */
    public record QueueFilter(TicketStatus status, UUID serviceId, Integer olderThanDays, int page) {
    }

    /** One page of a list, with the total count. */
    public record Page<T>(List<T> items, long total, int page, int pageSize) {

        public int totalPages() {
            return (int) Math.max(1, (total + pageSize - 1) / pageSize);
        }

        public boolean hasNext() {
            return page + 1 < totalPages();
        }

        public boolean hasPrevious() {
            return page > 0;
        }
    }

    /** A disposition in a unit's list. */
    public record UnitDispositionItem(UUID ticketId, String number, String subject, String serviceName, TicketStatus ticketStatus,
                                      TicketPriority priority, String unitName, Disposition.Status dispositionStatus, String instruction, Instant disposedAt,
                                      RequesterResponse cameBack) {
    }

    /**
     * One timeline entry as shown. {@code actorName} is null for the system. A priority change
     * carries the two priorities ({@code text} is null then). A time-limit moment (from the
     * deadline sheet, merged in by the page) has no {@code id} and no {@code type}, only
     * {@code at}, {@code text} and {@code deadline = true}.
     */
    public record TimelineItem(UUID id, Instant at, String actorName, boolean byRequester, TimelineEntry.Type type, TicketStatus from,
                               TicketStatus to, boolean internal, String text, String unitName, String assigneeName,
                               TicketPriority priorityFrom, TicketPriority priorityTo, boolean deadline) {

        /** A moment of a time-limit clock (started, paused, warning, breach ...) as a timeline line. */
        public static TimelineItem deadlineMoment(Instant at, String text, boolean staffOnly) {
            return new TimelineItem(null, at, null, false, null, null, null, staffOnly, text, null, null, null, null, true);
        }
    }

    public record DispositionItem(String unitName, String instruction, Disposition.Status status, String returnReason, Instant disposedAt,
                                  Instant decidedAt) {
    }

    /** The ticket as its requester or a staff member sees it (the requester's view holds public entries only). */
    public record Details(UUID id, String number, long version, TicketStatus status, String serviceName, String categoryName,
                          String kind, TicketPriority priority, String subject, String description, Instant createdAt, Instant resolvedAt,
                          Instant confirmationDeadline, boolean withinConfirmationWindow, UserContact requester,
                          Ticket.HolderKind holderKind, String holderUnitName, String holderUserName,
                          List<TimelineItem> timeline, List<AttachmentRecord> attachments, List<DispositionItem> dispositions,
                          UUID standardVersionId, List<AnswerView> formAnswers) {

        /** The attachments that answer no form field: those that do are shown under their answer, once. */
        public List<AttachmentRecord> otherAttachments() {
            return attachments.stream().filter(a -> !a.answersFormField()).toList();
        }
    }

    /**
     * One answer of the ticket's request form, ready to show: {@code texts} is the value (a LETTER:
     * number, then its date; MULTI_CHOICE: the ticked options), {@code files} a DOCUMENT's files.
     */
    public record AnswerView(String key, id.simlayan.standard.FieldKind kind, String label, List<String> texts,
                             List<AttachmentRecord> files) {

        public boolean list() {
            return kind == id.simlayan.standard.FieldKind.MULTI_CHOICE;
        }

        public boolean letter() {
            return kind == id.simlayan.standard.FieldKind.LETTER;
        }

        public boolean document() {
            return kind == id.simlayan.standard.FieldKind.DOCUMENT;
        }
    }

    /** The steps the current staff member may take now; lists feed the forms' choices. */
    public record StaffActions(boolean startVerification, boolean accept, boolean requestInformation, boolean reject, boolean dispose,
                               boolean decideDisposition, boolean assign, boolean reply, boolean resolve, boolean changePriority,
                               List<UnitSummary> units, List<UserContact> technicians) {

        public boolean any() {
            return startVerification || accept || requestInformation || reject || dispose || decideDisposition || assign || reply || resolve
                    || changePriority;
        }
    }

    /** The steps the requester may take now. */
    public record RequesterActionsView(boolean answer, boolean reply, boolean confirm, boolean reopen) {
    }
}
