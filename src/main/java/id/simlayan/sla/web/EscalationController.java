package id.simlayan.sla.web;

import id.simlayan.identity.CurrentUser;
import id.simlayan.identity.Role;
import id.simlayan.sla.internal.Escalations;
import id.simlayan.sla.internal.ManualEscalations;
import id.simlayan.ticket.TicketId;
import id.simlayan.ticket.TicketWorkAccess;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.util.Locale;
import java.util.UUID;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * {@code /petugas/eskalasi}: escalated and breached open tickets of the supervisor's units.
 * {@code POST /petugas/sla/{ticketId}/eskalasi}: manual escalation with a reason by whoever may
 * work the ticket (404 for staff who may not see it, 403 for those who see but may not work it,
 * 400 without a reason, 409 when already escalated or closed; the form comes back with the message).
 */
@Controller
class EscalationController {

    private final Escalations escalations;
    private final ManualEscalations manual;
    private final MessageSource messages;

    EscalationController(Escalations escalations, ManualEscalations manual, MessageSource messages) {
        this.escalations = escalations;
        this.manual = manual;
        this.messages = messages;
    }

    @PostMapping("/petugas/sla/{ticketId}/eskalasi")
    String escalate(@PathVariable UUID ticketId, @Valid @ModelAttribute("escalation") EscalationForm form, BindingResult errors, CurrentUser user,
                    Model model, HttpServletResponse response, RedirectAttributes redirect, Locale locale) {
        var id = new TicketId(ticketId);
        try {
            // who may not work it learns nothing more from a blank reason
            manual.requireAllowed(user, id);
            if (errors.hasErrors()) {
                return again(model, response, HttpStatus.BAD_REQUEST, "sla.escalation.reasonRequired", id);
            }
            manual.escalate(user, id, form.reason());
        } catch (TicketWorkAccess.NotVisible e) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        } catch (TicketWorkAccess.NotAllowed e) {
            throw new ResponseStatusException(HttpStatus.FORBIDDEN);
        } catch (ManualEscalations.Refused e) {
            return again(model, response, e.conflict() ? HttpStatus.CONFLICT : HttpStatus.BAD_REQUEST, e.messageKey(), id);
        }
        redirect.addFlashAttribute("flash", messages.getMessage("sla.escalation.done", null, locale));
        return "redirect:/petugas/tiket/" + ticketId;
    }

    private static String again(Model model, HttpServletResponse response, HttpStatus status, String errorKey, TicketId id) {
        response.setStatus(status.value());
        model.addAttribute("ticketId", id.value());
        model.addAttribute("error", errorKey);
        return "sla/escalation";
    }

    @GetMapping("/petugas/eskalasi")
    @PreAuthorize("hasRole('SUPERVISOR')")
    String list(CurrentUser user, Model model) {
        model.addAttribute("rows", escalations.forUnits(user.unitsWhere(Role.SUPERVISOR)));
        return "sla/escalations";
    }
}
