package id.simlayan.standard.web;

import id.simlayan.catalog.ServiceCatalog;
import id.simlayan.catalog.ServiceOfferingView;
import id.simlayan.document.RenderedDocument;
import id.simlayan.standard.internal.DecreeAnnexes;
import id.simlayan.standard.internal.StandardEditing;
import id.simlayan.storage.FileStore;
import id.simlayan.storage.StoredFileResponses;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.springframework.core.io.Resource;
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
 * admins only. A published version's annex is the copy kept at publication
 * ({@link DecreeAnnexes}), served with its SHA-256 as ETag so a copy can be checked against it;
 * the admin's draft preview is rendered per request and never kept.
 */
@Controller
class StandardAnnexController {

    private final ServiceCatalog catalog;
    private final StandardEditing standards;
    private final DecreeAnnexes annexes;
    private final FileStore files;

    StandardAnnexController(ServiceCatalog catalog, StandardEditing standards, DecreeAnnexes annexes, FileStore files) {
        this.catalog = catalog;
        this.standards = standards;
        this.annexes = annexes;
        this.files = files;
    }

    /**
     * Not found (rather than a login redirect) for the public and requesters, like a draft: the
     * public pages under /layanan show no internal component to them either.
     */
    @GetMapping("/layanan/{code}/standar/{number}/lampiran.pdf")
    ResponseEntity<Resource> published(@PathVariable String code, @PathVariable int number, HttpServletRequest request) throws IOException {
        if (!request.isUserInRole("STAFF") && !request.isUserInRole("ADMIN")) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        var service = service(code);
        var version = standards.version(service.id(), number).filter(v -> !v.isDraft())
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        var file = annexes.keptOrKeep(service, version);
        var response = StoredFileResponses.attachment(file, files.open(file.id()));
        return ResponseEntity.status(response.getStatusCode()).headers(response.getHeaders())
                .header(HttpHeaders.ETAG, "\"" + file.sha256() + "\"")
                .body(response.getBody());
    }

    @GetMapping("/admin/standar/{code}/draf/lampiran.pdf")
    @PreAuthorize("hasRole('ADMIN')")
    ResponseEntity<byte[]> draft(@PathVariable String code, Locale locale) {
        var service = service(code);
        var version = standards.draft(service.id()).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        RenderedDocument document = annexes.render(service, version, locale);
        var disposition = ContentDisposition.attachment().filename(DecreeAnnexes.fileName(service, version), StandardCharsets.UTF_8).build();
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

    private ServiceOfferingView service(String code) {
        return catalog.findByCode(code).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }
}
