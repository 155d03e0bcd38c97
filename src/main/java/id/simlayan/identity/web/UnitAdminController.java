package id.simlayan.identity.web;

import id.simlayan.identity.CurrentUser;
import id.simlayan.identity.internal.DecisionRefused;
import id.simlayan.identity.internal.UnitAdministration;
import id.simlayan.identity.internal.UnitAdministration.UnitRow;
import id.simlayan.identity.web.UnitForms.NewUnitForm;
import id.simlayan.identity.web.UnitForms.UnitNameForm;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** {@code /admin/unit}: administrators create, rename, arrange and deactivate units. */
@Controller
@PreAuthorize("hasRole('ADMIN')")
class UnitAdminController {

    private final UnitAdministration units;
    private final MessageSource messages;

    UnitAdminController(UnitAdministration units, MessageSource messages) {
        this.units = units;
        this.messages = messages;
    }

    @GetMapping("/admin/unit")
    String list(Model model) {
        model.addAttribute("form", NewUnitForm.empty());
        return page(model);
    }

    @PostMapping("/admin/unit")
    String create(@Valid @ModelAttribute("form") NewUnitForm form, BindingResult binding, CurrentUser admin, Model model,
                  HttpServletResponse response, RedirectAttributes redirect, Locale locale) {
        if (binding.hasErrors()) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            return page(model);
        }
        try {
            units.create(form.code(), form.name(), form.parentId(), admin.id());
        } catch (DecisionRefused refused) {
            binding.rejectValue(refused.code().endsWith("parent") ? "parentId" : "code", refused.code());
            response.setStatus(refused.code().endsWith("duplicateCode") ? HttpStatus.CONFLICT.value() : HttpStatus.BAD_REQUEST.value());
            return page(model);
        }
        return done("admin.units.created", redirect, locale);
    }

    @PostMapping("/admin/unit/{id}/nama")
    String rename(@PathVariable UUID id, @Valid UnitNameForm form, BindingResult binding, CurrentUser admin, Model model,
                  HttpServletResponse response, RedirectAttributes redirect, Locale locale) {
        if (binding.hasErrors()) {
            return refused(messages.getMessage(binding.getAllErrors().getFirst(), locale), HttpStatus.BAD_REQUEST, model, response);
        }
        return change(() -> units.rename(id, form.version(), form.name(), admin.id()), "admin.units.renamed", model, response, redirect, locale);
    }

    @PostMapping("/admin/unit/{id}/induk")
    String changeParent(@PathVariable UUID id, @RequestParam long version, @RequestParam(required = false) UUID parentId,
                        CurrentUser admin, Model model, HttpServletResponse response, RedirectAttributes redirect, Locale locale) {
        return change(() -> units.changeParent(id, version, parentId, admin.id()), "admin.units.moved", model, response, redirect, locale);
    }

    @PostMapping("/admin/unit/{id}/status")
    String changeActive(@PathVariable UUID id, @RequestParam long version, @RequestParam boolean active, CurrentUser admin, Model model,
                        HttpServletResponse response, RedirectAttributes redirect, Locale locale) {
        return change(() -> units.changeActive(id, version, active, admin.id()),
                active ? "admin.units.activated" : "admin.units.deactivated", model, response, redirect, locale);
    }

    private String change(Runnable change, String done, Model model, HttpServletResponse response, RedirectAttributes redirect,
                          Locale locale) {
        try {
            change.run();
        } catch (DecisionRefused refused) {
            return refused(messages.getMessage(refused.code(), null, locale),
                    UnitAdministration.STALE.equals(refused.code()) ? HttpStatus.CONFLICT : HttpStatus.BAD_REQUEST, model, response);
        }
        return done(done, redirect, locale);
    }

    /** The list again, as it is now, with the reason the change was refused. */
    private String refused(String message, HttpStatus status, Model model, HttpServletResponse response) {
        response.setStatus(status.value());
        model.addAttribute("flashError", message);
        model.addAttribute("form", NewUnitForm.empty());
        return page(model);
    }

    private String done(String message, RedirectAttributes redirect, Locale locale) {
        redirect.addFlashAttribute("flash", messages.getMessage(message, null, locale));
        return "redirect:/admin/unit";
    }

    private String page(Model model) {
        var all = units.all();
        Map<UUID, UnitRow> byId = all.stream().collect(Collectors.toMap(UnitRow::id, Function.identity()));
        model.addAttribute("units", all);
        model.addAttribute("byId", byId);
        model.addAttribute("activeUnits", all.stream().filter(UnitRow::active).toList());
        return "identity/admin/units";
    }
}
