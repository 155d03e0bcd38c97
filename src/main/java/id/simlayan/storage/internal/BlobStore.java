package id.simlayan.storage.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;

/**
 * Where the bytes of kept files live, by key. The local folder is the only implementation so
 * far; an S3-compatible store can implement the same four operations.
 */
interface BlobStore {

    /** A fresh, empty file to receive an upload before it is checked, near the final place. */
    Path newStagingFile() throws IOException;

    /**
     * Makes {@code staged} visible under {@code key} in one step (readers never see a partial
     * file) and takes the staged file away.
     */
    void put(String key, Path staged) throws IOException;

    InputStream open(String key) throws IOException;

    /** Removes the blob if present. */
    void delete(String key) throws IOException;
}
