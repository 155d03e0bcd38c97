package id.simlayan.ticket.web;

import id.simlayan.catalog.ServiceCatalog;
import id.simlayan.identity.CurrentUser;
import id.simlayan.ticket.TicketStatus;
import id.simlayan.ticket.internal.TicketQueries;
import id.simlayan.ticket.internal.TicketViews.QueueFilter;
import java.util.UUID;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;

/** The staff lists: the front-desk queue, the unit's dispositions, the technician's tasks. */
@Controller
class StaffQueuesController {

    private final TicketQueries queries;
    private final ServiceCatalog catalog;

    StaffQueuesController(TicketQueries queries, ServiceCatalog catalog) {
        this.queries = queries;
        this.catalog = catalog;
    }

    /** The front-desk queue; with {@code HX-Request} only the results (count, table, paging) for the filter form. */
    @GetMapping("/petugas/antrean")
    String queue(@RequestParam(required = false) TicketStatus status, @RequestParam(required = false) UUID service,
                 @RequestParam(name = "lebihDari", required = false) Integer olderThanDays,
                 @RequestParam(name = "hal", defaultValue = "0") int page, CurrentUser user, Model model,
                 @RequestHeader(name = "HX-Request", required = false) String htmx) {
        var filter = new QueueFilter(status, service, olderThanDays, Math.max(0, page));
        model.addAttribute("page", queries.queue(user, filter));
        model.addAttribute("filter", filter);
        model.addAttribute("statuses", TicketStatus.values());
        model.addAttribute("services", catalog.activeOfferings());
        model.addAttribute("unitNames", queries.unitNamesById());
        return htmx != null ? "ticket/queue :: results" : "ticket/queue";
    }

    @GetMapping("/petugas/unit")
    String unit(CurrentUser user, Model model) {
        model.addAttribute("items", queries.unitDispositions(user));
        return "ticket/unit";
    }

    @GetMapping("/petugas/tugas")
    String tasks(CurrentUser user, Model model) {
        model.addAttribute("tickets", queries.myTasks(user));
        return "ticket/tasks";
    }
}
