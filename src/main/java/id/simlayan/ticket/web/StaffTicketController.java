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
import id.simlayan.ticket.internal.Verification;
import id.simlayan.ticket.web.Forms.AssignForm;
import id.simlayan.ticket.web.Forms.DisposeForm;
import id.simlayan.ticket.web.Forms.TextForm;
import id.simlayan.ticket.web.Forms.VersionForm;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.util.Locale;
import java.util.UUID;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseBody;
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
    private final MessageSource messages;

    StaffTicketController(TicketPages pages, TicketQueries queries, Verification verification, DispositionHandling dispositions,
                          Assignment assignment, Resolution resolution, LiveUpdates live, MessageSource messages) {
        this.pages = pages;
        this.queries = queries;
        this.verification = verification;
        this.dispositions = dispositions;
        this.assignment = assignment;
        this.resolution = resolution;
        this.live = live;
        this.messages = messages;
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

    @PostMapping("/verifikasi")
    String startVerification(@PathVariable UUID id, @ModelAttribute VersionForm form, CurrentUser user, RedirectAttributes redirect,
                             Locale locale) {
        verification.startVerification(user, new TicketId(id), form.versionOrSkip());
        return done(id, "ticket.done.startVerification", redirect, locale);
    }

    @PostMapping("/terima")
    String accept(@PathVariable UUID id, @ModelAttribute VersionForm form, CurrentUser user, RedirectAttributes redirect, Locale locale) {
        verification.accept(user, new TicketId(id), form.versionOrSkip());
        return done(id, "ticket.done.accept", redirect, locale);
    }

    @PostMapping("/minta-kelengkapan")
    String requestInformation(@PathVariable UUID id, @Valid @ModelAttribute("questionForm") TextForm form, BindingResult errors,
                              CurrentUser user, Model model, RedirectAttributes redirect, HttpServletResponse response, Locale locale) {
        if (errors.hasErrors()) {
            return invalid(user, id, model, response);
        }
        verification.requestInformation(user, new TicketId(id), form.versionOrSkip(), form.text());
        return done(id, "ticket.done.requestInformation", redirect, locale);
    }

    @PostMapping("/tolak")
    String reject(@PathVariable UUID id, @Valid @ModelAttribute("rejectForm") TextForm form, BindingResult errors, CurrentUser user,
                  Model model, RedirectAttributes redirect, HttpServletResponse response, Locale locale) {
        if (errors.hasErrors()) {
            return invalid(user, id, model, response);
        }
        verification.reject(user, new TicketId(id), form.versionOrSkip(), form.text());
        return done(id, "ticket.done.reject", redirect, locale);
    }

    @PostMapping("/disposisi")
    String dispose(@PathVariable UUID id, @Valid @ModelAttribute("disposeForm") DisposeForm form, BindingResult errors, CurrentUser user,
                   Model model, RedirectAttributes redirect, HttpServletResponse response, Locale locale) {
        if (errors.hasErrors()) {
            return invalid(user, id, model, response);
        }
        dispositions.dispose(user, new TicketId(id), form.versionOrSkip(), new UnitId(form.unitId()), form.instruction());
        return done(id, "ticket.done.dispose", redirect, locale);
    }

    @PostMapping("/disposisi/terima")
    String acceptDisposition(@PathVariable UUID id, @ModelAttribute VersionForm form, CurrentUser user, RedirectAttributes redirect,
                             Locale locale) {
        dispositions.acceptDisposition(user, new TicketId(id), form.versionOrSkip());
        return done(id, "ticket.done.acceptDisposition", redirect, locale);
    }

    @PostMapping("/disposisi/kembalikan")
    String returnDisposition(@PathVariable UUID id, @Valid @ModelAttribute("returnForm") TextForm form, BindingResult errors,
                             CurrentUser user, Model model, RedirectAttributes redirect, HttpServletResponse response, Locale locale) {
        if (errors.hasErrors()) {
            return invalid(user, id, model, response);
        }
        dispositions.returnDisposition(user, new TicketId(id), form.versionOrSkip(), form.text());
        return done(id, "ticket.done.returnDisposition", redirect, locale);
    }

    @PostMapping("/tugaskan")
    String assign(@PathVariable UUID id, @Valid @ModelAttribute("assignForm") AssignForm form, BindingResult errors, CurrentUser user,
                  Model model, RedirectAttributes redirect, HttpServletResponse response, Locale locale) {
        if (errors.hasErrors()) {
            return invalid(user, id, model, response);
        }
        assignment.assign(user, new TicketId(id), form.versionOrSkip(), new UserId(form.technicianId()));
        return done(id, "ticket.done.assign", redirect, locale);
    }

    @PostMapping("/balas")
    String reply(@PathVariable UUID id, @Valid @ModelAttribute("replyForm") TextForm form, BindingResult errors, CurrentUser user,
                 Model model, RedirectAttributes redirect, HttpServletResponse response, Locale locale) {
        if (errors.hasErrors()) {
            return invalid(user, id, model, response);
        }
        resolution.reply(user, new TicketId(id), form.text(), true);
        return done(id, "ticket.done.reply", redirect, locale);
    }

    @PostMapping("/catatan")
    String note(@PathVariable UUID id, @Valid @ModelAttribute("noteForm") TextForm form, BindingResult errors, CurrentUser user,
                Model model, RedirectAttributes redirect, HttpServletResponse response, Locale locale) {
        if (errors.hasErrors()) {
            return invalid(user, id, model, response);
        }
        resolution.reply(user, new TicketId(id), form.text(), false);
        return done(id, "ticket.done.note", redirect, locale);
    }

    @PostMapping("/selesaikan")
    String resolve(@PathVariable UUID id, @Valid @ModelAttribute("resolveForm") TextForm form, BindingResult errors, CurrentUser user,
                   Model model, RedirectAttributes redirect, HttpServletResponse response, Locale locale) {
        if (errors.hasErrors()) {
            return invalid(user, id, model, response);
        }
        resolution.resolve(user, new TicketId(id), form.versionOrSkip(), form.text());
        return done(id, "ticket.done.resolve", redirect, locale);
    }

    private String invalid(CurrentUser user, UUID id, Model model, HttpServletResponse response) {
        pages.staffPage(user, new TicketId(id), model);
        response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
        return TicketPages.STAFF_VIEW;
    }

    private String done(UUID id, String code, RedirectAttributes redirect, Locale locale) {
        redirect.addFlashAttribute("flash", messages.getMessage(code, null, locale));
        return "redirect:/petugas/tiket/" + id;
    }
}
