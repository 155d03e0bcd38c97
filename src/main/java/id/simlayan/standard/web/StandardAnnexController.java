package id.simlayan.standard.web;

import id.simlayan.catalog.ServiceCatalog;
import id.simlayan.catalog.ServiceOfferingView;
import id.simlayan.document.DocumentRenderer;
import id.simlayan.document.DocumentRequest;
import id.simlayan.document.RenderedDocument;
import id.simlayan.standard.internal.StandardEditing;
import id.simlayan.standard.internal.StandardVersion;
import jakarta.servlet.http.HttpServletRequest;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.server.ResponseStatusException;

/**
 * The standard as a decree annex (Lampiran Keputusan) in PDF: all 14 components, so staff and
 * admins only. Rendered on every request rather than archived: published versions never change,
 * so the same template gives the same text, a render costs about 0.2 s, and keeping the file
 * would need a column and a file per version for a document downloaded rarely. The response
 * carries the renderer's SHA-256 of the bytes as its ETag, so a copy can be checked against it.
 */
@Controller
class StandardAnnexController {

    private final ServiceCatalog catalog;
    private final StandardEditing standards;
    private final DocumentRenderer renderer;
    private final MessageSource messages;

    StandardAnnexController(ServiceCatalog catalog, StandardEditing standards, DocumentRenderer renderer, MessageSource messages) {
        this.catalog = catalog;
        this.standards = standards;
        this.renderer = renderer;
        this.messages = messages;
    }

    /**
     * Not found (rather than a login redirect) for the public and requesters, like a draft: the
     * public pages under /layanan show no internal component to them either.
     */
    @GetMapping("/layanan/{code}/standar/{number}/lampiran.pdf")
    ResponseEntity<byte[]> published(@PathVariable String code, @PathVariable int number, HttpServletRequest request, Locale locale) {
        if (!request.isUserInRole("STAFF") && !request.isUserInRole("ADMIN")) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        var service = service(code);
        var version = standards.version(service.id(), number).filter(v -> !v.isDraft())
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        return pdf(service, version, locale);
    }

    @GetMapping("/admin/standar/{code}/draf/lampiran.pdf")
    @PreAuthorize("hasRole('ADMIN')")
    ResponseEntity<byte[]> draft(@PathVariable String code, Locale locale) {
        var service = service(code);
        var version = standards.draft(service.id()).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        return pdf(service, version, locale);
    }

    private ResponseEntity<byte[]> pdf(ServiceOfferingView service, StandardVersion version, Locale locale) {
        String decree = version.decree().number();
        String title = decree != null
                ? messages.getMessage("standard.annex.title", new Object[] {decree}, locale)
                : messages.getMessage("standard.annex.titleNoDecree", new Object[] {service.name()}, locale);
        RenderedDocument document = renderer.render(new DocumentRequest("standard/annex",
                Map.of("service", service, "version", version, "draft", version.isDraft()), locale, title));
        var disposition = ContentDisposition.attachment().filename(fileName(service, version), StandardCharsets.UTF_8).build();
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_PDF)
                .contentLength(document.size())
                .header(HttpHeaders.CONTENT_DISPOSITION, disposition.toString())
                .header("X-Content-Type-Options", "nosniff")
                .header("Content-Security-Policy", "sandbox; default-src 'none'")
                .header(HttpHeaders.CACHE_CONTROL, "private, no-store")
                .header(HttpHeaders.ETAG, "\"" + document.sha256() + "\"")
                .body(document.pdf());
    }

    /** Only letters, digits and hyphens, whatever the service code holds. */
    static String fileName(ServiceOfferingView service, StandardVersion version) {
        String code = service.code().toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9-]+", "-").replaceAll("^-+|-+$", "");
        return "standar-pelayanan-" + (code.isEmpty() ? "layanan" : code) + "-v" + version.number()
                + (version.isDraft() ? "-draf" : "") + ".pdf";
    }

    private ServiceOfferingView service(String code) {
        return catalog.findByCode(code).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }
}
