package id.simlayan.ticket.web;

import id.simlayan.catalog.CategoryId;
import id.simlayan.catalog.ServiceCatalog;
import id.simlayan.catalog.ServiceOfferingView;
import id.simlayan.identity.ContactRefused;
import id.simlayan.identity.CurrentUser;
import id.simlayan.identity.Directory;
import id.simlayan.standard.FormAnswersRefused;
import id.simlayan.standard.FormCheck;
import id.simlayan.standard.FormInput;
import id.simlayan.standard.RequestForm;
import id.simlayan.standard.RequestForms;
import id.simlayan.storage.FileUpload;
import id.simlayan.storage.RejectedFileException;
import id.simlayan.ticket.internal.IntakeChannel;
import id.simlayan.ticket.internal.StaffIntake;
import id.simlayan.ticket.internal.TicketAccessDenied;
import id.simlayan.ticket.internal.TicketIntake;
import id.simlayan.ticket.internal.TicketNotFound;
import id.simlayan.ticket.internal.TicketRuleViolation;
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
 * {@code /petugas/tiket/baru}: a front-desk agent (or a SUPERVISOR/ADMIN of the front desk) logs a
 * ticket for someone who came in, phoned or wrote: the channel and its reference, who asked, the
 * ticket's text, the service's request form (the same fragment and reading as
 * {@link SubmissionController}) and files such as the scanned letter. Every problem is shown at
 * once (400) and nothing is saved; after saving, the receipt with the access code is shown once on
 * {@code /petugas/tiket/baru/tercatat}.
 */
@Controller
class StaffIntakeController {

    static final String FORM_VIEW = "ticket/staff-intake";
    private static final String DONE = "/petugas/tiket/baru/tercatat";

    private final ServiceCatalog catalog;
    private final TicketIntake intake;
    private final StaffIntake staffIntake;
    private final RequestForms requestForms;
    private final Directory directory;
    private final MessageSource messages;

    StaffIntakeController(ServiceCatalog catalog, TicketIntake intake, StaffIntake staffIntake, RequestForms requestForms, Directory directory,
                          MessageSource messages) {
        this.catalog = catalog;
        this.intake = intake;
        this.staffIntake = staffIntake;
        this.requestForms = requestForms;
        this.directory = directory;
        this.messages = messages;
    }

    @GetMapping("/petugas/tiket/baru")
    String chooseService(CurrentUser user, Model model) {
        requireMayLog(user);
        model.addAttribute("services", catalog.activeOfferings());
        return "ticket/staff-intake-choose";
    }

    @GetMapping("/petugas/tiket/baru/{serviceCode}")
    String form(@PathVariable String serviceCode, CurrentUser user, Model model) {
        requireMayLog(user);
        var service = service(serviceCode);
        model.addAttribute("form", StaffIntakeForm.empty());
        var requestForm = intake.currentForm(service);
        addPage(model, service, RequestFormState.fresh(requestForm));
        return FORM_VIEW;
    }

    /** The receipt of the ticket just logged, once (a flash attribute); a reload goes back to the choice of service. */
    @GetMapping(DONE)
    String done(CurrentUser user, Model model) {
        requireMayLog(user);
        if (!model.containsAttribute(AccessCodeReceipt.FLASH)) {
            return "redirect:/petugas/tiket/baru";
        }
        return "ticket/staff-intake-done";
    }

    @PostMapping("/petugas/tiket/baru/{serviceCode}")
    String log(@PathVariable String serviceCode, @Valid @ModelAttribute("form") StaffIntakeForm form, BindingResult errors,
               @RequestParam(name = "files", required = false) List<MultipartFile> files,
               @RequestParam(name = "formVersion", required = false) String formVersion, HttpServletRequest request, CurrentUser user,
               Model model, RedirectAttributes redirect, HttpServletResponse response, Locale locale) {
        requireMayLog(user);
        var service = service(serviceCode);
        var current = intake.currentForm(service);
        var posted = RequestFormPost.of(current, request);
        List<FileUpload> uploads = Uploads.of(files);
        var submission = new TicketIntake.Submission(serviceCode, form.categoryChosen(), form.subject(), form.description(), uploads,
                current.versionId(), posted.input(), posted.documents());
        model.addAttribute("filesAgain", !uploads.isEmpty() || !posted.documents().isEmpty());
        if (!sameVersion(current, formVersion)) {
            model.addAttribute("formChanged", messages.getMessage("ticket.error.formVersionChanged", null, locale));
            return again(model, service, current, posted.input(), Map.of(), response, locale);
        }
        // a posted value that is no channel, unit or category (a tampered form) is reported at its field
        if (posted(form.channel()) && form.channelChosen() == null) {
            reject(errors, "channel", "ticket.staffIntake.error.channel");
        }
        if (posted(form.unitId()) && form.unitChosen() == null) {
            reject(errors, "unitId", "ticket.staffIntake.error.unit");
        }
        if (posted(form.categoryId()) && form.categoryChosen() == null) {
            reject(errors, "categoryId", "ticket.error.categoryNotOfService");
        } else if (form.categoryChosen() == null && !service.categories().isEmpty()) {
            reject(errors, "categoryId", "ticket.form.choose");
        } else if (form.categoryChosen() != null && service.category(new CategoryId(form.categoryChosen())).isEmpty()) {
            reject(errors, "categoryId", "ticket.error.categoryNotOfService");
        }
        if (service.evidenceRequired() && uploads.isEmpty()) {
            model.addAttribute("filesError", messages.getMessage("ticket.error.evidenceRequired", null, locale));
        }
        staffIntake.problems(service, form.channelChosen(), form.externalReference(), form.requester())
                .forEach((field, code) -> reject(errors, field, code));
        Map<String, FormCheck.Problem> problems = current.versionId() == null ? Map.of()
                : requestForms.check(current, submission.formInput()).problems();
        if (errors.hasErrors() || model.containsAttribute("filesError") || !problems.isEmpty()) {
            return again(model, service, current, posted.input(), problems, response, locale);
        }
        try {
            var logged = staffIntake.log(user, form.channelChosen(), form.externalReference(), form.requester(), submission);
            redirect.addFlashAttribute("flash", messages.getMessage(logged.newContact() ? "ticket.staffIntake.done.newContact"
                    : "ticket.staffIntake.done.matched", new Object[] {logged.number()}, locale));
            redirect.addFlashAttribute(AccessCodeReceipt.FLASH, AccessCodeReceipt.of(logged.number(), logged.accessCode(), logged.at()));
            if (staffIntake.mayOpen(user, logged.id())) {
                redirect.addFlashAttribute("loggedTicketId", logged.id().value());
            }
            return "redirect:" + DONE;
        } catch (FormAnswersRefused e) {
            return again(model, service, current, posted.input(), e.problems(), response, locale);
        } catch (ContactRefused e) {
            e.problems().forEach((field, code) -> reject(errors, StaffIntake.fieldOf(field), code));
        } catch (RejectedFileException e) {
            model.addAttribute("filesError", messages.getMessage(e.messageCode(), e.arguments(),
                    messages.getMessage("ticket.error.fileRejected", null, locale), locale));
        } catch (TicketRuleViolation e) {
            switch (e.messageCode()) {
                case "ticket.error.formVersionChanged" -> {
                    model.addAttribute("formChanged", messages.getMessage(e.messageCode(), null, locale));
                    return again(model, service, intake.currentForm(service), posted.input(), Map.of(), response, locale);
                }
                case "ticket.error.categoryNotOfService" -> errors.rejectValue("categoryId", e.messageCode());
                case "ticket.error.subjectRequired" -> errors.rejectValue("subject", e.messageCode());
                case "ticket.error.descriptionRequired" -> errors.rejectValue("description", e.messageCode());
                case "ticket.staffIntake.error.requesterConflict" -> errors.rejectValue("email", e.messageCode());
                case "ticket.error.audience.ASN", "ticket.error.audience.OPD" -> reject(errors, "unitId", StaffIntake.audienceCode(service.audience()));
                case "ticket.error.evidenceRequired", "ticket.error.storageUnavailable" ->
                        model.addAttribute("filesError", messages.getMessage(e.messageCode(), e.arguments(), locale));
                default -> errors.reject(e.messageCode(), e.arguments(), e.messageCode());
            }
        }
        return again(model, service, current, posted.input(), Map.of(), response, locale);
    }

    private static boolean posted(String value) {
        return value != null && !value.isBlank();
    }

    private static void reject(BindingResult errors, String field, String code) {
        if (!errors.hasFieldErrors(field)) {
            errors.rejectValue(field, code);
        }
    }

    /** The page again with every problem and what was typed; files must be chosen again; 400. */
    private String again(Model model, ServiceOfferingView service, RequestForm form, FormInput typed, Map<String, FormCheck.Problem> problems,
                         HttpServletResponse response, Locale locale) {
        addPage(model, service, RequestFormState.again(form, typed, problems, Boolean.TRUE.equals(model.getAttribute("filesAgain")), messages, locale));
        response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
        return FORM_VIEW;
    }

    private void addPage(Model model, ServiceOfferingView service, RequestFormState requestForm) {
        model.addAttribute("service", service);
        model.addAttribute("requestForm", requestForm);
        model.addAttribute("channels", IntakeChannel.values());
        model.addAttribute("units", directory.units());
    }

    private void requireMayLog(CurrentUser user) {
        if (!staffIntake.mayLog(user)) {
            throw new TicketAccessDenied("staffIntake");
        }
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
