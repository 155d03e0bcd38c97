package id.simlayan.storage;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import org.springframework.core.io.InputStreamResource;
import org.springframework.core.io.Resource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * Safe HTTP responses for kept files, for the controllers that check who may see them
 * (e.g. {@code /lampiran/{id}}): the detected media type (never the name's), the original name
 * in an RFC 6266 header, and a sandboxing Content-Security-Policy so that even a file that a
 * browser would render cannot run script in SIMLAYAN's origin.
 */
public final class StoredFileResponses {

    /**
     * Types a browser may show (previews, {@code <img>}); everything else is downloaded. PDF is
     * not among them: browsers' PDF viewers refuse to run under the sandboxing policy.
     */
    private static final Set<String> INLINE = Set.of("image/jpeg", "image/png", "image/gif", "image/webp");

    private StoredFileResponses() {
    }

    /** Always a download. */
    public static ResponseEntity<Resource> attachment(StoredFile file, InputStream content) {
        return response(file, content, false);
    }

    /** Shown in the browser for images, a download for every other type. */
    public static ResponseEntity<Resource> inlineWhereSafe(StoredFile file, InputStream content) {
        return response(file, content, INLINE.contains(file.mediaType()));
    }

    private static ResponseEntity<Resource> response(StoredFile file, InputStream content, boolean inline) {
        var disposition = (inline ? ContentDisposition.inline() : ContentDisposition.attachment())
                .filename(file.originalName(), StandardCharsets.UTF_8)
                .build();
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(file.mediaType()))
                .contentLength(file.size())
                .header(HttpHeaders.CONTENT_DISPOSITION, disposition.toString())
                .header("X-Content-Type-Options", "nosniff")
                .header("Content-Security-Policy", "sandbox; default-src 'none'; img-src 'self'; style-src 'unsafe-inline'")
                .header(HttpHeaders.CACHE_CONTROL, "private, no-store")
                .body(new InputStreamResource(content));
    }
}
