package id.simlayan.ticket.internal;

import id.simlayan.identity.CurrentUser;
import id.simlayan.storage.FileStore;
import id.simlayan.storage.StoredFile;
import id.simlayan.storage.StoredFileId;
import id.simlayan.ticket.TicketId;
import id.simlayan.ticket.internal.TicketAccessPolicy.Permission;
import java.io.IOException;
import java.io.InputStream;
import java.sql.Timestamp;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Files linked to tickets and to the timeline entry they came with (submission, answer, reply,
 * note, resolution). Whoever may see the ticket downloads them, except files of an internal
 * note, which only staff get.
 */
@Service
public class Attachments {

    private final JdbcClient jdbc;
    private final TicketStore store;
    private final TicketAccessPolicy policy;
    private final ObjectProvider<FileStore> files;

    Attachments(JdbcClient jdbc, TicketStore store, TicketAccessPolicy policy, ObjectProvider<FileStore> files) {
        this.jdbc = jdbc;
        this.store = store;
        this.policy = policy;
        this.files = files;
    }

    /** A file ready to download, after the access check. */
    public record Download(AttachmentRecord attachment, InputStream content) {
    }

    /**
     * Checks and keeps every file through the storage module; nothing is linked yet.
     *
     * @throws id.simlayan.storage.RejectedFileException when a file is refused
     */
    List<StoredFile> store(List<id.simlayan.storage.FileUpload> uploads, UUID uploadedBy) {
        if (uploads.isEmpty()) {
            return List.of();
        }
        var fileStore = files.getIfAvailable();
        if (fileStore == null) {
            throw new TicketRuleViolation("ticket.error.storageUnavailable");
        }
        List<StoredFile> stored = new java.util.ArrayList<>();
        for (var upload : uploads) {
            stored.add(fileStore.store(upload, uploadedBy));
        }
        return stored;
    }

    void link(TicketId ticket, StoredFile file, UUID uploadedBy, UUID eventId) {
        link(ticket, file, uploadedBy, eventId, null);
    }

    /** Links a file that answers the DOCUMENT field {@code formFieldKey} of the ticket's request form. */
    void link(TicketId ticket, StoredFile file, UUID uploadedBy, UUID eventId, String formFieldKey) {
        jdbc.sql("""
                INSERT INTO ticket_attachments (id, ticket_id, stored_file_id, name, media_type, size, uploaded_by, uploaded_at, event_id,
                                                form_field_key)
                VALUES (:id, :ticket, :file, :name, :mediaType, :size, :by, :at, :event, :field)
                """)
                .param("id", UUID.randomUUID()).param("ticket", ticket.value()).param("file", file.id().value())
                .param("name", truncate(file.originalName(), 255)).param("mediaType", truncate(file.mediaType(), 127))
                .param("size", file.size()).param("by", uploadedBy).param("at", Timestamp.from(file.storedAt()))
                .param("event", eventId).param("field", formFieldKey)
                .update();
    }

    @Transactional(readOnly = true)
    public List<AttachmentRecord> of(TicketId ticket) {
        return jdbc.sql("SELECT * FROM ticket_attachments WHERE ticket_id = :ticket ORDER BY uploaded_at, name")
                .param("ticket", ticket.value()).query(Attachments::map).list();
    }

    /** The files the requester may see: those of the submission and of public entries, never of internal notes. */
    @Transactional(readOnly = true)
    public List<AttachmentRecord> publicOf(TicketId ticket) {
        return jdbc.sql("""
                        SELECT a.* FROM ticket_attachments a LEFT JOIN ticket_events e ON e.id = a.event_id
                        WHERE a.ticket_id = :ticket AND (a.event_id IS NULL OR e.visibility = 'PUBLIC')
                        ORDER BY a.uploaded_at, a.name
                        """)
                .param("ticket", ticket.value()).query(Attachments::map).list();
    }

    /**
     * Opens an attachment for someone who may see its ticket.
     *
     * @throws TicketNotFound when it does not exist or its ticket is not visible (audited)
     */
    @Transactional(readOnly = true)
    public Download open(CurrentUser user, UUID attachmentId) {
        Optional<AttachmentRecord> found = jdbc.sql("SELECT * FROM ticket_attachments WHERE id = :id")
                .param("id", attachmentId).query(Attachments::map).optional();
        var attachment = found.orElseThrow(() -> {
            policy.deny(user, "ATTACHMENT_DOWNLOAD", "ATTACHMENT", attachmentId, "unknown attachment");
            return new TicketNotFound("attachment");
        });
        var ticket = store.find(new TicketId(attachment.ticketId())).orElseThrow(() -> new TicketNotFound("attachment"));
        if (!policy.allows(user, ticket, Permission.VIEW_ANY)) {
            policy.deny(user, "ATTACHMENT_DOWNLOAD", "ATTACHMENT", attachmentId, "ticket " + ticket.getId() + " not visible");
            throw new TicketNotFound("attachment");
        }
        if (!policy.canViewAsStaff(user, ticket) && linkedToInternalEntry(attachment)) {
            policy.deny(user, "ATTACHMENT_DOWNLOAD", "ATTACHMENT", attachmentId, "file of an internal note");
            throw new TicketNotFound("attachment");
        }
        var fileStore = files.getIfAvailable();
        if (fileStore == null) {
            throw new TicketNotFound("attachment");
        }
        try {
            return new Download(attachment, fileStore.open(new StoredFileId(attachment.storedFileId())));
        } catch (IOException e) {
            throw new TicketNotFound("attachment");
        }
    }

    private static AttachmentRecord map(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        return new AttachmentRecord((UUID) rs.getObject("id"), (UUID) rs.getObject("ticket_id"), (UUID) rs.getObject("stored_file_id"),
                rs.getString("name"), rs.getString("media_type"), rs.getLong("size"), (UUID) rs.getObject("uploaded_by"),
                rs.getTimestamp("uploaded_at").toInstant(), (UUID) rs.getObject("event_id"),
                rs.getString("form_field_key"));
    }

    private boolean linkedToInternalEntry(AttachmentRecord attachment) {
        return attachment.eventId() != null && jdbc.sql("SELECT visibility FROM ticket_events WHERE id = :id")
                .param("id", attachment.eventId()).query(String.class).optional().map("INTERNAL"::equals).orElse(false);
    }

    private static String truncate(String s, int max) {
        return s == null ? "" : s.length() <= max ? s : s.substring(0, max);
    }
}
