package id.simlayan.standard.web;

import id.simlayan.catalog.ServiceCatalog;
import id.simlayan.catalog.ServiceOfferingView;
import id.simlayan.standard.internal.DecreeAnnexes;
import id.simlayan.standard.internal.StandardEditing;
import id.simlayan.standard.internal.StandardVersion;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.server.ResponseStatusException;

/**
 * A published version of a service's standard. Everyone sees the 6 service-delivery
 * components; staff see all 14. A draft is not found here, for anyone (admins preview drafts
 * under /admin/standar).
 */
@Controller
class PublicStandardController {

    private final ServiceCatalog catalog;
    private final StandardEditing standards;
    private final DecreeAnnexes annexes;

    PublicStandardController(ServiceCatalog catalog, StandardEditing standards, DecreeAnnexes annexes) {
        this.catalog = catalog;
        this.standards = standards;
        this.annexes = annexes;
    }

    @GetMapping("/layanan/{code}/standar")
    String current(@PathVariable String code, Model model, HttpServletRequest request) {
        var service = service(code);
        var version = standards.current(service.id()).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        return show(service, version, model, request);
    }

    @GetMapping("/layanan/{code}/standar/{number}")
    String version(@PathVariable String code, @PathVariable int number, Model model, HttpServletRequest request) {
        var service = service(code);
        var version = standards.version(service.id(), number).filter(v -> !v.isDraft())
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        return show(service, version, model, request);
    }

    private String show(ServiceOfferingView service, StandardVersion version, Model model, HttpServletRequest request) {
        boolean staff = request.isUserInRole("STAFF") || request.isUserInRole("ADMIN");
        var current = standards.current(service.id()).orElse(null);
        model.addAttribute("service", service);
        model.addAttribute("version", version);
        model.addAttribute("isCurrent", current != null && current.id().equals(version.id()));
        model.addAttribute("components", staff ? version.components() : version.serviceDelivery());
        model.addAttribute("allComponents", staff);
        // staff can check a copy of the annex against the kept file's size and SHA-256
        model.addAttribute("annex", staff ? annexes.kept(version.id()).orElse(null) : null);
        var published = standards.versions(service.id()).stream().filter(v -> !v.isDraft()).toList();
        model.addAttribute("versions", published);
        // the staff comparison starts from the version before this one (versions come newest first)
        model.addAttribute("previousNumber", published.stream().filter(v -> v.number() < version.number()).findFirst()
                .map(StandardVersion::number).orElse(version.number()));
        return "standard/version";
    }

    private ServiceOfferingView service(String code) {
        return catalog.findByCode(code).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }
}
