package id.simlayan.ticket.web;

import id.simlayan.catalog.CategoryId;
import id.simlayan.catalog.ServiceCatalog;
import id.simlayan.catalog.ServiceOfferingView;
import id.simlayan.identity.CurrentUser;
import id.simlayan.standard.FormAnswersRefused;
import id.simlayan.standard.FormCheck;
import id.simlayan.standard.FormInput;
import id.simlayan.standard.RequestForm;
import id.simlayan.standard.RequestForms;
import id.simlayan.storage.FileUpload;
import id.simlayan.storage.RejectedFileException;
import id.simlayan.ticket.internal.TicketIntake;
import id.simlayan.ticket.internal.TicketNotFound;
import id.simlayan.ticket.internal.TicketRuleViolation;
import id.simlayan.ticket.web.Forms.SubmissionForm;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * {@code /tiket/baru}: choose a service, then fill in its form (subject, description, the request
 * form of the service's current standard version, files). All problems are shown at once; the
 * intake checks the same rules again, so nothing depends on this page.
 */
@Controller
class SubmissionController {

    private final ServiceCatalog catalog;
    private final TicketIntake intake;
    private final RequestForms requestForms;
    private final MessageSource messages;

    SubmissionController(ServiceCatalog catalog, TicketIntake intake, RequestForms requestForms, MessageSource messages) {
        this.catalog = catalog;
        this.intake = intake;
        this.requestForms = requestForms;
        this.messages = messages;
    }

    @GetMapping("/tiket/baru")
    String chooseService(Model model) {
        model.addAttribute("services", catalog.activeOfferings());
        return "ticket/choose-service";
    }

    @GetMapping("/tiket/baru/{serviceCode}")
    String form(@PathVariable String serviceCode, CurrentUser user, Model model) {
        var service = service(serviceCode);
        model.addAttribute("service", service);
        model.addAttribute("audienceRefused", !intake.mayRequest(user, service));
        model.addAttribute("form", SubmissionForm.empty());
        var requestForm = intake.currentForm(service);
        model.addAttribute("requestForm", RequestFormState.fresh(requestForm));
        return "ticket/submit";
    }

    @PostMapping("/tiket/baru/{serviceCode}")
    String submit(@PathVariable String serviceCode, @Valid @ModelAttribute("form") SubmissionForm form, BindingResult errors,
                  @RequestParam(name = "files", required = false) List<MultipartFile> files,
                  @RequestParam(name = "formVersion", required = false) String formVersion, HttpServletRequest request, CurrentUser user,
                  Model model, RedirectAttributes redirect, HttpServletResponse response, Locale locale) {
        var service = service(serviceCode);
        model.addAttribute("service", service);
        model.addAttribute("audienceRefused", !intake.mayRequest(user, service));
        var current = intake.currentForm(service);
        var posted = RequestFormPost.of(current, request);
        List<FileUpload> uploads = Uploads.of(files);
        var submission = new TicketIntake.Submission(serviceCode, form.categoryId(), form.subject(), form.description(), uploads,
                current.versionId(), posted.input(), posted.documents());
        // a browser never sends chosen files again, so the page says to choose them again
        model.addAttribute("filesAgain", !uploads.isEmpty() || !posted.documents().isEmpty());
        if (!sameVersion(current, formVersion)) {
            return formChanged(model, current, posted.input(), response, locale);
        }
        if (form.categoryId() == null && !service.categories().isEmpty() && !errors.hasFieldErrors("categoryId")) {
            errors.rejectValue("categoryId", "ticket.form.choose");
        } else if (form.categoryId() != null && service.category(new CategoryId(form.categoryId())).isEmpty()) {
            errors.rejectValue("categoryId", "ticket.error.categoryNotOfService");
        }
        if (service.evidenceRequired() && uploads.isEmpty()) {
            model.addAttribute("filesError", messages.getMessage("ticket.error.evidenceRequired", null, locale));
        }
        Map<String, FormCheck.Problem> problems = current.versionId() == null ? Map.of()
                : requestForms.check(current, submission.formInput()).problems();
        if (errors.hasErrors() || model.containsAttribute("filesError") || !problems.isEmpty()) {
            return again(model, current, posted.input(), problems, response, locale);
        }
        try {
            var submitted = intake.submit(user, submission);
            redirect.addFlashAttribute("flash", messages.getMessage("ticket.submit.done", new Object[] {submitted.number()}, locale));
            redirect.addFlashAttribute(AccessCodeReceipt.FLASH, AccessCodeReceipt.of(submitted.number(), submitted.accessCode(), submitted.submittedAt()));
            return "redirect:/lacak/" + submitted.id();
        } catch (FormAnswersRefused e) {
            return again(model, current, posted.input(), e.problems(), response, locale);
        } catch (RejectedFileException e) {
            model.addAttribute("filesError", messages.getMessage(e.messageCode(), e.arguments(),
                    messages.getMessage("ticket.error.fileRejected", null, locale), locale));
        } catch (TicketRuleViolation e) {
            switch (e.messageCode()) {
                case "ticket.error.formVersionChanged" -> {
                    return formChanged(model, intake.currentForm(service), posted.input(), response, locale);
                }
                case "ticket.error.categoryNotOfService" -> errors.rejectValue("categoryId", e.messageCode());
                case "ticket.error.subjectRequired" -> errors.rejectValue("subject", e.messageCode());
                case "ticket.error.descriptionRequired" -> errors.rejectValue("description", e.messageCode());
                case "ticket.error.evidenceRequired", "ticket.error.storageUnavailable" ->
                        model.addAttribute("filesError", messages.getMessage(e.messageCode(), e.arguments(), locale));
                default -> errors.reject(e.messageCode(), e.arguments(), e.messageCode());
            }
        }
        return again(model, current, posted.input(), Map.of(), response, locale);
    }

    /** The page again with every problem, what was typed and a reminder that files must be chosen again; 400. */
    private String again(Model model, RequestForm form, FormInput typed, Map<String, FormCheck.Problem> problems, HttpServletResponse response,
                         Locale locale) {
        model.addAttribute("requestForm", RequestFormState.again(form, typed, problems, Boolean.TRUE.equals(model.getAttribute("filesAgain")),
                messages, locale));
        response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
        return "ticket/submit";
    }

    /** The requester filled in a form that has since been replaced by a new version: the new one, with what still fits re-filled. */
    private String formChanged(Model model, RequestForm current, FormInput typed, HttpServletResponse response, Locale locale) {
        model.addAttribute("formChanged", messages.getMessage("ticket.error.formVersionChanged", null, locale));
        return again(model, current, typed, Map.of(), response, locale);
    }

    private static boolean sameVersion(RequestForm current, String posted) {
        String shown = posted == null || posted.isBlank() ? null : posted.strip();
        return current.versionId() == null ? shown == null : current.versionId().value().toString().equals(shown);
    }

    private ServiceOfferingView service(String code) {
        return catalog.findByCode(code).filter(s -> catalog.activeOfferings().stream().anyMatch(a -> a.id().equals(s.id())))
                .orElseThrow(() -> new TicketNotFound("service"));
    }
}
