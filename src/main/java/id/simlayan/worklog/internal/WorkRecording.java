package id.simlayan.worklog.internal;

import id.simlayan.audit.AuditLog;
import id.simlayan.audit.AuditLog.AuditEntry;
import id.simlayan.identity.CurrentUser;
import id.simlayan.ticket.TicketId;
import id.simlayan.ticket.TicketWorkAccess;
import id.simlayan.worklog.EquipmentItemId;
import id.simlayan.worklog.WorkEntryId;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Recording work on a ticket and cancelling a wrong entry. Who may: whoever the ticket module
 * lets work the ticket now ({@link TicketWorkAccess#requireWork}: 404 when the ticket is not
 * visible, 403 when visible but not workable; refusals audited there). An entry is never edited;
 * only its author cancels it, with a reason, and it stays in the log marked as cancelled.
 */
@Service
public class WorkRecording {

    public static final int MAX_REASON = 500;

    private final TicketWorkAccess access;
    private final WorkLogStore store;
    private final EquipmentStore equipment;
    private final AuditLog audit;
    private final Clock clock;

    WorkRecording(TicketWorkAccess access, WorkLogStore store, EquipmentStore equipment, AuditLog audit, Clock clock) {
        this.access = access;
        this.store = store;
        this.equipment = equipment;
        this.audit = audit;
        this.clock = clock;
    }

    /** @throws WorkEntryRefused when the entry breaks {@link WorkEntryRules}; nothing is saved then */
    @Transactional
    public WorkEntryId record(CurrentUser user, TicketId ticket, NewEntry entry) {
        access.requireWork(user, ticket, "WORKLOG_RECORD");
        Instant now = clock.instant();
        Map<EquipmentItemId, EquipmentItem> items = equipment.all().stream()
                .collect(Collectors.toMap(EquipmentItem::id, Function.identity()));
        var problems = WorkEntryRules.check(entry, now, items);
        if (!problems.isEmpty()) {
            throw new WorkEntryRefused(problems);
        }
        var id = store.insert(ticket, entry, entry.doneAt() == null ? now : entry.doneAt(), user.id(), now);
        audit.record(AuditEntry.allowed(user.id().value(), "WORKLOG_RECORD", "TICKET", ticket.value().toString(),
                "entry " + id.value() + ", " + entry.uses().size() + " equipment"));
        return id;
    }

    /**
     * @throws WorkEntryRefused without a reason (or one too long), or when the entry is not on the
     *                          ticket or was cancelled already
     * @throws TicketWorkAccess.NotAllowed when the user is not the entry's author
     */
    @Transactional
    public void cancel(CurrentUser user, TicketId ticket, WorkEntryId entry, String reason) {
        access.requireWork(user, ticket, "WORKLOG_CANCEL");
        var author = store.authorOf(ticket, entry)
                .orElseThrow(() -> new WorkEntryRefused(List.of(new WorkEntryRules.Problem(null, "worklog.cancel.error.unknown"))));
        if (!author.equals(user.id())) {
            audit.record(AuditEntry.denied(user.id().value(), "WORKLOG_CANCEL", "TICKET", ticket.value().toString(),
                    "entry " + entry.value() + " is someone else's"));
            throw new TicketWorkAccess.NotAllowed("WORKLOG_CANCEL");
        }
        if (reason == null || reason.isBlank() || reason.strip().length() > MAX_REASON) {
            throw new WorkEntryRefused(List.of(new WorkEntryRules.Problem("reason", "worklog.cancel.error.reason")));
        }
        if (store.cancel(ticket, entry, user.id(), reason.strip(), clock.instant()) == 0) {
            throw new WorkEntryRefused(List.of(new WorkEntryRules.Problem(null, "worklog.cancel.error.already")));
        }
        audit.record(AuditEntry.allowed(user.id().value(), "WORKLOG_CANCEL", "TICKET", ticket.value().toString(), "entry " + entry.value()));
    }
}
