package id.simlayan.storage;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;

class StoredFileResponsesUnitTests {

    static StoredFile file(String name, String mediaType) {
        return new StoredFile(new StoredFileId(UUID.randomUUID()), name, mediaType, 3, "0".repeat(64), Instant.parse("2026-11-23T01:00:00Z"));
    }

    @Test
    void downloadsWithTheDetectedTypeAndTheOriginalNameEncoded() {
        var response = StoredFileResponses.attachment(file("Surat Dinas \"final\" ñ.docx",
                "application/vnd.openxmlformats-officedocument.wordprocessingml.document"), new ByteArrayInputStream(new byte[3]));

        HttpHeaders headers = response.getHeaders();
        assertThat(headers.getContentType()).isEqualTo(MediaType.parseMediaType(
                "application/vnd.openxmlformats-officedocument.wordprocessingml.document"));
        assertThat(headers.getContentLength()).isEqualTo(3);
        assertThat(headers.getContentDisposition().isAttachment()).isTrue();
        assertThat(headers.getContentDisposition().getFilename()).isEqualTo("Surat Dinas \"final\" ñ.docx");
        assertThat(headers.getFirst("Content-Security-Policy")).startsWith("sandbox");
        assertThat(headers.getFirst("X-Content-Type-Options")).isEqualTo("nosniff");
    }

    @Test
    void showsImagesInlineButDownloadsPdfOfficeAndText() {
        var stream = new ByteArrayInputStream(new byte[3]);

        assertThat(StoredFileResponses.inlineWhereSafe(file("foto.png", "image/png"), stream).getHeaders()
                .getContentDisposition().isInline()).isTrue();
        assertThat(StoredFileResponses.inlineWhereSafe(file("surat.pdf", "application/pdf"), stream).getHeaders()
                .getContentDisposition().isAttachment()).isTrue();
        assertThat(StoredFileResponses.inlineWhereSafe(file("catatan.txt", "text/plain"), stream).getHeaders()
                .getContentDisposition().isAttachment()).isTrue();
        assertThat(StoredFileResponses.inlineWhereSafe(file("data.xls", "application/vnd.ms-excel"), stream).getHeaders()
                .getContentDisposition().isAttachment()).isTrue();
    }

    @Test
    void aFormFileBecomesAnUploadWithItsClaimedNameAndSize() throws Exception {
        var upload = FileUpload.from(new MockMultipartFile("berkas", "foto.png", "image/png", new byte[] {1, 2, 3}));

        assertThat(upload.originalName()).isEqualTo("foto.png");
        assertThat(upload.size()).isEqualTo(3);
        assertThat(upload.content().open().readAllBytes()).containsExactly(1, 2, 3);
    }
}
