package id.simlayan.storage.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Clock;
import java.time.Duration;
import java.util.regex.Pattern;

/**
 * Blobs as files under one root folder: {@code <root>/<k0k1>/<k2k3>/<key>} (sharded so that no
 * folder grows huge), uploads staged in {@code <root>/.staging} and moved into place atomically.
 */
class LocalFolderBlobStore implements BlobStore, AutoCloseable {

    private static final Pattern KEY = Pattern.compile("[0-9a-f]{2}/[0-9a-f]{2}/[0-9a-f-]{36}");

    private final Path root;
    private final Path staging;
    private final boolean deleteOnClose;

    LocalFolderBlobStore(Path root, boolean deleteOnClose, Clock clock) throws IOException {
        this.root = root.toAbsolutePath().normalize();
        this.staging = this.root.resolve(".staging");
        this.deleteOnClose = deleteOnClose;
        Files.createDirectories(staging);
        removeAbandonedStagingFiles(clock);
    }

    /**
     * Staging files outlive their request only when the process died mid-upload. Only old ones
     * are removed: another node sharing the folder may be receiving an upload right now.
     */
    private void removeAbandonedStagingFiles(Clock clock) throws IOException {
        var cutoff = clock.instant().minus(Duration.ofHours(1));
        try (var files = Files.list(staging)) {
            for (Path file : files.toList()) {
                if (Files.getLastModifiedTime(file).toInstant().isBefore(cutoff)) {
                    Files.deleteIfExists(file);
                }
            }
        }
    }

    Path root() {
        return root;
    }

    @Override
    public Path newStagingFile() throws IOException {
        return Files.createTempFile(staging, "upload-", ".part");
    }

    @Override
    public void put(String key, Path staged) throws IOException {
        Path target = resolve(key);
        Files.createDirectories(target.getParent());
        try {
            Files.move(staged, target, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            // staging on another file system: copy next to the target first, then rename
            Path temp = Files.createTempFile(target.getParent(), "copy-", ".part");
            try {
                Files.copy(staged, temp, StandardCopyOption.REPLACE_EXISTING);
                Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE);
                Files.deleteIfExists(staged);
            } finally {
                Files.deleteIfExists(temp);
            }
        }
    }

    @Override
    public InputStream open(String key) throws IOException {
        return Files.newInputStream(resolve(key));
    }

    @Override
    public void delete(String key) throws IOException {
        Files.deleteIfExists(resolve(key));
    }

    /** Keys come from this module only; the check keeps a corrupted row from escaping the root. */
    Path resolve(String key) {
        if (key == null || !KEY.matcher(key).matches()) {
            throw new IllegalArgumentException("Not a storage key: " + key);
        }
        return root.resolve(key);
    }

    /** Removes the folder when it was a throw-away one (tests). */
    @Override
    public void close() throws IOException {
        if (!deleteOnClose || !Files.exists(root)) {
            return;
        }
        Files.walkFileTree(root, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                Files.deleteIfExists(file);
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult postVisitDirectory(Path dir, IOException exc) throws IOException {
                Files.deleteIfExists(dir);
                return FileVisitResult.CONTINUE;
            }
        });
    }
}
