package id.simlayan.storage.internal;

import id.simlayan.storage.FileUpload;
import id.simlayan.storage.RejectedFileException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Decides whether an upload may be kept: a usable name, not empty, not above the limit, an
 * allowed and harmless type by content ({@link ContentInspector}), a name ending that agrees
 * with the content, and for CSV no formula cells ({@link CsvFormulas}). Copies the bytes
 * to a staging file on the way (counting and hashing, stopping just past the limit).
 */
class UploadChecker {

    private final ContentInspector inspector;
    private final StorageSettings settings;

    UploadChecker(ContentInspector inspector, StorageSettings settings) {
        this.inspector = inspector;
        this.settings = settings;
    }

    /** What is known about an accepted upload whose bytes are now in the staging file. */
    record Accepted(String name, String mediaType, long size, String sha256) {
    }

    /**
     * @param staging an empty file that receives the bytes; the caller removes it when refused
     * @throws RejectedFileException when the upload is not acceptable
     */
    Accepted check(FileUpload upload, Path staging) throws IOException {
        String name = FileNames.sanitize(upload.originalName());
        if (name.isBlank()) {
            throw new RejectedFileException("storage.rejected.name");
        }
        if (name.length() > FileNames.MAX_LENGTH) {
            throw new RejectedFileException("storage.rejected.nameTooLong", FileNames.MAX_LENGTH);
        }
        long limit = settings.maxFileSize().toBytes();
        if (upload.size() > limit) {
            throw tooLarge(name);
        }
        Copied copied = copy(upload, staging, limit);
        if (copied.size() == 0) {
            throw new RejectedFileException("storage.rejected.empty", name);
        }
        if (copied.size() > limit) {
            throw tooLarge(name);
        }
        var allowed = switch (inspector.inspect(staging)) {
            case Inspection.Allowed a -> a;
            case Inspection.Refused refused -> throw new RejectedFileException(refused.code(), withName(name, refused.arguments()));
        };
        AllowedType type = allowed.type();
        String extension = FileNames.extension(name);
        if (!type.fitsExtension(extension)) {
            throw new RejectedFileException("storage.rejected.mismatch", name, type.label());
        }
        String mediaType = type.mediaTypeFor(extension);
        if (mediaType.equals("text/csv")) {
            int line = CsvFormulas.firstFormulaLine(Files.readAllBytes(staging));
            if (line > 0) {
                throw new RejectedFileException("storage.rejected.csvFormula", name, line);
            }
        }
        if (allowed.keepBytes() != Inspection.Allowed.ALL && allowed.keepBytes() < copied.size()) {
            // the bytes after an image's end marker are no part of the picture: they are not kept
            copied = truncate(staging, allowed.keepBytes());
        }
        return new Accepted(name, mediaType, copied.size(), copied.sha256());
    }

    private static Object[] withName(String name, Object[] arguments) {
        Object[] all = new Object[arguments.length + 1];
        all[0] = name;
        System.arraycopy(arguments, 0, all, 1, arguments.length);
        return all;
    }

    private RejectedFileException tooLarge(String name) {
        return new RejectedFileException("storage.rejected.tooLarge", name, settings.maxFileSizeMegabytes());
    }

    private record Copied(long size, String sha256) {
    }

    /** Copies at most {@code limit + 1} bytes: enough to know the upload is too large without reading all of it. */
    private static Copied copy(FileUpload upload, Path target, long limit) throws IOException {
        MessageDigest digest = sha256();
        long total = 0;
        byte[] buffer = new byte[64 * 1024];
        try (InputStream in = upload.content().open(); OutputStream out = Files.newOutputStream(target)) {
            int read;
            while ((read = in.read(buffer)) != -1) {
                int keep = (int) Math.min(read, limit + 1 - total);
                out.write(buffer, 0, keep);
                digest.update(buffer, 0, keep);
                total += keep;
                if (total > limit) {
                    break;
                }
            }
        }
        return new Copied(total, HexFormat.of().formatHex(digest.digest()));
    }

    private static Copied truncate(Path staging, long length) throws IOException {
        try (FileChannel channel = FileChannel.open(staging, StandardOpenOption.WRITE)) {
            channel.truncate(length);
        }
        MessageDigest digest = sha256();
        try (InputStream in = Files.newInputStream(staging)) {
            byte[] buffer = new byte[64 * 1024];
            int read;
            while ((read = in.read(buffer)) != -1) {
                digest.update(buffer, 0, read);
            }
        }
        return new Copied(length, HexFormat.of().formatHex(digest.digest()));
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
