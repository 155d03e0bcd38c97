package id.simlayan.ticket.web;

import id.simlayan.identity.CurrentUser;
import id.simlayan.identity.Directory;
import id.simlayan.ticket.TicketId;
import id.simlayan.ticket.internal.ReplyTemplates;
import id.simlayan.ticket.internal.ReplyTemplates.Draft;
import id.simlayan.ticket.internal.ReplyTemplates.Placeholders;
import id.simlayan.ticket.internal.TicketNotFound;
import id.simlayan.ticket.internal.TicketQueries;
import id.simlayan.ticket.web.HelpDeskForms.ReplyTemplateForm;
import id.simlayan.ticket.web.HelpDeskForms.UseTemplateForm;
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
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * {@code /petugas/template-balasan}: front-desk agents and admins keep the canned replies;
 * {@code /petugas/tiket/{id}/template-balasan} puts one into the reply field of a ticket page
 * (a plain GET form; htmx swaps only the reply field).
 */
@Controller
class ReplyTemplateController {

    static final String LIST_VIEW = "ticket/reply-templates";
    static final String FORM_VIEW = "ticket/reply-template-form";
    private static final String LIST_PATH = "/petugas/template-balasan";

    private final ReplyTemplates templates;
    private final Directory directory;
    private final TicketPages pages;
    private final TicketQueries queries;
    private final MessageSource messages;

    ReplyTemplateController(ReplyTemplates templates, Directory directory, TicketPages pages, TicketQueries queries,
                            MessageSource messages) {
        this.templates = templates;
        this.directory = directory;
        this.pages = pages;
        this.queries = queries;
        this.messages = messages;
    }

    @GetMapping(LIST_PATH)
    String list(CurrentUser user, Model model) {
        model.addAttribute("templates", templates.all(user));
        return LIST_VIEW;
    }

    @GetMapping(LIST_PATH + "/baru")
    String newForm(CurrentUser user, Model model) {
        templates.checkMayManage(user, "REPLY_TEMPLATE_CREATE");
        return form(model, null, ReplyTemplateForm.empty());
    }

    @PostMapping(LIST_PATH)
    String create(@Valid @ModelAttribute("form") ReplyTemplateForm form, BindingResult errors, CurrentUser user, Model model,
                  HttpServletResponse response, RedirectAttributes redirect, Locale locale) {
        if (errors.hasErrors()) {
            templates.checkMayManage(user, "REPLY_TEMPLATE_CREATE");
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            return form(model, null, form);
        }
        templates.create(user, new Draft(form.title(), form.body(), form.unitId()));
        return done(redirect, "ticket.template.done.created", locale);
    }

    @GetMapping(LIST_PATH + "/{id}")
    String editForm(@PathVariable UUID id, CurrentUser user, Model model) {
        var t = templates.get(user, id);
        return form(model, id, new ReplyTemplateForm(t.title(), t.body(), t.unitId(), t.version()));
    }

    @PostMapping(LIST_PATH + "/{id}")
    String update(@PathVariable UUID id, @Valid @ModelAttribute("form") ReplyTemplateForm form, BindingResult errors, CurrentUser user,
                  Model model, HttpServletResponse response, RedirectAttributes redirect, Locale locale) {
        var current = templates.get(user, id);
        if (errors.hasErrors() || form.version() == null) {
            if (form.version() == null && !errors.hasErrors()) {
                errors.reject("ticket.error.stale");
            }
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            return form(model, id, form);
        }
        templates.update(user, current.id(), form.version(), new Draft(form.title(), form.body(), form.unitId()));
        return done(redirect, "ticket.template.done.updated", locale);
    }

    @PostMapping(LIST_PATH + "/{id}/nonaktifkan")
    String deactivate(@PathVariable UUID id, CurrentUser user, RedirectAttributes redirect, Locale locale) {
        templates.setActive(user, id, false);
        return done(redirect, "ticket.template.done.deactivated", locale);
    }

    @PostMapping(LIST_PATH + "/{id}/aktifkan")
    String activate(@PathVariable UUID id, CurrentUser user, RedirectAttributes redirect, Locale locale) {
        templates.setActive(user, id, true);
        return done(redirect, "ticket.template.done.activated", locale);
    }

    /** The ticket page with the chosen template's text in the public reply field (placeholders filled). */
    @GetMapping("/petugas/tiket/{id}/template-balasan")
    String use(@PathVariable UUID id, @Valid @ModelAttribute("useTemplateForm") UseTemplateForm form, BindingResult errors, CurrentUser user,
               Model model, HttpServletResponse response, Locale locale) {
        var ticketId = new TicketId(id);
        var details = queries.forStaff(user, ticketId);
        String error = errors.hasErrors() ? "ticket.template.error.choose" : null;
        if (error == null) {
            var values = new Placeholders(details.number(), details.requester() == null ? null : details.requester().fullName(),
                    details.serviceName());
            try {
                model.addAttribute("replyForm", new Forms.TextForm(templates.textFor(user, form.templateId(), values), null));
            } catch (TicketNotFound gone) {
                // deactivated since the page was shown, or never offered to this person
                error = "ticket.template.error.unavailable";
            }
        }
        if (error != null) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            model.addAttribute("templateError", messages.getMessage(error, null, locale));
        }
        pages.staffPage(user, ticketId, model);
        return TicketPages.STAFF_VIEW;
    }

    private String form(Model model, UUID id, ReplyTemplateForm form) {
        model.addAttribute("form", form);
        model.addAttribute("templateId", id);
        model.addAttribute("units", directory.units());
        return FORM_VIEW;
    }

    private String done(RedirectAttributes redirect, String code, Locale locale) {
        redirect.addFlashAttribute("flash", messages.getMessage(code, null, locale));
        return "redirect:" + LIST_PATH;
    }
}
