package id.simlayan.catalog.web;

import id.simlayan.catalog.ServiceCatalog;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The public home page. */
@Controller
class PublicPagesController {

    private final ServiceCatalog catalog;

    PublicPagesController(ServiceCatalog catalog) {
        this.catalog = catalog;
    }

    @GetMapping("/")
    String home(Model model) {
        model.addAttribute("services", catalog.activeOfferings());
        return "index";
    }
}
