package id.simlayan.ticket.web;

import id.simlayan.identity.CurrentUser;
import id.simlayan.ticket.TicketId;
import id.simlayan.ticket.internal.StepInput;
import id.simlayan.ticket.internal.StepInputRefused;
import id.simlayan.ticket.internal.WorkflowEngine;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
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
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * {@code POST /lacak/{id}/langkah/{stepKey}}: a requester's workflow step that has no form of
 * its own on the tracking page (an objection, a confirmation of a refused request). A missing
 * text is a 400 with its message and nothing saved.
 */
@Controller
@RequestMapping("/lacak/{id}/langkah/{stepKey}")
class RequesterStepController {

    record RequesterStepForm(@Size(max = Forms.MAX_TEXT, message = "{ticket.form.tooLong}") String reason,
                             @Size(max = Forms.MAX_TEXT, message = "{ticket.form.tooLong}") String publicText,
                             @NotNull(message = "{ticket.form.versionMissing}") Long version) implements Forms.Versioned {
    }

    private final WorkflowEngine engine;
    private final TicketSteps steps;
    private final MessageSource messages;

    RequesterStepController(WorkflowEngine engine, TicketSteps steps, MessageSource messages) {
        this.engine = engine;
        this.steps = steps;
        this.messages = messages;
    }

    @GetMapping
    String openedByGet(@PathVariable UUID id) {
        return "redirect:/lacak/" + id;
    }

    @PostMapping
    String take(@PathVariable UUID id, @PathVariable String stepKey, @Valid @ModelAttribute("requesterStepForm") RequesterStepForm form,
                BindingResult errors, CurrentUser user, Model model, RedirectAttributes redirect, HttpServletResponse response, Locale locale) {
        var step = new TicketSteps.Step(TicketSteps.Page.REQUESTER, id, user, model, redirect, response, locale);
        if (errors.hasErrors()) {
            model.addAttribute("actionError", messages.getMessage(errors.getAllErrors().getFirst(), locale));
            return steps.invalid(step);
        }
        try {
            engine.take(user, new TicketId(id), form.version(), stepKey,
                    new StepInput(form.reason(), form.publicText(), null, null, null, null, null, null));
        } catch (StepInputRefused e) {
            model.addAttribute("actionError", messages.getMessage(e.messageCode(), e.arguments(), e.messageCode(), locale));
            return steps.invalid(step);
        }
        return steps.done(step, "ticket.done.step");
    }
}
