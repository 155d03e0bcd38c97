package id.simlayan.catalog.web;

import id.simlayan.catalog.ServiceCatalog;
import id.simlayan.catalog.ServiceOfferingView;
import id.simlayan.catalog.internal.HelpDeskContact;
import id.simlayan.identity.Directory;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.server.ResponseStatusException;

/** The public pages: home, the service catalog and the help-desk contact (the FAQ is now the knowledge base, /bantuan). */
@Controller
class PublicPagesController {

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
        return "index";
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
