package id.simlayan.ticket.internal;

import id.simlayan.identity.CurrentUser;
import id.simlayan.storage.FileUpload;
import java.util.List;
import java.util.UUID;
import id.simlayan.ticket.TicketId;
import id.simlayan.ticket.TicketStatus;
import id.simlayan.ticket.internal.TicketAccessPolicy.Permission;
import id.simlayan.ticket.internal.TimelineEntry.Visibility;
import id.simlayan.workflow.StepKind;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** What a requester does on their own ticket: answer a question, reply, confirm or reopen. */
@Service
@Transactional
public class RequesterActions {

    private final TicketWork work;
    private final Attachments attachments;
    private final EntryFiles entryFiles;
    private final WorkflowEngine engine;

    RequesterActions(TicketWork work, Attachments attachments, EntryFiles entryFiles, WorkflowEngine engine) {
        this.work = work;
        this.engine = engine;
        this.attachments = attachments;
        this.entryFiles = entryFiles;
    }

    public void provideInformation(CurrentUser requester, TicketId id, long version, String answer) {
        provideInformation(requester, id, version, answer, List.of());
    }

    /**
     * Answers the staff's question, with files (e.g. the missing document). Files are checked
     * before anything changes; if one is refused, nothing is saved.
     *
     * @throws id.simlayan.storage.RejectedFileException when a file is refused
     */
    public void provideInformation(CurrentUser requester, TicketId id, long version, String answer, List<FileUpload> files) {
        String action = "TICKET_PROVIDE_INFORMATION";
        // access first (a stranger's files are never kept), then the files: a refused one changes nothing
        work.load(requester, id, Permission.REQUESTER, action);
        var stored = attachments.store(files, requester.id().value());
        UUID[] answerEntry = new UUID[1];
        var ticket = work.change(requester, id, version, Permission.REQUESTER, action, t -> {
            engine.takeKind(requester, t, StepKind.REQUESTER_ANSWERS, action, StepInput.publicText(answer));
            answerEntry[0] = t.newTimelineEntries().getLast().id();
        });
        stored.forEach(file -> attachments.link(ticket.ticketId(), file, requester.id().value(), answerEntry[0]));
    }

    /**
     * A message to the staff. While they wait for an answer (MENUNGGU_PEMOHON) the message is
     * that answer and resumes the ticket, so it never sits unnoticed beside the question.
     */
    public void reply(CurrentUser requester, TicketId id, String text) {
        reply(requester, id, text, List.of());
    }

    public void confirm(CurrentUser requester, TicketId id, long version) {
        work.change(requester, id, version, Permission.REQUESTER, "TICKET_CONFIRM",
                t -> engine.takeKind(requester, t, StepKind.CONFIRM, "TICKET_CONFIRM", StepInput.none()));
    }

    public void reopen(CurrentUser requester, TicketId id, long version, String reason) {
        work.change(requester, id, version, Permission.REQUESTER, "TICKET_REOPEN",
                t -> engine.takeKind(requester, t, StepKind.REOPEN, "TICKET_REOPEN", StepInput.reason(reason)));
    }

    /**
     * A reply with files, linked to the reply's timeline entry.
     *
     * @throws id.simlayan.storage.RejectedFileException when a file is refused; nothing is saved then
     */
    public void reply(CurrentUser requester, TicketId id, String text, List<FileUpload> files) {
        entryFiles.append(requester, id, Permission.REQUESTER, "TICKET_REQUESTER_REPLY", files, t -> {
            // a reply posted while the ticket waits for the requester (an old tab) is the answer
            if (t.getStatus() == TicketStatus.MENUNGGU_PEMOHON) {
                engine.takeKind(requester, t, StepKind.REQUESTER_ANSWERS, "TICKET_PROVIDE_INFORMATION", StepInput.publicText(text));
            } else {
                t.reply(requester.id(), text, Visibility.PUBLIC, work.now());
            }
        });
    }
}
