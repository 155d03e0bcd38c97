package id.simlayan.ticket.internal;

import java.time.Instant;
import java.util.UUID;

/** A file linked to a ticket ({@code ticket_attachments}); the bytes live in the storage module. */
public record AttachmentRecord(UUID id, UUID ticketId, UUID storedFileId, String name, String mediaType, long size, UUID uploadedBy,
                               Instant uploadedAt, UUID eventId) {
}
