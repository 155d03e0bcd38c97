package id.simlayan.storage.internal;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

/**
 * File storage settings ({@code simlayan.storage.*}).
 *
 * @param folder where kept files live; empty or absent means a throw-away temporary folder
 *        (tests), the default run sets {@code ./data/files}
 * @param maxFileSize largest file accepted (default 10 MB); keep
 *        {@code spring.servlet.multipart.max-file-size} above it so this check, with its
 *        precise message, is the one that applies
 * @param maxFilesPerRequest files one form submission may carry (default 5); more are refused
 *        before any is checked or kept
 */
@ConfigurationProperties("simlayan.storage")
public record StorageSettings(String folder, DataSize maxFileSize, Integer maxFilesPerRequest) {

    static final DataSize DEFAULT_MAX_FILE_SIZE = DataSize.ofMegabytes(10);
    static final int DEFAULT_MAX_FILES_PER_REQUEST = 5;

    public StorageSettings {
        if (maxFileSize == null || maxFileSize.toBytes() <= 0) {
            maxFileSize = DEFAULT_MAX_FILE_SIZE;
        }
        if (maxFilesPerRequest == null || maxFilesPerRequest <= 0) {
            maxFilesPerRequest = DEFAULT_MAX_FILES_PER_REQUEST;
        }
    }

    boolean temporary() {
        return folder == null || folder.isBlank();
    }

    /** The limit in whole megabytes for messages (rounded up). */
    public long maxFileSizeMegabytes() {
        long mb = DataSize.ofMegabytes(1).toBytes();
        return (maxFileSize.toBytes() + mb - 1) / mb;
    }
}
