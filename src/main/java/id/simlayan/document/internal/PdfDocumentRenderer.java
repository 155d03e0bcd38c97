package id.simlayan.document.internal;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.PageSizeUnits;
import com.openhtmltopdf.outputdevice.helper.ExternalResourceControlPriority;
import com.openhtmltopdf.pdfboxout.PdfBoxRenderer;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.util.XRLog;
import id.simlayan.document.DocumentRenderer;
import id.simlayan.document.DocumentRequest;
import id.simlayan.document.RenderedDocument;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HashMap;
import java.util.HexFormat;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.jsoup.Jsoup;
import org.jsoup.helper.W3CDom;
import org.springframework.context.ApplicationContext;
import org.springframework.context.i18n.LocaleContext;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Service;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;
import org.thymeleaf.spring6.expression.ThymeleafEvaluationContext;

/**
 * Thymeleaf (the application's engine: same template folder, message bundles and
 * {@code @bean} access as the pages) renders the template to HTML; jsoup parses that HTML5 into
 * a DOM, so the template need not be well-formed XML; openhtmltopdf lays it out on PDFBox with
 * {@link EmbeddedFonts}. Nothing is fetched from outside: resources other than {@code data:}
 * URIs are refused, so a template or a text cannot make the server call an address.
 */
@Service
class PdfDocumentRenderer implements DocumentRenderer {

    /** First in the head, so the template's own styles override it; fonts other than the embedded one would not be embedded. */
    private static final String BASE_STYLE = "html { font-family: '" + EmbeddedFonts.FAMILY + "'; }";

    private static final String PRODUCER = "SIMLAYAN";

    static {
        XRLog.setLoggerImpl(new Slf4jRendererLog());
    }

    private final ITemplateEngine templates;
    private final ApplicationContext context;
    private final EmbeddedFonts fonts;

    PdfDocumentRenderer(ITemplateEngine templates, ApplicationContext context, EmbeddedFonts fonts) {
        this.templates = templates;
        this.context = context;
        this.fonts = fonts;
    }

    @Override
    public RenderedDocument render(DocumentRequest request) {
        String html = html(request);
        var document = Jsoup.parse(html);
        document.head().prependElement("style").text(BASE_STYLE);
        // the PDF's title (metadata, and what a screen reader announces) is the request's
        document.head().select("title").remove();
        document.head().appendElement("title").text(request.title());
        // the description a tagged PDF needs (openhtmltopdf reads it from "subject"); the template may give a better one
        if (document.head().select("meta[name=subject]").isEmpty()) {
            document.head().appendElement("meta").attr("name", "subject").attr("content", request.title());
        }
        // a tagged PDF names each link's target for screen readers
        for (var link : document.select("a[href]:not([title])")) {
            link.attr("title", link.text().isBlank() ? link.attr("href") : link.text());
        }
        if (!document.select("html").hasAttr("lang")) {
            document.select("html").attr("lang", request.locale().toLanguageTag());
        }

        var builder = new PdfRendererBuilder()
                .useFastMode()
                .withW3cDocument(W3CDom.convert(document), null)
                .useDefaultPageSize(210, 297, PageSizeUnits.MM)
                .withProducer(PRODUCER)
                // tagged PDF (PDF/UA): readable by screen readers; it also leaves PDF's built-in
                // (never embedded) fonts out of the font lookup
                .usePdfUaAccessibility(true)
                .useExternalResourceAccessControl((uri, type) -> uri != null && uri.startsWith("data:"),
                        ExternalResourceControlPriority.RUN_BEFORE_RESOLVING_URI)
                .useExternalResourceAccessControl((uri, type) -> uri != null && uri.startsWith("data:"),
                        ExternalResourceControlPriority.RUN_AFTER_RESOLVING_URI);
        fonts.registerWith(builder);

        try (PdfBoxRenderer renderer = builder.buildPdfRenderer()) {
            renderer.layout();
            try (PDDocument pdf = renderer.createPDFKeepOpen()) {
                describe(pdf, request);
                var out = new ByteArrayOutputStream(64 * 1024);
                pdf.save(out);
                byte[] bytes = out.toByteArray();
                return new RenderedDocument(bytes, sha256(bytes), pdf.getNumberOfPages());
            }
        } catch (IOException e) {
            throw new UncheckedIOException("PDF of " + request.templateName() + " could not be produced", e);
        }
    }

    private String html(DocumentRequest request) {
        var variables = new HashMap<String, Object>(request.model());
        variables.put("documentTitle", request.title());
        // lets templates use @beans (@richText, @dates) as pages do
        variables.put(ThymeleafEvaluationContext.THYMELEAF_EVALUATION_CONTEXT_CONTEXT_VARIABLE_NAME,
                new ThymeleafEvaluationContext(context, null));
        // beans such as @dates format in the thread's locale: the document's, while it renders
        LocaleContext previous = LocaleContextHolder.getLocaleContext();
        LocaleContextHolder.setLocale(request.locale());
        try {
            return templates.process(request.templateName(), new Context(request.locale(), variables));
        } finally {
            LocaleContextHolder.setLocaleContext(previous);
        }
    }

    private void describe(PDDocument pdf, DocumentRequest request) {
        // title, subject and dates are already in the information dictionary and the XMP metadata, from the head
        pdf.getDocumentInformation().setCreator(PRODUCER);
        pdf.getDocumentCatalog().setLanguage(request.locale().toLanguageTag());
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
