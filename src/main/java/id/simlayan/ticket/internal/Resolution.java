package id.simlayan.ticket.internal;

import id.simlayan.identity.CurrentUser;
import id.simlayan.storage.FileUpload;
import id.simlayan.ticket.TicketId;
import id.simlayan.ticket.internal.TicketAccessPolicy.Permission;
import id.simlayan.ticket.internal.TimelineEntry.Visibility;
import java.util.List;
import id.simlayan.workflow.StepKind;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Staff work on a ticket: public replies, internal notes and the resolution. */
@Service
@Transactional
public class Resolution {

    private final TicketWork work;
    private final EntryFiles entryFiles;
    private final WorkflowEngine engine;

    Resolution(TicketWork work, EntryFiles entryFiles, WorkflowEngine engine) {
        this.work = work;
        this.entryFiles = entryFiles;
        this.engine = engine;
    }

    public void reply(CurrentUser staff, TicketId id, String text, boolean publicReply) {
        reply(staff, id, text, publicReply, List.of());
    }

    public void resolve(CurrentUser staff, TicketId id, long version, String note) {
        resolve(staff, id, version, note, List.of());
    }

    /**
     * A public reply or internal note with files, linked to its timeline entry. Files of an
     * internal note are never shown to the requester.
     *
     * @throws id.simlayan.storage.RejectedFileException when a file is refused; nothing is saved then
     */
    public void reply(CurrentUser staff, TicketId id, String text, boolean publicReply, List<FileUpload> files) {
        entryFiles.append(staff, id, Permission.STAFF_MESSAGE, publicReply ? "TICKET_REPLY" : "TICKET_NOTE", files,
                t -> t.reply(staff.id(), text, publicReply ? Visibility.PUBLIC : Visibility.INTERNAL, work.now()));
    }

    /**
     * Resolves with files (e.g. a report of the work done), linked to the resolution entry.
     *
     * @throws id.simlayan.storage.RejectedFileException when a file is refused; nothing is saved then
     */
    public void resolve(CurrentUser staff, TicketId id, long version, String note, List<FileUpload> files) {
        entryFiles.change(staff, id, version, Permission.VIEW_AS_STAFF, "TICKET_RESOLVE", files,
                t -> engine.takeKind(staff, t, StepKind.RESOLVE, "TICKET_RESOLVE", StepInput.publicText(note), files == null ? 0 : files.size()));
    }
}
