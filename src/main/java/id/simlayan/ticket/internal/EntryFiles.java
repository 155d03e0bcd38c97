package id.simlayan.ticket.internal;

import id.simlayan.identity.CurrentUser;
import id.simlayan.storage.FileUpload;
import id.simlayan.storage.StoredFile;
import id.simlayan.ticket.TicketId;
import id.simlayan.ticket.internal.TicketAccessPolicy.Permission;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * A step that comes with files (a reply, a note, the resolution): the files are linked to the
 * one timeline entry the step appends, so the timeline shows them where they were sent and the
 * entry's visibility decides who may download them.
 */
@Component
class EntryFiles {

    private final TicketWork work;
    private final Attachments attachments;

    EntryFiles(TicketWork work, Attachments attachments) {
        this.work = work;
        this.attachments = attachments;
    }

    /**
     * Takes the step, then checks and keeps the files, then saves. The step runs first so that
     * a refused step keeps no file; a refused file throws before the save, so the step is not
     * saved either (and the transaction rolls back the storage module's rows).
     *
     * @throws id.simlayan.storage.RejectedFileException when a file is refused
     */
    @Transactional
    Ticket change(CurrentUser user, TicketId id, long expectedVersion, Permission permission, String action, List<FileUpload> files,
                  Consumer<Ticket> step) {
        return withFiles(user, files, step, withStep -> work.change(user, id, expectedVersion, permission, action, withStep));
    }

    /** As {@link #change}, for a message that only appends (a reply, a note): no form version to compare. */
    @Transactional
    Ticket append(CurrentUser user, TicketId id, Permission permission, String action, List<FileUpload> files, Consumer<Ticket> step) {
        return withFiles(user, files, step, withStep -> work.append(user, id, permission, action, withStep));
    }

    private Ticket withFiles(CurrentUser user, List<FileUpload> files, Consumer<Ticket> step,
                             java.util.function.Function<Consumer<Ticket>, Ticket> save) {
        var stored = new ArrayList<StoredFile>();
        var entry = new UUID[1];
        var ticket = save.apply(t -> {
            step.accept(t);
            entry[0] = t.newTimelineEntries().getLast().id();
            stored.addAll(attachments.store(files == null ? List.of() : files, user.id().value()));
        });
        stored.forEach(file -> attachments.link(ticket.ticketId(), file, user.id().value(), entry[0]));
        return ticket;
    }
}
