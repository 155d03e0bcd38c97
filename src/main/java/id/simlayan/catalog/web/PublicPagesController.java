package id.simlayan.catalog.web;

import id.simlayan.catalog.ServiceCatalog;
import id.simlayan.catalog.ServiceOfferingView;
import id.simlayan.catalog.internal.HelpDeskContact;
import id.simlayan.identity.Directory;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.server.ResponseStatusException;

/** The public pages: home, FAQ, the service catalog and the help-desk contact. */
@Controller
class PublicPagesController {

    /**
     * The FAQ of seed 000 in its three sections; question i of a section is the message
     * {@code faq.<section>.<i>.q}, its answer {@code faq.<section>.<i>.a}.
     */
    static final List<FaqSection> FAQ = List.of(
            new FaqSection("general", 14),
            new FaqSection("complaints", 8),
            new FaqSection("tracking", 13));

    record FaqSection(String id, int count) {
    }

    private final ServiceCatalog catalog;
    private final Directory directory;
    private final HelpDeskContact contact;

    PublicPagesController(ServiceCatalog catalog, Directory directory, HelpDeskContact contact) {
        this.catalog = catalog;
        this.directory = directory;
        this.contact = contact;
    }

    @ModelAttribute("contact")
    HelpDeskContact contact() {
        return contact;
    }

    @GetMapping("/")
    String home(Model model) {
        model.addAttribute("services", catalog.activeOfferings());
        model.addAttribute("faq", FAQ);
        return "index";
    }

    @GetMapping("/faq")
    String faq(Model model) {
        model.addAttribute("faq", FAQ);
        return "catalog/faq";
    }

    @GetMapping("/layanan")
    String services(Model model) {
        model.addAttribute("services", catalog.activeOfferings());
        return "catalog/services";
    }

    @GetMapping("/layanan/{code}")
    String service(@PathVariable String code, Model model) {
        ServiceOfferingView service = catalog.findByCode(code).filter(ServiceOfferingView::active).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        model.addAttribute("service", service);
        model.addAttribute("owner", directory.unit(service.ownerUnitId()).orElse(null));
        return "catalog/service";
    }

    @GetMapping("/kontak")
    String contactPage() {
        return "catalog/contact";
    }
}
