package id.simlayan.ticket.web;

import id.simlayan.identity.CurrentUser;
import id.simlayan.platform.LiveUpdates;
import id.simlayan.storage.RejectedFileException;
import id.simlayan.ticket.TicketId;
import id.simlayan.ticket.internal.RequesterActions;
import id.simlayan.ticket.internal.TicketQueries;
import id.simlayan.ticket.web.Forms.MessageForm;
import id.simlayan.ticket.web.Forms.TextForm;
import id.simlayan.ticket.web.Forms.VersionForm;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** {@code /lacak}: the requester follows their own tickets and answers, replies, confirms or reopens. */
@Controller
class TrackingController {

    private final TicketQueries queries;
    private final TicketPages pages;
    private final RequesterActions actions;
    private final LiveUpdates live;
    private final MessageSource messages;
    private final TicketSteps steps;

    TrackingController(TicketQueries queries, TicketPages pages, RequesterActions actions, LiveUpdates live, MessageSource messages,
                       TicketSteps steps) {
        this.queries = queries;
        this.pages = pages;
        this.actions = actions;
        this.live = live;
        this.messages = messages;
        this.steps = steps;
    }

    /** Signed in: the own tickets; a visitor: the form of tracking by access code ({@link AccessCodeController}). */
    @GetMapping("/lacak")
    String myTickets(Optional<CurrentUser> user, Model model) {
        if (user.isEmpty()) {
            return "forward:/lacak/kode";
        }
        model.addAttribute("tickets", queries.myTickets(user.get()));
        return "ticket/my-tickets";
    }

    /** The page; with {@code HX-Request} only its live part (the fragment htmx swaps on a live refresh). */
    @GetMapping("/lacak/{id}")
    String ticket(@PathVariable UUID id, CurrentUser user, Model model,
                  @RequestHeader(name = "HX-Request", required = false) String htmx) {
        pages.requesterPage(user, new TicketId(id), model);
        return htmx != null ? TicketPages.REQUESTER_VIEW + " :: live" : TicketPages.REQUESTER_VIEW;
    }

    @GetMapping(path = "/lacak/{id}/live", produces = "text/event-stream")
    @ResponseBody
    SseEmitter live(@PathVariable UUID id, CurrentUser user) {
        queries.forRequester(user, new TicketId(id));
        return live.subscribe("ticket:" + id);
    }

    /** A step URL opened by GET (a reload, a copied address): back to the ticket, nothing changes. */
    @GetMapping({"/lacak/{id}/jawab", "/lacak/{id}/balas", "/lacak/{id}/konfirmasi", "/lacak/{id}/buka-kembali"})
    String stepOpenedByGet(@PathVariable UUID id) {
        return "redirect:/lacak/" + id;
    }

    /** The answer to the staff's question, optionally with files (e.g. the missing document). */
    @PostMapping("/lacak/{id}/jawab")
    String answer(@PathVariable UUID id, @Valid @ModelAttribute("answerForm") TextForm form, BindingResult errors,
                  @RequestParam(name = "files", required = false) List<MultipartFile> files, CurrentUser user,
                  Model model, RedirectAttributes redirect, HttpServletResponse response, Locale locale) {
        var step = step(id, user, model, redirect, response, locale);
        try {
            return steps.take(step, errors, "ticket.done.provideInformation",
                    () -> actions.provideInformation(user, new TicketId(id), form.version(), form.text(), Uploads.of(files)));
        } catch (RejectedFileException e) {
            model.addAttribute("answerFilesError", messages.getMessage(e.messageCode(), e.arguments(),
                    messages.getMessage("ticket.error.fileRejected", null, locale), locale));
            return steps.invalid(step);
        }
    }

    @PostMapping("/lacak/{id}/balas")
    String reply(@PathVariable UUID id, @Valid @ModelAttribute("replyForm") MessageForm form, BindingResult errors, CurrentUser user,
                 @RequestParam(name = "files", required = false) List<MultipartFile> files,
                 Model model, RedirectAttributes redirect, HttpServletResponse response, Locale locale) {
        return steps.takeWithFiles(step(id, user, model, redirect, response, locale), errors, "ticket.done.reply", "replyFilesError",
                () -> actions.reply(user, new TicketId(id), form.text(), Uploads.of(files)));
    }

    @PostMapping("/lacak/{id}/konfirmasi")
    String confirm(@PathVariable UUID id, @Valid @ModelAttribute VersionForm form, BindingResult errors, CurrentUser user, Model model, RedirectAttributes redirect,
                   HttpServletResponse response, Locale locale) {
        return steps.take(step(id, user, model, redirect, response, locale), errors, "ticket.done.confirm",
                () -> actions.confirm(user, new TicketId(id), form.version()));
    }

    @PostMapping("/lacak/{id}/buka-kembali")
    String reopen(@PathVariable UUID id, @Valid @ModelAttribute("reopenForm") TextForm form, BindingResult errors, CurrentUser user,
                  Model model, RedirectAttributes redirect, HttpServletResponse response, Locale locale) {
        return steps.take(step(id, user, model, redirect, response, locale), errors, "ticket.done.reopen",
                () -> actions.reopen(user, new TicketId(id), form.version(), form.text()));
    }

    private static TicketSteps.Step step(UUID id, CurrentUser user, Model model, RedirectAttributes redirect, HttpServletResponse response,
                                         Locale locale) {
        return new TicketSteps.Step(TicketSteps.Page.REQUESTER, id, user, model, redirect, response, locale);
    }
}
