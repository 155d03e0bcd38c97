package id.simlayan.storage;

import java.io.IOException;
import java.io.InputStream;
import java.util.Optional;

/** Keeps files after checking them. Local folder by default; other back ends by configuration. */
public interface FileStore {

    /**
     * Checks the upload by content and size and keeps it.
     *
     * @throws RejectedFileException when the file is not acceptable; nothing is kept then
     */
    StoredFile store(FileUpload upload);

    Optional<StoredFile> find(StoredFileId id);

    InputStream open(StoredFileId id) throws IOException;
}
