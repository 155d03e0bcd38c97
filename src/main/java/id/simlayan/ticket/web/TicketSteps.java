package id.simlayan.ticket.web;

import id.simlayan.identity.CurrentUser;
import id.simlayan.storage.RejectedFileException;
import id.simlayan.ticket.TicketId;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * What every step form on a ticket page does: re-show the page with the field errors (400),
 * or take the step and go back to the page with a success message (POST-redirect-GET).
 * Refused steps ({@code TicketRuleViolation}) are answered by {@link TicketWebAdvice}.
 */
@Component
class TicketSteps {

    /** The two pages a step is taken from. */
    enum Page {
        STAFF("/petugas/tiket/"),
        REQUESTER("/lacak/");

        private final String path;

        Page(String path) {
            this.path = path;
        }
    }

    /** The request a step form arrived with. */
    record Step(Page page, UUID ticketId, CurrentUser user, Model model, RedirectAttributes redirect, HttpServletResponse response,
                Locale locale) {

        TicketId id() {
            return new TicketId(ticketId);
        }
    }

    private final TicketPages pages;
    private final MessageSource messages;

    TicketSteps(TicketPages pages, MessageSource messages) {
        this.pages = pages;
        this.messages = messages;
    }

    /** Takes {@code action} unless the form has errors; {@code doneCode} names the success message. */
    String take(Step step, BindingResult errors, String doneCode, Runnable action) {
        if (errors != null && errors.hasErrors()) {
            versionError(errors).ifPresent(message -> step.model().addAttribute("actionError", message));
            return invalid(step);
        }
        action.run();
        return done(step, doneCode);
    }

    /** The page again with what the user entered and the messages, as 400. */
    String invalid(Step step) {
        step.response().setStatus(HttpServletResponse.SC_BAD_REQUEST);
        if (step.page() == Page.STAFF) {
            pages.staffPage(step.user(), step.id(), step.model());
            return TicketPages.STAFF_VIEW;
        }
        pages.requesterPage(step.user(), step.id(), step.model());
        return TicketPages.REQUESTER_VIEW;
    }

    /**
     * The version is a hidden field, so its error has no place next to a field: it becomes the
     * page's message (a form posted without the version it showed, or with garbage in it).
     */
    private Optional<String> versionError(BindingResult errors) {
        var error = errors.getFieldError(Forms.Versioned.VERSION_FIELD);
        return Optional.ofNullable(error).map(e -> messages.getMessage(e, LocaleContextHolder.getLocale()));
    }

    String done(Step step, String doneCode) {
        step.redirect().addFlashAttribute("flash", messages.getMessage(doneCode, null, step.locale()));
        return "redirect:" + step.page().path + step.ticketId();
    }

    /**
     * Like {@link #take} for a form with files: a file the storage module refuses shows its
     * reason next to the file field ({@code filesErrorAttribute}), as 400; nothing was saved.
     */
    String takeWithFiles(Step step, BindingResult errors, String doneCode, String filesErrorAttribute, Runnable action) {
        try {
            return take(step, errors, doneCode, action);
        } catch (RejectedFileException e) {
            step.model().addAttribute(filesErrorAttribute, messages.getMessage(e.messageCode(), e.arguments(),
                    messages.getMessage("ticket.error.fileRejected", null, step.locale()), step.locale()));
            return invalid(step);
        }
    }
}
