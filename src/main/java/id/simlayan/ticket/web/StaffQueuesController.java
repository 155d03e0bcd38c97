package id.simlayan.ticket.web;

import id.simlayan.catalog.ServiceCatalog;
import id.simlayan.identity.CurrentUser;
import id.simlayan.ticket.TicketStatus;
import id.simlayan.ticket.internal.TicketQueries;
import id.simlayan.ticket.internal.TicketViews.QueueFilter;
import id.simlayan.ticket.internal.TicketViews.ListItem;
import id.simlayan.ticket.internal.TicketViews.UnitDispositionItem;
import java.util.List;
import java.util.Locale;
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
    private final DeadlineViews deadlines;

    StaffQueuesController(TicketQueries queries, ServiceCatalog catalog, DeadlineViews deadlines) {
        this.queries = queries;
        this.catalog = catalog;
        this.deadlines = deadlines;
    }

    /** The front-desk queue; with {@code HX-Request} only the results (count, table, paging) for the filter form. */
    @GetMapping("/petugas/antrean")
    String queue(@RequestParam(required = false) TicketStatus status, @RequestParam(required = false) UUID service,
                 @RequestParam(name = "lebihDari", required = false) Integer olderThanDays,
                 @RequestParam(name = "hal", defaultValue = "0") int page, CurrentUser user, Model model,
                 @RequestHeader(name = "HX-Request", required = false) String htmx, Locale locale) {
        var filter = new QueueFilter(status, service, olderThanDays, Math.max(0, page));
        var results = queries.queue(user, filter);
        model.addAttribute("page", results);
        addBadges(model, results.items().stream().map(ListItem::id).toList(), locale);
        model.addAttribute("filter", filter);
        model.addAttribute("statuses", TicketStatus.values());
        model.addAttribute("services", catalog.activeOfferings());
        model.addAttribute("unitNames", queries.unitNamesById());
        return htmx != null ? "ticket/queue :: results" : "ticket/queue";
    }

    @GetMapping("/petugas/unit")
    String unit(CurrentUser user, Model model, Locale locale) {
        var items = queries.unitDispositions(user);
        model.addAttribute("items", items);
        addBadges(model, items.stream().map(UnitDispositionItem::ticketId).distinct().toList(), locale);
        return "ticket/unit";
    }

    @GetMapping("/petugas/tugas")
    String tasks(CurrentUser user, Model model, Locale locale) {
        var tickets = queries.myTasks(user);
        model.addAttribute("tickets", tickets);
        addBadges(model, tickets.stream().map(ListItem::id).toList(), locale);
        return "ticket/tasks";
    }

    /** The "Batas waktu" column: one call of the time-limit provider per page; no column without one. */
    private void addBadges(Model model, List<UUID> tickets, Locale locale) {
        model.addAttribute("deadlinesShown", deadlines.available());
        model.addAttribute("badges", deadlines.badges(tickets, locale));
    }
}
