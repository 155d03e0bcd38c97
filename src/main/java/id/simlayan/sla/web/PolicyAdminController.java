package id.simlayan.sla.web;

import id.simlayan.calendar.ClockMode;
import id.simlayan.calendar.Target;
import id.simlayan.calendar.TargetUnit;
import id.simlayan.catalog.CategoryId;
import id.simlayan.catalog.ServiceCatalog;
import id.simlayan.catalog.ServiceOfferingId;
import id.simlayan.catalog.ServiceOfferingView;
import id.simlayan.identity.CurrentUser;
import id.simlayan.platform.FormRebinding;
import id.simlayan.sla.internal.PolicyAdministration;
import id.simlayan.sla.internal.PolicyStore;
import id.simlayan.sla.internal.SlaPolicy;
import id.simlayan.ticket.TicketPriority;
import id.simlayan.ticket.TicketStatus;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.springframework.context.MessageSource;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.OptimisticLockingFailureException;
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

/** {@code /admin/sla}: SLA policies for administrators. */
@Controller
@PreAuthorize("hasRole('ADMIN')")
class PolicyAdminController {

    /** Statuses an admin may choose to pause the clocks (MENUNGGU_PEMOHON always pauses). */
    static final List<TicketStatus> PAUSABLE = List.of(TicketStatus.MENUNGGU_PEMOHON, TicketStatus.VERIFIKASI);

    private final PolicyStore store;
    private final PolicyAdministration administration;
    private final ServiceCatalog catalog;
    private final MessageSource messages;
    private final FormRebinding rebinding;

    PolicyAdminController(PolicyStore store, PolicyAdministration administration, ServiceCatalog catalog, MessageSource messages,
                          FormRebinding rebinding) {
        this.messages = messages;
        this.rebinding = rebinding;
        this.store = store;
        this.administration = administration;
        this.catalog = catalog;
    }

    @GetMapping("/admin/sla")
    String list(Model model) {
        var services = services();
        Map<UUID, String> serviceNames = new HashMap<>();
        Map<UUID, String> categoryNames = new HashMap<>();
        services.forEach(s -> {
            serviceNames.put(s.id().value(), s.name());
            s.categories().forEach(c -> categoryNames.put(c.id().value(), c.name()));
        });
        model.addAttribute("policies", store.all());
        model.addAttribute("serviceNames", serviceNames);
        model.addAttribute("categoryNames", categoryNames);
        return "sla/policies";
    }

    @GetMapping("/admin/sla/baru")
    String create(Model model) {
        model.addAttribute("form", PolicyForm.empty());
        return form(model);
    }

    @GetMapping("/admin/sla/{id}")
    String edit(@PathVariable UUID id, Model model) {
        var policy = store.find(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        model.addAttribute("form", PolicyForm.of(policy));
        return form(model);
    }

    @PostMapping("/admin/sla")
    String save(@Valid @ModelAttribute("form") PolicyForm posted, BindingResult bound, CurrentUser admin, Model model,
                HttpServletRequest request, HttpServletResponse response, RedirectAttributes redirect, Locale locale) {
        BindingResult binding = rebinding.rebind(PolicyForm.class, bound, request, model, "sla.validation.typeMismatch");
        SlaPolicy policy = check((PolicyForm) binding.getTarget(), binding);
        if (policy == null) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            return form(model);
        }
        try {
            administration.save(policy, admin.id());
        } catch (DuplicateKeyException e) {
            binding.reject("sla.admin.conflict");
            response.setStatus(HttpStatus.CONFLICT.value());
            return form(model);
        } catch (OptimisticLockingFailureException e) {
            binding.reject("sla.admin.stale");
            response.setStatus(HttpStatus.CONFLICT.value());
            return form(model);
        }
        redirect.addFlashAttribute("flash", messages.getMessage("sla.admin.saved", null, locale));
        return "redirect:/admin/sla";
    }

    /** The policy the form describes, or null with the problems in {@code binding} (field checks come from Bean Validation). */
    private SlaPolicy check(PolicyForm f, BindingResult binding) {
        ServiceOfferingView service = f.serviceId() == null ? null : catalog.find(new ServiceOfferingId(f.serviceId())).orElse(null);
        if (service == null && f.serviceId() != null) {
            binding.rejectValue("serviceId", "sla.validation.service");
        } else if (service != null && f.categoryId() != null && service.category(new CategoryId(f.categoryId())).isEmpty()) {
            binding.rejectValue("categoryId", "sla.validation.category");
        }
        Target resolution = target(f.resolutionAmount(), f.resolutionUnit(), f.resolutionMode(), true, "resolution", binding);
        Target response = target(f.responseAmount(), f.responseUnit(), f.responseMode(), false, "response", binding);
        Target extension = target(f.extensionAmount(), f.extensionUnit(), ClockMode.BUSINESS, false, "extension", binding);
        Target handoff = target(f.handoffAmount(), f.handoffUnit(), f.handoffMode(), false, "handoff", binding);
        Set<TicketStatus> pauses = EnumSet.of(TicketStatus.MENUNGGU_PEMOHON);
        if (f.pauseStatuses() != null) {
            f.pauseStatuses().stream().filter(PAUSABLE::contains).forEach(pauses::add);
        }
        if (binding.hasErrors()) {
            return null;
        }
        return new SlaPolicy(f.id(), service.id(), f.categoryId() == null ? null : new CategoryId(f.categoryId()), f.priority(),
                f.name().strip(), response, resolution, extension, handoff, f.startEvent(), pauses, f.warningPercent(),
                Boolean.TRUE.equals(f.escalate()), Boolean.TRUE.equals(f.active()), f.version() == null ? 0 : f.version());
    }

    /** Amount, unit and mode as a target; the amount's range is checked by Bean Validation, its errors are not repeated. */
    private static Target target(Integer amount, TargetUnit unit, ClockMode mode, boolean required, String field, BindingResult binding) {
        if (binding.hasFieldErrors(field + "Amount") || binding.hasFieldErrors(field + "Unit") || binding.hasFieldErrors(field + "Mode")) {
            return null;
        }
        if (amount == null && unit == null) {
            if (required) {
                binding.rejectValue(field + "Amount", "sla.validation." + field);
            }
            return null;
        }
        if (amount == null) {
            binding.rejectValue(field + "Amount", required ? "sla.validation.amount" : "sla.validation.response");
            return null;
        }
        if (unit == null) {
            binding.rejectValue(field + "Unit", "sla.validation.unit");
            return null;
        }
        if (mode == null) {
            binding.rejectValue(field + "Mode", "sla.validation.mode");
            return null;
        }
        if (unit == TargetUnit.WORKING_DAYS && mode == ClockMode.CALENDAR) {
            binding.rejectValue(field + "Mode", "sla.validation.workingDaysCalendar");
            return null;
        }
        try {
            return new Target(amount, unit, mode, null);
        } catch (IllegalArgumentException | ArithmeticException e) {
            binding.rejectValue(field + "Amount", "sla.validation.tooLong");
            return null;
        }
    }

    private String form(Model model) {
        model.addAttribute("services", services());
        model.addAttribute("priorities", TicketPriority.values());
        model.addAttribute("units", TargetUnit.values());
        model.addAttribute("modes", ClockMode.values());
        model.addAttribute("startEvents", SlaPolicy.StartEvent.values());
        model.addAttribute("pausable", PAUSABLE);
        return "sla/policy-form";
    }

    private List<ServiceOfferingView> services() {
        return catalog.activeOfferings();
    }
}
