package id.simlayan.storage.internal;

import id.simlayan.storage.FileStore;
import id.simlayan.storage.FileUpload;
import id.simlayan.storage.StoredFile;
import id.simlayan.storage.StoredFileId;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The file store: has the upload checked into a staging file ({@link UploadChecker}), then
 * moves the bytes into the blob store and records a row. A refused or failed upload leaves neither a row nor bytes behind; when the
 * caller's transaction rolls back, the bytes are removed too.
 */
@Service
class CheckingFileStore implements FileStore {

    private static final Logger log = LoggerFactory.getLogger(CheckingFileStore.class);

    private final JdbcClient jdbc;
    private final BlobStore blobs;
    private final UploadChecker checker;
    private final Clock clock;

    CheckingFileStore(JdbcClient jdbc, BlobStore blobs, UploadChecker checker, Clock clock) {
        this.jdbc = jdbc;
        this.blobs = blobs;
        this.checker = checker;
        this.clock = clock;
    }

    @Override
    public StoredFile store(FileUpload upload, UUID storedBy) {
        Path staged = null;
        try {
            staged = blobs.newStagingFile();
            var accepted = checker.check(upload, staged);
            var id = new StoredFileId(UUID.randomUUID());
            String key = keyFor(id);
            blobs.put(key, staged);
            staged = null;
            var file = new StoredFile(id, accepted.name(), accepted.mediaType(), accepted.size(), accepted.sha256(),
                    clock.instant().truncatedTo(ChronoUnit.MICROS));
            try {
                insert(file, key, storedBy);
            } catch (RuntimeException e) {
                deleteQuietly(key);
                throw e;
            }
            removeOnRollback(key);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException("File could not be stored", e);
        } finally {
            if (staged != null) {
                try {
                    Files.deleteIfExists(staged);
                } catch (IOException e) {
                    log.warn("Staged upload {} could not be removed", staged, e);
                }
            }
        }
    }

    @Override
    public Optional<StoredFile> find(StoredFileId id) {
        return jdbc.sql("SELECT id, original_name, media_type, size, sha256, stored_at FROM stored_files WHERE id = :id")
                .param("id", id.value())
                .query((rs, n) -> new StoredFile(new StoredFileId(rs.getObject("id", UUID.class)), rs.getString("original_name"),
                        rs.getString("media_type"), rs.getLong("size"), rs.getString("sha256"), rs.getTimestamp("stored_at").toInstant()))
                .optional();
    }

    @Override
    public InputStream open(StoredFileId id) throws IOException {
        String key = jdbc.sql("SELECT storage_key FROM stored_files WHERE id = :id")
                .param("id", id.value())
                .query(String.class)
                .optional()
                .orElseThrow(() -> new NoSuchFileException(id.toString()));
        return blobs.open(key);
    }

    /** {@code ab/cd/<uuid>}: two levels of 256 folders from the random id; never the user's name. */
    static String keyFor(StoredFileId id) {
        String hex = id.value().toString();
        return hex.substring(0, 2) + "/" + hex.substring(2, 4) + "/" + hex;
    }

    private void insert(StoredFile file, String key, UUID storedBy) {
        jdbc.sql("""
                INSERT INTO stored_files (id, original_name, media_type, size, sha256, storage_key, stored_at, stored_by)
                VALUES (:id, :name, :mediaType, :size, :sha256, :key, :storedAt, :storedBy)
                """)
                .param("id", file.id().value())
                .param("name", file.originalName())
                .param("mediaType", file.mediaType())
                .param("size", file.size())
                .param("sha256", file.sha256())
                .param("key", key)
                .param("storedAt", Timestamp.from(file.storedAt()))
                .param("storedBy", storedBy)
                .update();
    }

    private void removeOnRollback(String key) {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            return;
        }
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCompletion(int status) {
                if (status == STATUS_ROLLED_BACK) {
                    deleteQuietly(key);
                }
            }
        });
    }

    private void deleteQuietly(String key) {
        try {
            blobs.delete(key);
        } catch (IOException | RuntimeException e) {
            log.warn("Blob {} could not be removed after a failed store", key, e);
        }
    }
}
