package id.simlayan.ticket.web;

import id.simlayan.identity.CurrentUser;
import id.simlayan.ticket.TicketId;
import id.simlayan.ticket.internal.StepInput;
import id.simlayan.ticket.internal.StepInputRefused;
import id.simlayan.ticket.internal.WorkflowEngine;
import id.simlayan.storage.RejectedFileException;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * {@code POST /petugas/tiket/{id}/langkah/{stepKey}}: a step of the ticket's workflow, from the
 * "Langkah berikutnya" panel. What the step requires is checked by the engine; a missing input
 * is a 400 with its message and nothing saved, a step not offered now a 409, a step of
 * someone else a 403.
 */
@Controller
@RequestMapping("/petugas/tiket/{id}/langkah/{stepKey}")
class WorkflowStepController {

    /** Every input a step may need; the step's requirements say which ones count. */
    record StepForm(@Size(max = Forms.MAX_TEXT, message = "{ticket.form.tooLong}") String reason,
                    @Size(max = Forms.MAX_TEXT, message = "{ticket.form.tooLong}") String publicText,
                    UUID targetUnit, UUID assignee, UUID category,
                    @Size(max = 200, message = "{ticket.form.tooLong}") String externalReference,
                    @Size(max = Forms.MAX_TEXT, message = "{ticket.form.tooLong}") String exemptionGround,
                    @Size(max = Forms.MAX_TEXT, message = "{ticket.form.tooLong}") String equipmentList,
                    @NotNull(message = "{ticket.form.versionMissing}") Long version) implements Forms.Versioned {

        StepInput input() {
            return new StepInput(reason, publicText, targetUnit, assignee, category, externalReference, exemptionGround, equipmentList);
        }
    }

    private final WorkflowEngine engine;
    private final TicketSteps steps;
    private final MessageSource messages;

    WorkflowStepController(WorkflowEngine engine, TicketSteps steps, MessageSource messages) {
        this.engine = engine;
        this.steps = steps;
        this.messages = messages;
    }

    @GetMapping
    String openedByGet(@PathVariable UUID id) {
        return "redirect:/petugas/tiket/" + id;
    }

    @PostMapping
    String take(@PathVariable UUID id, @PathVariable String stepKey, @Valid @ModelAttribute("stepForm") StepForm form, BindingResult errors,
                @RequestParam(name = "files", required = false) List<MultipartFile> files, CurrentUser user, Model model, RedirectAttributes redirect, HttpServletResponse response, Locale locale) {
        var step = new TicketSteps.Step(TicketSteps.Page.STAFF, id, user, model, redirect, response, locale);
        if (errors.hasErrors()) {
            var first = errors.getAllErrors().getFirst();
            model.addAttribute("actionError", messages.getMessage(first, locale));
            model.addAttribute("stepError", stepKey);
            return steps.invalid(step);
        }
        try {
            engine.take(user, new TicketId(id), form.version(), stepKey, form.input(), Uploads.of(files));
        } catch (StepInputRefused e) {
            model.addAttribute("actionError", messages.getMessage(e.messageCode(), e.arguments(), e.messageCode(), locale));
            model.addAttribute("stepError", stepKey);
            return steps.invalid(step);
        } catch (RejectedFileException e) {
            model.addAttribute("actionError", messages.getMessage(e.messageCode(), e.arguments(),
                    messages.getMessage("ticket.error.fileRejected", null, locale), locale));
            model.addAttribute("stepError", stepKey);
            return steps.invalid(step);
        }
        return steps.done(step, "ticket.done.step");
    }
}
