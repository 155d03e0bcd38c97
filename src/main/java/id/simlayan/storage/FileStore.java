package id.simlayan.storage;

import java.io.IOException;
import java.io.InputStream;
import java.util.Optional;
import java.util.UUID;

/** Keeps files after checking them. Local folder by default; other back ends by configuration. */
public interface FileStore {

    /**
     * Checks the upload by content and size and keeps it. An image is kept only up to its end
     * marker (a trailer such as a motion-photo video is dropped), so the stored size and
     * checksum can be smaller than the upload's.
     *
     * @throws RejectedFileException when the file is not acceptable; nothing is kept then
     */
    default StoredFile store(FileUpload upload) {
        return store(upload, null);
    }

    /**
     * Like {@link #store(FileUpload)}, remembering who uploaded it.
     *
     * @param storedBy the uploading user's id (identity's {@code UserId.value()}), or {@code null}
     * @throws RejectedFileException when the file is not acceptable; nothing is kept then
     */
    StoredFile store(FileUpload upload, UUID storedBy);

    Optional<StoredFile> find(StoredFileId id);

    /**
     * Opens the bytes of a kept file; the caller closes the stream.
     *
     * @throws java.nio.file.NoSuchFileException when there is no such file
     */
    InputStream open(StoredFileId id) throws IOException;
}
