package id.simlayan.document.internal;

import static org.assertj.core.api.Assertions.assertThat;

import id.simlayan.IntegrationTest;
import id.simlayan.document.DocumentArchive;
import id.simlayan.document.DocumentRenderer;
import id.simlayan.document.DocumentRequest;
import id.simlayan.document.RenderedDocument;
import id.simlayan.storage.FileStore;
import id.simlayan.storage.StoredFile;
import java.io.InputStream;
import java.util.Locale;
import java.util.UUID;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The renderer as the application wires it (its Thymeleaf engine, the rich-text dialect), and storage's checks on a generated PDF. */
class DocumentArchiveIntegrationTests extends IntegrationTest {

    @Autowired
    DocumentRenderer renderer;

    @Autowired
    DocumentArchive archive;

    @Autowired
    FileStore files;

    private RenderedDocument annex() {
        return renderer.render(new DocumentRequest("document/sample-annex",
                StandaloneRenderer.annexModel(StandaloneRenderer.serviceDeliveryComponents()), Locale.forLanguageTag("id-ID"),
                "Lampiran Keputusan Nomor 487.22/581"));
    }

    @Test
    void rendersWithTheApplicationsTemplateEngine() throws Exception {
        RenderedDocument annex = annex();

        try (PDDocument pdf = Loader.loadPDF(annex.pdf())) {
            String text = new PDFTextStripper().getText(pdf).replaceAll("\\s+", " ");
            assertThat(text).contains("Lampiran Keputusan Nomor 487.22/581").contains("Surat pemberitahuan gangguan dari OPD")
                    .contains("nama dan NIP").contains("Drs. Hérman Sēkar Prasétyo, M.Si.");
            assertThat(text).doesNotContain("**");
            assertThat(pdf.getNumberOfPages()).isEqualTo(annex.pageCount());
        }
    }

    @Test
    void templatesUseApplicationBeansInTheRequestsLocale() throws Exception {
        var at = java.time.Instant.parse("2026-03-02T03:00:00Z");

        for (var expected : java.util.Map.of("id-ID", "2 Maret 2026", "en", "2 March 2026").entrySet()) {
            RenderedDocument document = renderer.render(new DocumentRequest("document/bean-access", java.util.Map.of("at", at),
                    Locale.forLanguageTag(expected.getKey()), "Tanggal"));
            try (PDDocument pdf = Loader.loadPDF(document.pdf())) {
                assertThat(new PDFTextStripper().getText(pdf)).contains(expected.getValue());
            }
        }
    }

    @Test
    void storageAcceptsAndKeepsTheGeneratedPdfWithItsChecksum() throws Exception {
        RenderedDocument annex = annex();
        UUID generatedFor = UUID.randomUUID();

        StoredFile stored = archive.store(annex, "Lampiran SK 487.22-581", generatedFor);

        assertThat(stored.originalName()).isEqualTo("Lampiran SK 487.22-581.pdf");
        assertThat(stored.mediaType()).isEqualTo("application/pdf");
        assertThat(stored.size()).isEqualTo(annex.size());
        assertThat(stored.sha256()).isEqualTo(annex.sha256());
        assertThat(files.find(stored.id())).contains(stored);
        try (InputStream in = files.open(stored.id())) {
            assertThat(in.readAllBytes()).isEqualTo(annex.pdf());
        }
    }

    @Test
    void keepsAGivenPdfExtension() {
        StoredFile stored = archive.store(annex(), "lampiran.PDF", null);

        assertThat(stored.originalName()).isEqualTo("lampiran.PDF");
    }
}
