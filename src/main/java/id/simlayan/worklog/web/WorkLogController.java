package id.simlayan.worklog.web;

import id.simlayan.identity.CurrentUser;
import id.simlayan.platform.DateDisplay;
import id.simlayan.platform.FormRebinding;
import id.simlayan.ticket.TicketHistory;
import id.simlayan.ticket.TicketId;
import id.simlayan.ticket.TicketWorkAccess;
import id.simlayan.worklog.EquipmentItemId;
import id.simlayan.worklog.WorkEntryId;
import id.simlayan.worklog.internal.EquipmentList;
import id.simlayan.worklog.internal.NewEntry;
import id.simlayan.worklog.internal.WorkEntryRefused;
import id.simlayan.worklog.internal.WorkEntryRules;
import id.simlayan.worklog.internal.WorkRecording;
import id.simlayan.worklog.web.WorkLogForms.CancelForm;
import id.simlayan.worklog.web.WorkLogForms.EntryForm;
import id.simlayan.worklog.web.WorkLogForms.UseForm;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The work log of a ticket at {@code /petugas/tiket/{id}/kerja}: the whole log with the form for a
 * new entry and the cancel buttons (the staff ticket page shows the log and links here). Every
 * route first asks the ticket module whether the user may see (404 otherwise) or work (403) the
 * ticket, before looking at what was posted. Plain POST-redirect-GET; a refused form is the page
 * again with status 400 and the messages next to the fields.
 */
@Controller
class WorkLogController {

    private final TicketWorkAccess access;
    private final TicketHistory tickets;
    private final WorkRecording recording;
    private final EquipmentList equipment;
    private final WorkLogPages pages;
    private final FormRebinding rebinding;
    private final DateDisplay dates;
    private final MessageSource messages;
    private final Clock clock;

    WorkLogController(TicketWorkAccess access, TicketHistory tickets, WorkRecording recording, EquipmentList equipment, WorkLogPages pages,
                      FormRebinding rebinding, DateDisplay dates, MessageSource messages, Clock clock) {
        this.access = access;
        this.tickets = tickets;
        this.recording = recording;
        this.equipment = equipment;
        this.pages = pages;
        this.rebinding = rebinding;
        this.dates = dates;
        this.messages = messages;
        this.clock = clock;
    }

    @GetMapping("/petugas/tiket/{id}/kerja")
    String page(@PathVariable UUID id, CurrentUser user, Model model) {
        access.requireSee(user, new TicketId(id), "WORKLOG_VIEW");
        model.addAttribute("entryForm", EntryForm.empty(now()));
        return page(id, user, model, null, null);
    }

    @PostMapping("/petugas/tiket/{id}/kerja")
    String record(@PathVariable UUID id, @Valid @ModelAttribute("entryForm") EntryForm posted, BindingResult bound, CurrentUser user,
                  Model model, HttpServletRequest request, HttpServletResponse response, RedirectAttributes redirect, Locale locale) {
        var ticket = new TicketId(id);
        access.requireWork(user, ticket, "WORKLOG_RECORD");
        BindingResult binding = rebinding.rebind(EntryForm.class, bound, request, model, "worklog.form.typeMismatch");
        var f = (EntryForm) binding.getTarget();
        var entry = entry(f);
        // the rules beside the form's own checks, once per field; recording checks them again
        problems(binding, WorkEntryRules.check(entry, clock.instant(), equipment.byId()));
        if (!binding.hasErrors()) {
            try {
                recording.record(user, ticket, entry);
                redirect.addFlashAttribute("flash", messages.getMessage("worklog.entry.recorded", null, locale));
                return "redirect:/petugas/tiket/" + id + "/kerja";
            } catch (WorkEntryRefused refused) {
                problems(binding, refused.problems());
            }
        }
        response.setStatus(HttpStatus.BAD_REQUEST.value());
        return page(id, user, model, null, null);
    }

    @PostMapping("/petugas/tiket/{id}/kerja/{entryId}/batal")
    String cancel(@PathVariable UUID id, @PathVariable UUID entryId, @Valid @ModelAttribute("cancelForm") CancelForm form,
                  BindingResult binding, CurrentUser user, Model model, HttpServletResponse response, RedirectAttributes redirect,
                  Locale locale) {
        var ticket = new TicketId(id);
        access.requireWork(user, ticket, "WORKLOG_CANCEL");
        String error = null;
        if (binding.hasErrors()) {
            error = messages.getMessage(binding.getFieldError("reason"), locale);
        } else {
            try {
                recording.cancel(user, ticket, new WorkEntryId(entryId), form.reason());
                redirect.addFlashAttribute("flash", messages.getMessage("worklog.entry.cancelled", null, locale));
                return "redirect:/petugas/tiket/" + id + "/kerja";
            } catch (WorkEntryRefused refused) {
                error = messages.getMessage(refused.problems().getFirst().code(), null, locale);
            }
        }
        response.setStatus(HttpStatus.BAD_REQUEST.value());
        model.addAttribute("entryForm", EntryForm.empty(now()));
        return page(id, user, model, entryId, error);
    }

    /** A step URL opened by GET (a reload, a copied address) goes to the log; nothing changes. */
    @GetMapping("/petugas/tiket/{id}/kerja/{entryId}/batal")
    String cancelByGet(@PathVariable UUID id, @PathVariable UUID entryId) {
        return "redirect:/petugas/tiket/" + id + "/kerja";
    }

    private String page(UUID id, CurrentUser user, Model model, UUID cancelEntry, String cancelError) {
        var facts = tickets.facts(new TicketId(id)).orElseThrow(() -> new TicketWorkAccess.NotVisible(new TicketId(id)));
        model.addAttribute("ticketNumber", facts.number());
        model.addAttribute("ticketSubject", facts.subject());
        model.addAttribute("section", pages.section(id, user));
        model.addAttribute("items", equipment.active());
        model.addAttribute("cancelEntry", cancelEntry);
        model.addAttribute("cancelError", cancelError);
        return "worklog/page";
    }

    private NewEntry entry(EntryForm f) {
        List<NewEntry.NewUse> uses = new ArrayList<>();
        for (int i = 0; i < f.uses().size(); i++) {
            UseForm use = f.uses().get(i);
            if (use == null || use.blank()) {
                continue;
            }
            uses.add(new NewEntry.NewUse(i, use.itemId() == null ? null : new EquipmentItemId(use.itemId()), use.quantity(),
                    WorkEntryRules.serialLines(use.serialNumbers()), use.replacedItem()));
        }
        var doneAt = f.doneAt() == null ? null : f.doneAt().atZone(dates.zone()).toInstant();
        return new NewEntry(f.description(), doneAt, f.totalMinutes(), uses);
    }

    private static void problems(BindingResult binding, List<WorkEntryRules.Problem> problems) {
        for (var p : problems) {
            if (p.field() == null) {
                binding.reject(p.code());
            } else if (!binding.hasFieldErrors(p.field())) {
                binding.rejectValue(p.field(), p.code());
            }
        }
    }

    private LocalDateTime now() {
        return LocalDateTime.ofInstant(clock.instant(), dates.zone()).truncatedTo(ChronoUnit.MINUTES);
    }
}
