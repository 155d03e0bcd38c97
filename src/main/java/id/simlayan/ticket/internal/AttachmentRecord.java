package id.simlayan.ticket.internal;

import java.time.Instant;
import java.util.UUID;

/**
 * A file linked to a ticket ({@code ticket_attachments}); the bytes live in the storage module.
 *
 * @param formFieldKey the DOCUMENT field of the request form this file answers; null for a general attachment
 */
public record AttachmentRecord(UUID id, UUID ticketId, UUID storedFileId, String name, String mediaType, long size, UUID uploadedBy,
                               Instant uploadedAt, UUID eventId, String formFieldKey) {

    public boolean answersFormField() {
        return formFieldKey != null;
    }
}
