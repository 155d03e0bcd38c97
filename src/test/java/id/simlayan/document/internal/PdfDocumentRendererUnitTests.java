package id.simlayan.document.internal;

import static org.assertj.core.api.Assertions.assertThat;

import id.simlayan.document.DocumentRequest;
import id.simlayan.document.RenderedDocument;
import id.simlayan.document.internal.StandaloneRenderer.Component;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

class PdfDocumentRendererUnitTests {

    private static final String TITLE = "Lampiran Keputusan Kepala Dinas Komunikasi dan Informatika Nomor 487.22/581";

    private final PdfDocumentRenderer renderer = StandaloneRenderer.create();

    private RenderedDocument annex(List<Component> components) {
        return renderer.render(new DocumentRequest("document/sample-annex", StandaloneRenderer.annexModel(components),
                Locale.forLanguageTag("id-ID"), TITLE));
    }

    /** The text in reading order, with line breaks and runs of spaces as one space (the annex wraps long cells). */
    private static String text(PDDocument pdf) throws IOException {
        var stripper = new PDFTextStripper();
        stripper.setSortByPosition(true);
        return stripper.getText(pdf).replaceAll("\\s+", " ");
    }

    @Test
    void rendersTheTemplateWithTitleDecreeNumberAndIndonesianText() throws IOException {
        RenderedDocument annex = annex(StandaloneRenderer.serviceDeliveryComponents());

        try (PDDocument pdf = Loader.loadPDF(annex.pdf())) {
            String text = text(pdf);
            assertThat(text).contains("Lampiran Keputusan Kepala Dinas Komunikasi dan Informatika");
            assertThat(text).contains("487.22/581").contains("22 Maret 2024");
            assertThat(text).contains("Persyaratan").contains("Biaya/tarif");
            assertThat(text).contains("Undang-Undang Nomor 25 Tahun 2009 tentang Pelayanan Publik");
            assertThat(text).contains("Drs. Hérman Sēkar Prasétyo, M.Si.");
            assertThat(text).contains("Tidak dipungut biaya (gratis) & tanpa imbalan < apa pun.");
            assertThat(text).contains("Halaman 1 dari " + annex.pageCount());
        }
    }

    @Test
    void rendersRichTextInsideTheTemplate() throws IOException {
        RenderedDocument annex = annex(StandaloneRenderer.serviceDeliveryComponents());

        try (PDDocument pdf = Loader.loadPDF(annex.pdf())) {
            String text = text(pdf);
            assertThat(text).contains("Surat pemberitahuan gangguan dari OPD").contains("nama dan NIP").contains("nomor telepon");
            assertThat(text).contains("2×24 jam setelah diverifikasi").contains("Tanggapan");
            assertThat(text).contains("Pelapor mengisi formulir di SIMLAYAN").contains("memverifikasi laporan.");
            // the text's raw HTML is shown as written, not interpreted
            assertThat(text).contains("<script>alert(1)</script>");
            assertThat(text).doesNotContain("**").doesNotContain("| Tahap |");
        }
    }

    @Test
    void embedsEveryFontItUses() throws IOException {
        RenderedDocument annex = annex(StandaloneRenderer.serviceDeliveryComponents());

        try (PDDocument pdf = Loader.loadPDF(annex.pdf())) {
            List<PDFont> fonts = pageFonts(pdf);
            assertThat(fonts).isNotEmpty();
            assertThat(fonts).allSatisfy(font -> {
                assertThat(font.isEmbedded()).as(font.getName()).isTrue();
                assertThat(font.getName()).contains("DejaVuSans");
            });
            assertThat(fonts).extracting(PDFont::getName).anyMatch(name -> name.endsWith("DejaVuSans-Bold"));
        }
    }

    private static List<PDFont> pageFonts(PDDocument pdf) throws IOException {
        List<PDFont> fonts = new ArrayList<>();
        for (PDPage page : pdf.getPages()) {
            for (COSName name : page.getResources().getFontNames()) {
                fonts.add(page.getResources().getFont(name));
            }
        }
        return fonts;
    }

    @Test
    void countsPagesAsTheReaderDoes() throws IOException {
        var many = IntStream.rangeClosed(1, 40)
                .mapToObj(i -> new Component("Komponen " + i, "Uraian panjang komponen ke-" + i + ".\n\n- butir satu\n- butir dua\n- butir tiga"))
                .toList();

        RenderedDocument shortAnnex = annex(StandaloneRenderer.serviceDeliveryComponents());
        RenderedDocument longAnnex = annex(many);

        try (PDDocument pdf = Loader.loadPDF(shortAnnex.pdf())) {
            assertThat(shortAnnex.pageCount()).isEqualTo(pdf.getNumberOfPages());
        }
        try (PDDocument pdf = Loader.loadPDF(longAnnex.pdf())) {
            assertThat(longAnnex.pageCount()).isGreaterThan(shortAnnex.pageCount() + 2).isEqualTo(pdf.getNumberOfPages());
            assertThat(text(pdf)).contains("Halaman " + pdf.getNumberOfPages() + " dari " + pdf.getNumberOfPages())
                    .contains("Komponen 40");
        }
    }

    @Test
    void fetchesNothingFromOutside() throws IOException {
        var requests = new AtomicInteger();
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", exchange -> {
            requests.incrementAndGet();
            exchange.sendResponseHeaders(404, -1);
            exchange.close();
        });
        server.start();
        try {
            String base = "http://127.0.0.1:" + server.getAddress().getPort();

            RenderedDocument document = renderer.render(new DocumentRequest("document/external-resources", Map.of("base", base),
                    Locale.forLanguageTag("id-ID"), "Lampiran"));

            assertThat(requests).hasValue(0);
            try (PDDocument pdf = Loader.loadPDF(document.pdf())) {
                assertThat(text(pdf)).contains("Lampiran dengan gambar luar");
                // its font could not be loaded: the text falls back to the embedded font, not to a built-in one
                assertThat(pageFonts(pdf)).isNotEmpty().allSatisfy(font -> assertThat(font.isEmbedded()).isTrue());
            }
        } finally {
            server.stop(0);
        }
    }

    @Test
    void sha256IsTheDigestOfTheBytes() throws Exception {
        RenderedDocument annex = annex(StandaloneRenderer.serviceDeliveryComponents());

        String digest = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(annex.pdf()));
        assertThat(annex.sha256()).isEqualTo(digest).hasSize(64);
        assertThat(new String(annex.pdf(), 0, 5, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
    }

    @Test
    void writesTitleSubjectLanguageAndTagsThePdf() throws IOException {
        RenderedDocument annex = annex(StandaloneRenderer.serviceDeliveryComponents());

        try (PDDocument pdf = Loader.loadPDF(annex.pdf())) {
            assertThat(pdf.getDocumentInformation().getTitle()).isEqualTo(TITLE);
            assertThat(pdf.getDocumentInformation().getProducer()).isEqualTo("SIMLAYAN");
            assertThat(pdf.getDocumentInformation().getSubject()).isEqualTo(TITLE);
            assertThat(pdf.getDocumentCatalog().getMarkInfo().isMarked()).isTrue();
            assertThat(pdf.getDocumentCatalog().getStructureTreeRoot()).isNotNull();
            assertThat(pdf.getDocumentCatalog().getLanguage()).isEqualTo("id-ID");
        }
    }
}
