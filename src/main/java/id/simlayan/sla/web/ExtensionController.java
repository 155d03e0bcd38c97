package id.simlayan.sla.web;

import id.simlayan.identity.CurrentUser;
import id.simlayan.platform.DateDisplay;
import id.simlayan.sla.internal.DeadlineExtensions;
import id.simlayan.ticket.TicketId;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.util.Locale;
import java.util.UUID;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * {@code POST /petugas/sla/{ticketId}/perpanjangan}: grants the extension of a ticket's resolution
 * time limit (form on the staff ticket page, "Batas waktu" card). 404 without a clock and for staff
 * who may not see the ticket (as the ticket page), 403 for staff who see it but are not the front
 * desk's AGENTs or the holder unit's UNIT_ADMINs/SUPERVISORs, 400 without a
 * reason, 409 when already extended or otherwise unavailable (the form page is re-rendered with
 * the message); success redirects to the staff ticket page with a flash message.
 */
@Controller
class ExtensionController {

    private final DeadlineExtensions extensions;
    private final MessageSource messages;
    private final DateDisplay dates;

    ExtensionController(DeadlineExtensions extensions, MessageSource messages, DateDisplay dates) {
        this.extensions = extensions;
        this.messages = messages;
        this.dates = dates;
    }

    @PostMapping("/petugas/sla/{ticketId}/perpanjangan")
    String grant(@PathVariable UUID ticketId, @Valid @ModelAttribute("form") ExtensionForm form, BindingResult errors, CurrentUser user,
                 Model model, HttpServletResponse response, RedirectAttributes redirect, Locale locale) {
        TicketId id = new TicketId(ticketId);
        try {
            extensions.checkAllowed(id, user);
        } catch (DeadlineExtensions.NotFound e) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        } catch (DeadlineExtensions.Forbidden e) {
            throw new ResponseStatusException(HttpStatus.FORBIDDEN);
        }
        if (errors.hasErrors()) {
            return form(model, response, HttpStatus.BAD_REQUEST, null, id);
        }
        try {
            var granted = extensions.grant(id, user, form.reason());
            redirect.addFlashAttribute("flash", messages.getMessage("sla.extension.done",
                    new Object[] {granted.number(), dates.dateTime(granted.newDue())}, locale));
            return "redirect:/petugas/tiket/" + ticketId;
        } catch (DeadlineExtensions.Unavailable e) {
            return form(model, response, HttpStatus.CONFLICT, e.messageKey(), id);
        } catch (DeadlineExtensions.NotFound e) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        } catch (DeadlineExtensions.Forbidden e) {
            throw new ResponseStatusException(HttpStatus.FORBIDDEN);
        }
    }

    private String form(Model model, HttpServletResponse response, HttpStatus status, String errorKey, TicketId id) {
        response.setStatus(status.value());
        model.addAttribute("ticketId", id.value());
        model.addAttribute("error", errorKey);
        model.addAttribute("offer", extensions.available(id).map(DeadlineExtensions.Offer::target).orElse(null));
        return "sla/extension";
    }
}
