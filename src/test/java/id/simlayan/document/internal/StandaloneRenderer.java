package id.simlayan.document.internal;

import id.simlayan.platform.RichText;
import id.simlayan.platform.RichTextDialect;
import java.util.List;
import java.util.Map;
import org.springframework.context.support.GenericApplicationContext;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

/**
 * The production renderer without the application: a Thymeleaf engine on {@code templates/}
 * of the class path with the rich-text dialect, and a context holding only {@link RichText}.
 * Also the sample annex's model, shared by the tests and {@link RenderTiming}.
 */
final class StandaloneRenderer {

    private StandaloneRenderer() {
    }

    static PdfDocumentRenderer create() {
        var resolver = new ClassLoaderTemplateResolver();
        resolver.setPrefix("templates/");
        resolver.setSuffix(".html");
        resolver.setTemplateMode(TemplateMode.HTML);
        resolver.setCharacterEncoding("UTF-8");
        var context = new GenericApplicationContext();
        context.registerBean("richText", RichText.class);
        context.refresh();
        var engine = new SpringTemplateEngine();
        engine.setTemplateResolver(resolver);
        engine.addDialect(new RichTextDialect(context.getBean(RichText.class)));
        return new PdfDocumentRenderer(engine, context, new EmbeddedFonts());
    }

    record Component(String title, String text) {
    }

    /** The sample annex with the given components (the text of a service standard, simplified). */
    static Map<String, Object> annexModel(List<Component> components) {
        return Map.of(
                "decreeNumber", "487.22/581",
                "decreeDate", "22 Maret 2024",
                "components", components,
                "legalBases", List.of(
                        "Undang-Undang Nomor 25 Tahun 2009 tentang Pelayanan Publik",
                        "Peraturan Menteri PANRB Nomor 15 Tahun 2014 tentang Pedoman Standar Pelayanan"),
                "signingTitle", "Kepala Dinas Komunikasi dan Informatika",
                "signingOfficial", "Drs. Hérman Sēkar Prasétyo, M.Si.");
    }

    static List<Component> serviceDeliveryComponents() {
        return List.of(
                new Component("Persyaratan", """
                        1. Surat pemberitahuan gangguan dari OPD
                        2. Identitas pelapor:
                           - nama dan **NIP**
                           - nomor telepon
                        """),
                new Component("Sistem, mekanisme, dan prosedur", """
                        Pelapor mengisi formulir di [SIMLAYAN](https://simlayan.example.go.id/layanan); \
                        petugas *memverifikasi* laporan. <script>alert(1)</script>
                        """),
                new Component("Jangka waktu penyelesaian", """
                        | Tahap | Waktu |
                        |-------|-------|
                        | Tanggapan | 4 jam kerja |
                        | Penyelesaian | 2×24 jam setelah diverifikasi |
                        """),
                new Component("Biaya/tarif", "Tidak dipungut biaya (gratis) & tanpa imbalan < apa pun."),
                new Component("Produk pelayanan", "Jaringan Batik.Net pulih; berita acara penanganan."),
                new Component("Penanganan pengaduan, saran, dan masukan", "SP4N-LAPOR! atau surel <pengaduan@diskominfo.example.go.id>."));
    }
}
