package id.simlayan.ticket.web;

import id.simlayan.identity.CurrentUser;
import id.simlayan.identity.UnitId;
import id.simlayan.identity.UserId;
import id.simlayan.platform.LiveUpdates;
import id.simlayan.ticket.TicketId;
import id.simlayan.ticket.internal.Assignment;
import id.simlayan.ticket.internal.DispositionHandling;
import id.simlayan.ticket.internal.Resolution;
import id.simlayan.ticket.internal.TicketQueries;
import id.simlayan.ticket.internal.Triage;
import id.simlayan.ticket.internal.Verification;
import id.simlayan.ticket.web.Forms.AssignForm;
import id.simlayan.ticket.web.Forms.DisposeForm;
import id.simlayan.ticket.web.Forms.MessageForm;
import id.simlayan.ticket.web.Forms.PriorityForm;
import id.simlayan.ticket.web.Forms.TextForm;
import id.simlayan.ticket.web.Forms.VersionForm;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** {@code /petugas/tiket/{id}}: the full ticket for staff and the steps they may take. */
@Controller
@RequestMapping("/petugas/tiket/{id}")
class StaffTicketController {

    private final TicketPages pages;
    private final TicketQueries queries;
    private final Verification verification;
    private final DispositionHandling dispositions;
    private final Assignment assignment;
    private final Resolution resolution;
    private final LiveUpdates live;
    private final TicketSteps steps;
    private final Triage triage;

    StaffTicketController(TicketPages pages, TicketQueries queries, Verification verification, DispositionHandling dispositions,
                          Assignment assignment, Resolution resolution, LiveUpdates live, TicketSteps steps, Triage triage) {
        this.triage = triage;
        this.pages = pages;
        this.queries = queries;
        this.verification = verification;
        this.dispositions = dispositions;
        this.assignment = assignment;
        this.resolution = resolution;
        this.live = live;
        this.steps = steps;
    }

    /** The page; with {@code HX-Request} only its live part (timeline and status). */
    @GetMapping
    String ticket(@PathVariable UUID id, CurrentUser user, Model model, @RequestHeader(name = "HX-Request", required = false) String htmx) {
        pages.staffPage(user, new TicketId(id), model);
        return htmx != null ? TicketPages.STAFF_VIEW + " :: live" : TicketPages.STAFF_VIEW;
    }

    @GetMapping(path = "/live", produces = "text/event-stream")
    @ResponseBody
    SseEmitter live(@PathVariable UUID id, CurrentUser user) {
        queries.forStaff(user, new TicketId(id));
        return live.subscribe("ticket:" + id);
    }

    /**
     * A step URL opened by GET (a reload or a copied address after a step): back to the ticket,
     * never a raw 405. Nothing changes.
     */
    @GetMapping({"/verifikasi", "/terima", "/minta-kelengkapan", "/tolak", "/disposisi", "/disposisi/terima", "/disposisi/kembalikan",
            "/tugaskan", "/balas", "/catatan", "/selesaikan", "/prioritas"})
    String stepOpenedByGet(@PathVariable UUID id) {
        return "redirect:/petugas/tiket/" + id;
    }

    @PostMapping("/verifikasi")
    String startVerification(@PathVariable UUID id, @Valid @ModelAttribute VersionForm form, BindingResult errors, CurrentUser user, Model model,
                             RedirectAttributes redirect, HttpServletResponse response, Locale locale) {
        return steps.take(step(id, user, model, redirect, response, locale), errors, "ticket.done.startVerification",
                () -> verification.startVerification(user, new TicketId(id), form.version()));
    }

    @PostMapping("/terima")
    String accept(@PathVariable UUID id, @Valid @ModelAttribute VersionForm form, BindingResult errors, CurrentUser user, Model model, RedirectAttributes redirect,
                  HttpServletResponse response, Locale locale) {
        return steps.take(step(id, user, model, redirect, response, locale), errors, "ticket.done.accept",
                () -> verification.accept(user, new TicketId(id), form.version()));
    }

    @PostMapping("/minta-kelengkapan")
    String requestInformation(@PathVariable UUID id, @Valid @ModelAttribute("questionForm") TextForm form, BindingResult errors,
                              CurrentUser user, Model model, RedirectAttributes redirect, HttpServletResponse response, Locale locale) {
        return steps.take(step(id, user, model, redirect, response, locale), errors, "ticket.done.requestInformation",
                () -> verification.requestInformation(user, new TicketId(id), form.version(), form.text()));
    }

    @PostMapping("/tolak")
    String reject(@PathVariable UUID id, @Valid @ModelAttribute("rejectForm") TextForm form, BindingResult errors, CurrentUser user,
                  Model model, RedirectAttributes redirect, HttpServletResponse response, Locale locale) {
        return steps.take(step(id, user, model, redirect, response, locale), errors, "ticket.done.reject",
                () -> verification.reject(user, new TicketId(id), form.version(), form.text()));
    }

    @PostMapping("/disposisi")
    String dispose(@PathVariable UUID id, @Valid @ModelAttribute("disposeForm") DisposeForm form, BindingResult errors, CurrentUser user,
                   Model model, RedirectAttributes redirect, HttpServletResponse response, Locale locale) {
        return steps.take(step(id, user, model, redirect, response, locale), errors, "ticket.done.dispose",
                () -> dispositions.dispose(user, new TicketId(id), form.version(), new UnitId(form.unitId()), form.instruction()));
    }

    @PostMapping("/disposisi/terima")
    String acceptDisposition(@PathVariable UUID id, @Valid @ModelAttribute VersionForm form, BindingResult errors, CurrentUser user, Model model,
                             RedirectAttributes redirect, HttpServletResponse response, Locale locale) {
        return steps.take(step(id, user, model, redirect, response, locale), errors, "ticket.done.acceptDisposition",
                () -> dispositions.acceptDisposition(user, new TicketId(id), form.version()));
    }

    @PostMapping("/disposisi/kembalikan")
    String returnDisposition(@PathVariable UUID id, @Valid @ModelAttribute("returnForm") TextForm form, BindingResult errors,
                             CurrentUser user, Model model, RedirectAttributes redirect, HttpServletResponse response, Locale locale) {
        return steps.take(step(id, user, model, redirect, response, locale), errors, "ticket.done.returnDisposition",
                () -> dispositions.returnDisposition(user, new TicketId(id), form.version(), form.text()));
    }

    @PostMapping("/tugaskan")
    String assign(@PathVariable UUID id, @Valid @ModelAttribute("assignForm") AssignForm form, BindingResult errors, CurrentUser user,
                  Model model, RedirectAttributes redirect, HttpServletResponse response, Locale locale) {
        return steps.take(step(id, user, model, redirect, response, locale), errors, "ticket.done.assign",
                () -> assignment.assign(user, new TicketId(id), form.version(), new UserId(form.technicianId())));
    }

    @PostMapping("/balas")
    String reply(@PathVariable UUID id, @Valid @ModelAttribute("replyForm") MessageForm form, BindingResult errors, CurrentUser user,
                 @RequestParam(name = "files", required = false) List<MultipartFile> files,
                 Model model, RedirectAttributes redirect, HttpServletResponse response, Locale locale) {
        return steps.takeWithFiles(step(id, user, model, redirect, response, locale), errors, "ticket.done.reply", "replyFilesError",
                () -> resolution.reply(user, new TicketId(id), form.text(), true, Uploads.of(files)));
    }

    @PostMapping("/catatan")
    String note(@PathVariable UUID id, @Valid @ModelAttribute("noteForm") MessageForm form, BindingResult errors, CurrentUser user,
                @RequestParam(name = "files", required = false) List<MultipartFile> files,
                Model model, RedirectAttributes redirect, HttpServletResponse response, Locale locale) {
        return steps.takeWithFiles(step(id, user, model, redirect, response, locale), errors, "ticket.done.note", "noteFilesError",
                () -> resolution.reply(user, new TicketId(id), form.text(), false, Uploads.of(files)));
    }

    @PostMapping("/selesaikan")
    String resolve(@PathVariable UUID id, @Valid @ModelAttribute("resolveForm") TextForm form, BindingResult errors, CurrentUser user,
                   @RequestParam(name = "files", required = false) List<MultipartFile> files,
                   Model model, RedirectAttributes redirect, HttpServletResponse response, Locale locale) {
        return steps.takeWithFiles(step(id, user, model, redirect, response, locale), errors, "ticket.done.resolve", "resolveFilesError",
                () -> resolution.resolve(user, new TicketId(id), form.version(), form.text(), Uploads.of(files)));
    }

    @PostMapping("/prioritas")
    String changePriority(@PathVariable UUID id, @Valid @ModelAttribute("priorityForm") PriorityForm form, BindingResult errors,
                          CurrentUser user, Model model, RedirectAttributes redirect, HttpServletResponse response, Locale locale) {
        return steps.take(step(id, user, model, redirect, response, locale), errors, "ticket.done.priority",
                () -> triage.changePriority(user, new TicketId(id), form.version(), form.priority()));
    }

    private static TicketSteps.Step step(UUID id, CurrentUser user, Model model, RedirectAttributes redirect, HttpServletResponse response,
                                         Locale locale) {
        return new TicketSteps.Step(TicketSteps.Page.STAFF, id, user, model, redirect, response, locale);
    }
}
