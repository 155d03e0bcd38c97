package id.simlayan.ticket.web;

import id.simlayan.catalog.CategoryId;
import id.simlayan.catalog.ServiceCatalog;
import id.simlayan.catalog.ServiceOfferingView;
import id.simlayan.identity.CurrentUser;
import id.simlayan.storage.FileUpload;
import id.simlayan.storage.RejectedFileException;
import id.simlayan.ticket.internal.TicketIntake;
import id.simlayan.ticket.internal.TicketNotFound;
import id.simlayan.ticket.internal.TicketRuleViolation;
import id.simlayan.ticket.web.Forms.SubmissionForm;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.util.List;
import java.util.Locale;
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

/** {@code /tiket/baru}: choose a service, then fill in its form with files. */
@Controller
class SubmissionController {

    private final ServiceCatalog catalog;
    private final TicketIntake intake;
    private final MessageSource messages;

    SubmissionController(ServiceCatalog catalog, TicketIntake intake, MessageSource messages) {
        this.catalog = catalog;
        this.intake = intake;
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
        return "ticket/submit";
    }

    @PostMapping("/tiket/baru/{serviceCode}")
    String submit(@PathVariable String serviceCode, @Valid @ModelAttribute("form") SubmissionForm form, BindingResult errors,
                  @RequestParam(name = "files", required = false) List<MultipartFile> files, CurrentUser user, Model model,
                  RedirectAttributes redirect, HttpServletResponse response, Locale locale) {
        var service = service(serviceCode);
        model.addAttribute("service", service);
        model.addAttribute("audienceRefused", !intake.mayRequest(user, service));
        List<FileUpload> uploads = Uploads.of(files);
        if (form.categoryId() == null && !service.categories().isEmpty() && !errors.hasFieldErrors("categoryId")) {
            errors.rejectValue("categoryId", "ticket.form.choose");
        } else if (form.categoryId() != null && service.category(new CategoryId(form.categoryId())).isEmpty()) {
            errors.rejectValue("categoryId", "ticket.error.categoryNotOfService");
        }
        if (service.evidenceRequired() && uploads.isEmpty()) {
            model.addAttribute("filesError", messages.getMessage("ticket.error.evidenceRequired", null, locale));
        }
        if (errors.hasErrors() || model.containsAttribute("filesError")) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            return "ticket/submit";
        }
        try {
            var submitted = intake.submit(user,
                    new TicketIntake.Submission(serviceCode, form.categoryId(), form.subject(), form.description(), uploads));
            redirect.addFlashAttribute("flash", messages.getMessage("ticket.submit.done", new Object[] {submitted.number()}, locale));
            redirect.addFlashAttribute(AccessCodeReceipt.FLASH, AccessCodeReceipt.of(submitted.number(), submitted.accessCode(), submitted.submittedAt()));
            return "redirect:/lacak/" + submitted.id();
        } catch (RejectedFileException e) {
            model.addAttribute("filesError", messages.getMessage(e.messageCode(), e.arguments(),
                    messages.getMessage("ticket.error.fileRejected", null, locale), locale));
        } catch (TicketRuleViolation e) {
            switch (e.messageCode()) {
                case "ticket.error.categoryNotOfService" -> errors.rejectValue("categoryId", e.messageCode());
                case "ticket.error.subjectRequired" -> errors.rejectValue("subject", e.messageCode());
                case "ticket.error.descriptionRequired" -> errors.rejectValue("description", e.messageCode());
                case "ticket.error.evidenceRequired", "ticket.error.storageUnavailable" ->
                        model.addAttribute("filesError", messages.getMessage(e.messageCode(), e.arguments(), locale));
                default -> errors.reject(e.messageCode(), e.arguments(), e.messageCode());
            }
        }
        response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
        return "ticket/submit";
    }

    private ServiceOfferingView service(String code) {
        return catalog.findByCode(code).filter(s -> catalog.activeOfferings().stream().anyMatch(a -> a.id().equals(s.id())))
                .orElseThrow(() -> new TicketNotFound("service"));
    }
}
