package id.simlayan.worklog.web;

import id.simlayan.identity.CurrentUser;
import id.simlayan.storage.FileUpload;
import id.simlayan.storage.RejectedFileException;
import id.simlayan.storage.StoredFileResponses;
import id.simlayan.ticket.TicketHistory;
import id.simlayan.ticket.TicketId;
import id.simlayan.ticket.TicketWorkAccess;
import id.simlayan.worklog.internal.HandoverRefused;
import id.simlayan.worklog.internal.HandoverReportId;
import id.simlayan.worklog.internal.HandoverReporting;
import id.simlayan.worklog.internal.HandoverReporting.Part;
import id.simlayan.worklog.web.HandoverForms.SignForm;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.springframework.context.MessageSource;
import org.springframework.core.io.Resource;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The handover report (berita acara) of a ticket: staff generate it and upload a signed scan
 * under {@code /petugas/tiket/{id}/berita-acara}; the requester downloads and confirms it under
 * {@code /lacak/{id}/berita-acara}. Access is decided by {@link HandoverReporting} (404 for a
 * ticket or file the user may not see, 403 for staff who see but may not work the ticket).
 * Plain POST-redirect-GET back to the ticket page; a refused step is this module's handover page
 * with status 400 and the message.
 */
@Controller
class HandoverController {

    private final HandoverReporting reporting;
    private final TicketWorkAccess access;
    private final TicketHistory tickets;
    private final MessageSource messages;

    HandoverController(HandoverReporting reporting, TicketWorkAccess access, TicketHistory tickets, MessageSource messages) {
        this.reporting = reporting;
        this.access = access;
        this.tickets = tickets;
        this.messages = messages;
    }

    // --- staff ---------------------------------------------------------------------------

    @GetMapping("/petugas/tiket/{id}/berita-acara")
    String staffPage(@PathVariable UUID id, CurrentUser user, Model model) {
        access.requireSee(user, new TicketId(id), "HANDOVER_VIEW");
        return page(id, "staff", model);
    }

    @PostMapping("/petugas/tiket/{id}/berita-acara")
    String generate(@PathVariable UUID id, CurrentUser user, Model model, HttpServletResponse response, RedirectAttributes redirect,
                    Locale locale) {
        try {
            var reportId = reporting.generate(user, new TicketId(id), locale);
            var report = reporting.reportsForStaff(user, new TicketId(id)).stream().filter(r -> r.id().equals(reportId)).findFirst().orElseThrow();
            redirect.addFlashAttribute("flash", messages.getMessage("worklog.handover.generated",
                    new Object[] {report.number(), report.version()}, locale));
            return "redirect:/petugas/tiket/" + id + "#berita-acara";
        } catch (HandoverRefused refused) {
            return refusedPage(id, "staff", Map.of("global", messages.getMessage(refused.code(), null, locale)), model, response);
        }
    }

    @PostMapping("/petugas/tiket/{id}/berita-acara/{reportId}/pindaian")
    String uploadScan(@PathVariable UUID id, @PathVariable UUID reportId, @RequestParam(name = "file", required = false) MultipartFile file,
                      CurrentUser user, Model model, HttpServletResponse response, RedirectAttributes redirect, Locale locale) {
        var ticket = new TicketId(id);
        access.requireWork(user, ticket, "HANDOVER_SCAN");
        if (file == null || file.isEmpty()) {
            return refusedPage(id, "staff", Map.of("file", messages.getMessage("worklog.handover.error.scanMissing", null, locale)),
                    model, response);
        }
        try {
            reporting.confirmByScan(user, ticket, new HandoverReportId(reportId), FileUpload.from(file));
            redirect.addFlashAttribute("flash", messages.getMessage("worklog.handover.scanned", null, locale));
            return "redirect:/petugas/tiket/" + id + "#berita-acara";
        } catch (HandoverRefused refused) {
            return refusedPage(id, "staff", Map.of(refused.field() == null ? "global" : refused.field(),
                    messages.getMessage(refused.code(), null, locale)), model, response);
        } catch (RejectedFileException rejected) {
            return refusedPage(id, "staff", Map.of("file", messages.getMessage(rejected.messageCode(), rejected.arguments(),
                    messages.getMessage("worklog.handover.error.file", null, locale), locale)), model, response);
        }
    }

    @GetMapping("/petugas/tiket/{id}/berita-acara/{reportId}/dokumen")
    ResponseEntity<Resource> staffReport(@PathVariable UUID id, @PathVariable UUID reportId, CurrentUser user) {
        return send(reporting.downloadForStaff(user, new TicketId(id), new HandoverReportId(reportId), Part.REPORT));
    }

    @GetMapping("/petugas/tiket/{id}/berita-acara/{reportId}/pindaian")
    ResponseEntity<Resource> staffScan(@PathVariable UUID id, @PathVariable UUID reportId, CurrentUser user) {
        return send(reporting.downloadForStaff(user, new TicketId(id), new HandoverReportId(reportId), Part.SCAN));
    }

    // --- the requester (the reporting OPD) -------------------------------------------------

    @GetMapping("/lacak/{id}/berita-acara")
    String requesterPage(@PathVariable UUID id, CurrentUser user, Model model) {
        reporting.requireRequester(user, new TicketId(id), "HANDOVER_VIEW");
        model.addAttribute("handoverForm", HandoverForms.SignForm.empty());
        return page(id, "requester", model);
    }

    @PostMapping("/lacak/{id}/berita-acara/{reportId}/konfirmasi")
    String confirm(@PathVariable UUID id, @PathVariable UUID reportId, @Valid @ModelAttribute("handoverForm") SignForm form,
                   BindingResult binding, CurrentUser user, Model model, HttpServletResponse response, RedirectAttributes redirect,
                   Locale locale) {
        var ticket = new TicketId(id);
        // someone else's ticket is not found, whatever was posted
        reporting.requireRequester(user, ticket, "HANDOVER_CONFIRM");
        Map<String, String> errors = new LinkedHashMap<>();
        binding.getFieldErrors().forEach(e -> errors.putIfAbsent(e.getField(), messages.getMessage(e, locale)));
        // every problem at once: the NIP's structure also when the name is missing
        if (!errors.containsKey("nip")) {
            HandoverReporting.nipProblem(form.nip()).ifPresent(code -> errors.put("nip", messages.getMessage(code, null, locale)));
        }
        if (errors.isEmpty()) {
            try {
                reporting.confirmBySigner(user, ticket, new HandoverReportId(reportId), form.name(), form.nip());
                redirect.addFlashAttribute("flash", messages.getMessage("worklog.handover.confirmed", null, locale));
                return "redirect:/lacak/" + id;
            } catch (HandoverRefused refused) {
                errors.put(refused.field() == null ? "global" : refused.field(), messages.getMessage(refused.code(), null, locale));
            }
        }
        return refusedPage(id, "requester", errors, model, response);
    }

    @GetMapping("/lacak/{id}/berita-acara/{reportId}/dokumen")
    ResponseEntity<Resource> requesterReport(@PathVariable UUID id, @PathVariable UUID reportId, CurrentUser user) {
        return send(reporting.downloadForRequester(user, new TicketId(id), new HandoverReportId(reportId), Part.REPORT));
    }

    @GetMapping("/lacak/{id}/berita-acara/{reportId}/pindaian")
    ResponseEntity<Resource> requesterScan(@PathVariable UUID id, @PathVariable UUID reportId, CurrentUser user) {
        return send(reporting.downloadForRequester(user, new TicketId(id), new HandoverReportId(reportId), Part.SCAN));
    }

    /** A step URL opened by GET (a reload, a copied address): back to the page, nothing changes. */
    @GetMapping("/lacak/{id}/berita-acara/{reportId}/konfirmasi")
    String confirmByGet(@PathVariable UUID id) {
        return "redirect:/lacak/" + id + "/berita-acara";
    }

    // --- helpers -------------------------------------------------------------------------

    private String refusedPage(UUID id, String mode, Map<String, String> errors, Model model, HttpServletResponse response) {
        response.setStatus(HttpStatus.BAD_REQUEST.value());
        model.addAttribute("handoverErrors", errors);
        return page(id, mode, model);
    }

    private String page(UUID id, String mode, Model model) {
        var facts = tickets.facts(new TicketId(id)).orElseThrow(() -> new TicketWorkAccess.NotVisible(new TicketId(id)));
        model.addAttribute("ticketId", id);
        model.addAttribute("ticketNumber", facts.number());
        model.addAttribute("ticketSubject", facts.subject());
        model.addAttribute("mode", mode);
        return "worklog/handover-page";
    }

    private static ResponseEntity<Resource> send(HandoverReporting.Download download) {
        return StoredFileResponses.attachment(download.file(), download.content());
    }
}
