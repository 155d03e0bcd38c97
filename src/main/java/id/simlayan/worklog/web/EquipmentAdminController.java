package id.simlayan.worklog.web;

import id.simlayan.identity.CurrentUser;
import id.simlayan.platform.FormRebinding;
import id.simlayan.worklog.EquipmentItemId;
import id.simlayan.worklog.internal.EquipmentItem;
import id.simlayan.worklog.internal.EquipmentList;
import id.simlayan.worklog.internal.EquipmentRefused;
import id.simlayan.worklog.web.WorkLogForms.EquipmentForm;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.util.List;
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
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The equipment list at {@code /admin/peralatan} (ADMIN): list, add, edit, deactivate, reactivate. */
@Controller
@PreAuthorize("hasRole('ADMIN')")
class EquipmentAdminController {

    /** Units of measure offered as suggestions; the field takes any text up to 20 characters. */
    static final List<String> UNITS = List.of("buah", "unit", "meter", "roll", "batang", "set", "pasang", "lembar", "liter", "kg");

    private final EquipmentList equipment;
    private final FormRebinding rebinding;
    private final MessageSource messages;

    EquipmentAdminController(EquipmentList equipment, FormRebinding rebinding, MessageSource messages) {
        this.equipment = equipment;
        this.rebinding = rebinding;
        this.messages = messages;
    }

    @GetMapping("/admin/peralatan")
    String list(Model model) {
        model.addAttribute("items", equipment.all());
        return "worklog/equipment-list";
    }

    @GetMapping("/admin/peralatan/baru")
    String create(Model model) {
        model.addAttribute("form", EquipmentForm.empty());
        return form(model, null);
    }

    @PostMapping("/admin/peralatan")
    String add(@Valid @ModelAttribute("form") EquipmentForm posted, BindingResult bound, CurrentUser admin, Model model,
               HttpServletRequest request, HttpServletResponse response, RedirectAttributes redirect, Locale locale) {
        BindingResult binding = rebinding.rebind(EquipmentForm.class, bound, request, model, "worklog.form.typeMismatch");
        var f = (EquipmentForm) binding.getTarget();
        if (binding.hasErrors()) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            return form(model, null);
        }
        try {
            equipment.add(admin, f.name(), f.unitOfMeasure(), f.note());
        } catch (EquipmentRefused refused) {
            reject(binding, refused);
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            return form(model, null);
        }
        redirect.addFlashAttribute("flash", messages.getMessage("worklog.equipment.added", new Object[] {f.name().strip()}, locale));
        return "redirect:/admin/peralatan";
    }

    @GetMapping("/admin/peralatan/{id}")
    String edit(@PathVariable UUID id, Model model) {
        var item = equipment.get(new EquipmentItemId(id));
        model.addAttribute("form", new EquipmentForm(item.name(), item.unitOfMeasure(), item.note(), item.version()));
        return form(model, item);
    }

    @PostMapping("/admin/peralatan/{id}")
    String change(@PathVariable UUID id, @Valid @ModelAttribute("form") EquipmentForm posted, BindingResult bound, CurrentUser admin,
                  Model model, HttpServletRequest request, HttpServletResponse response, RedirectAttributes redirect, Locale locale) {
        var item = equipment.get(new EquipmentItemId(id));
        BindingResult binding = rebinding.rebind(EquipmentForm.class, bound, request, model, "worklog.form.typeMismatch");
        var f = (EquipmentForm) binding.getTarget();
        if (f.version() == null) {
            binding.reject(EquipmentRefused.STALE);
        }
        if (binding.hasErrors()) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            return form(model, item);
        }
        try {
            equipment.change(admin, item.id(), f.version(), f.name(), f.unitOfMeasure(), f.note());
        } catch (EquipmentRefused refused) {
            reject(binding, refused);
            response.setStatus(refused.field() == null ? HttpStatus.CONFLICT.value() : HttpStatus.BAD_REQUEST.value());
            return form(model, item);
        }
        redirect.addFlashAttribute("flash", messages.getMessage("worklog.equipment.saved", new Object[] {f.name().strip()}, locale));
        return "redirect:/admin/peralatan";
    }

    @PostMapping("/admin/peralatan/{id}/nonaktifkan")
    String deactivate(@PathVariable UUID id, CurrentUser admin, RedirectAttributes redirect, Locale locale) {
        return setActive(id, false, admin, redirect, locale);
    }

    @PostMapping("/admin/peralatan/{id}/aktifkan")
    String reactivate(@PathVariable UUID id, CurrentUser admin, RedirectAttributes redirect, Locale locale) {
        return setActive(id, true, admin, redirect, locale);
    }

    /** A step URL opened by GET (a reload, a copied address) goes to the list; nothing changes. */
    @GetMapping({"/admin/peralatan/{id}/nonaktifkan", "/admin/peralatan/{id}/aktifkan"})
    String stepByGet() {
        return "redirect:/admin/peralatan";
    }

    private String setActive(UUID id, boolean active, CurrentUser admin, RedirectAttributes redirect, Locale locale) {
        var item = equipment.get(new EquipmentItemId(id));
        equipment.setActive(admin, item.id(), active);
        redirect.addFlashAttribute("flash", messages.getMessage(active ? "worklog.equipment.reactivated" : "worklog.equipment.deactivated",
                new Object[] {item.name()}, locale));
        return "redirect:/admin/peralatan";
    }

    private static void reject(BindingResult binding, EquipmentRefused refused) {
        if (refused.field() != null) {
            binding.rejectValue(refused.field(), refused.code());
        } else {
            binding.reject(refused.code());
        }
    }

    private String form(Model model, EquipmentItem item) {
        model.addAttribute("item", item);
        model.addAttribute("units", UNITS);
        return "worklog/equipment-form";
    }
}
