package id.simlayan.storage;

import java.time.Instant;

/** Metadata of a kept file. {@code mediaType} is what the content is, not what its name says. */
public record StoredFile(StoredFileId id, String originalName, String mediaType, long size, String sha256, Instant storedAt) {
}
