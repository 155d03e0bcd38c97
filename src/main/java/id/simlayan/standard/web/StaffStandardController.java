package id.simlayan.standard.web;

import id.simlayan.catalog.ServiceCatalog;
import id.simlayan.catalog.ServiceOfferingView;
import id.simlayan.standard.internal.StandardEditing;
import id.simlayan.standard.internal.StandardVersion;
import java.util.Locale;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/**
 * /petugas/standar (every staff role, by the /petugas/** rule): the differences between two
 * published or superseded versions. A draft is not found here, as on the version pages; the
 * admin compares drafts under /admin/standar.
 */
@Controller
class StaffStandardController {

    private final ServiceCatalog catalog;
    private final StandardEditing standards;
    private final VersionComparison comparison;

    StaffStandardController(ServiceCatalog catalog, StandardEditing standards, VersionComparison comparison) {
        this.catalog = catalog;
        this.standards = standards;
        this.comparison = comparison;
    }

    @GetMapping("/petugas/standar/{code}/beda")
    String diff(@PathVariable String code, @RequestParam("dari") int from, @RequestParam("ke") int to, Model model, Locale locale) {
        var service = catalog.findByCode(code).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        var a = published(service, from);
        var b = published(service, to);
        model.addAttribute("service", service);
        model.addAttribute("from", a);
        model.addAttribute("to", b);
        model.addAttribute("diffs", comparison.compare(a, b, locale));
        return "standard/diff";
    }

    private StandardVersion published(ServiceOfferingView service, int number) {
        return standards.version(service.id(), number).filter(v -> !v.isDraft())
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }
}
