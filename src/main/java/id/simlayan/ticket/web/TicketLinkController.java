package id.simlayan.ticket.web;

import id.simlayan.identity.CurrentUser;
import id.simlayan.ticket.TicketId;
import id.simlayan.ticket.internal.TicketLinks;
import id.simlayan.ticket.web.HelpDeskForms.LinkForm;
import id.simlayan.ticket.web.HelpDeskForms.MergeForm;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.util.Locale;
import java.util.UUID;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** {@code /petugas/tiket/{id}/terkait}, {@code /gabungkan}: front-desk agents link related tickets and merge duplicates. */
@Controller
@RequestMapping("/petugas/tiket/{id}")
class TicketLinkController {

    /** The merge note is stored and sent to the requester: written in Indonesian, like the notices staff type. */
    private static final Locale NOTE_LANGUAGE = Locale.forLanguageTag("id");

    private final TicketLinks links;
    private final TicketSteps steps;
    private final MessageSource messages;

    TicketLinkController(TicketLinks links, TicketSteps steps, MessageSource messages) {
        this.links = links;
        this.steps = steps;
        this.messages = messages;
    }

    @PostMapping("/terkait")
    String link(@PathVariable UUID id, @Valid @ModelAttribute("linkForm") LinkForm form, BindingResult errors, CurrentUser user, Model model,
                RedirectAttributes redirect, HttpServletResponse response, Locale locale) {
        return steps.take(step(id, user, model, redirect, response, locale), errors, "ticket.link.done.linked",
                () -> links.link(user, new TicketId(id), form.number()));
    }

    @PostMapping("/terkait/{otherId}/hapus")
    String unlink(@PathVariable UUID id, @PathVariable UUID otherId, CurrentUser user, Model model, RedirectAttributes redirect,
                  HttpServletResponse response, Locale locale) {
        return steps.take(step(id, user, model, redirect, response, locale), null, "ticket.link.done.unlinked",
                () -> links.unlink(user, new TicketId(id), new TicketId(otherId)));
    }

    @PostMapping("/gabungkan")
    String merge(@PathVariable UUID id, @Valid @ModelAttribute("mergeForm") MergeForm form, BindingResult errors, CurrentUser user,
                 Model model, RedirectAttributes redirect, HttpServletResponse response, Locale locale) {
        return steps.take(step(id, user, model, redirect, response, locale), errors, "ticket.link.done.merged", () -> {
            String number = TicketLinks.normalizeNumber(form.number());
            links.merge(user, new TicketId(id), form.version(), number,
                    messages.getMessage("ticket.link.mergeNote", new Object[] {number}, NOTE_LANGUAGE));
        });
    }

    private static TicketSteps.Step step(UUID id, CurrentUser user, Model model, RedirectAttributes redirect, HttpServletResponse response,
                                         Locale locale) {
        return new TicketSteps.Step(TicketSteps.Page.STAFF, id, user, model, redirect, response, locale);
    }
}
