package id.simlayan.document;

import id.simlayan.storage.FileStore;
import id.simlayan.storage.FileUpload;
import id.simlayan.storage.StoredFile;
import java.io.ByteArrayInputStream;
import java.util.Locale;
import java.util.UUID;
import org.springframework.stereotype.Service;

/**
 * Keeps generated documents through storage, like any other file: the same content checks, the
 * same download responses ({@code StoredFileResponses}), and the SHA-256 storage records, which
 * must be the one the renderer computed. The caller keeps the returned id with its own record
 * (e.g. the standard version the annex belongs to); in a transaction, a rollback removes the file.
 */
@Service
public class DocumentArchive {

    private final FileStore files;

    DocumentArchive(FileStore files) {
        this.files = files;
    }

    /**
     * @param fileName the name a downloader sees; {@code .pdf} is added when missing
     * @param storedBy the user on whose behalf it was generated (identity's {@code UserId.value()}), or {@code null}
     * @throws id.simlayan.storage.RejectedFileException when storage refuses it (larger than its limit)
     */
    public StoredFile store(RenderedDocument document, String fileName, UUID storedBy) {
        String name = fileName.toLowerCase(Locale.ROOT).endsWith(".pdf") ? fileName : fileName + ".pdf";
        byte[] pdf = document.pdf();
        StoredFile stored = files.store(new FileUpload(name, pdf.length, () -> new ByteArrayInputStream(pdf)), storedBy);
        if (!stored.sha256().equals(document.sha256())) {
            throw new IllegalStateException("Stored document " + stored.id() + " has SHA-256 " + stored.sha256()
                    + ", rendered " + document.sha256());
        }
        return stored;
    }
}
