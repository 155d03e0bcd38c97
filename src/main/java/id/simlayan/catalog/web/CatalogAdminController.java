package id.simlayan.catalog.web;

import id.simlayan.catalog.Audience;
import id.simlayan.catalog.CatalogAdministration;
import id.simlayan.catalog.CatalogAdministration.NewCategory;
import id.simlayan.catalog.CatalogAdministration.NewServiceOffering;
import id.simlayan.catalog.CatalogAdministration.ServiceChanges;
import id.simlayan.catalog.CatalogChangeRefused;
import id.simlayan.catalog.CategoryId;
import id.simlayan.catalog.Channel;
import id.simlayan.catalog.ServiceCatalog;
import id.simlayan.catalog.ServiceOfferingView;
import id.simlayan.catalog.TicketKind;
import id.simlayan.catalog.web.ServiceForms.CategoryForm;
import id.simlayan.catalog.web.ServiceForms.CategoryNameForm;
import id.simlayan.catalog.web.ServiceForms.ServiceForm;
import id.simlayan.identity.CurrentUser;
import id.simlayan.identity.Directory;
import id.simlayan.identity.UnitId;
import id.simlayan.identity.UnitSummary;
import id.simlayan.platform.FormRebinding;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
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
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** {@code /admin/layanan}: the administrators edit the catalog (services and their categories). */
@Controller
@PreAuthorize("hasRole('ADMIN')")
class CatalogAdminController {

    private final CatalogAdministration administration;
    private final ServiceCatalog catalog;
    private final Directory directory;
    private final MessageSource messages;
    private final FormRebinding rebinding;

    CatalogAdminController(CatalogAdministration administration, ServiceCatalog catalog, Directory directory, MessageSource messages,
                           FormRebinding rebinding) {
        this.administration = administration;
        this.catalog = catalog;
        this.directory = directory;
        this.messages = messages;
        this.rebinding = rebinding;
    }

    @GetMapping("/admin/layanan")
    String list(Model model) {
        var services = administration.allOfferings();
        model.addAttribute("services", services);
        // owners by id, deactivated units too (their services keep them until an administrator moves them)
        model.addAttribute("unitNames", services.stream().map(ServiceOfferingView::ownerUnitId).distinct()
                .flatMap(id -> directory.unit(id).stream()).collect(Collectors.toMap(u -> u.id().value(), UnitSummary::name)));
        return "catalog/admin/list";
    }

    @GetMapping("/admin/layanan/baru")
    String create(Model model) {
        model.addAttribute("form", ServiceForm.empty());
        return form(model, null);
    }

    @PostMapping("/admin/layanan")
    String save(@Valid @ModelAttribute("form") ServiceForm posted, BindingResult bound, CurrentUser admin, Model model,
                HttpServletRequest request, HttpServletResponse response, RedirectAttributes redirect, Locale locale) {
        BindingResult binding = rebinding.rebind(ServiceForm.class, bound, request, model, "catalog.admin.validation.typeMismatch");
        var f = (ServiceForm) binding.getTarget();
        checkOwner(f, binding);
        if (binding.hasErrors()) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            return form(model, null);
        }
        try {
            administration.create(new NewServiceOffering(f.code(), f.name().strip(), f.summary().strip(), text(f.description()), f.kind(),
                    new UnitId(f.ownerUnitId()), List.of(), f.audience(), f.nameEn(), f.summaryEn(), f.chosenChannels()), admin.id());
        } catch (CatalogChangeRefused refused) {
            binding.rejectValue("code", refused.code());
            response.setStatus(HttpStatus.CONFLICT.value());
            return form(model, null);
        }
        redirect.addFlashAttribute("flash", messages.getMessage("catalog.admin.created", null, locale));
        return "redirect:/admin/layanan/" + f.code();
    }

    @GetMapping("/admin/layanan/{code}")
    String edit(@PathVariable String code, Model model) {
        var service = service(code);
        model.addAttribute("form", ServiceForm.of(service));
        return form(model, service);
    }

    @PostMapping("/admin/layanan/{code}")
    String update(@PathVariable String code, @Valid @ModelAttribute("form") ServiceForm posted, BindingResult bound, CurrentUser admin,
                  Model model, HttpServletRequest request, HttpServletResponse response, RedirectAttributes redirect, Locale locale) {
        var service = service(code);
        BindingResult binding = rebinding.rebind(ServiceForm.class, bound, request, model, "catalog.admin.validation.typeMismatch");
        var f = (ServiceForm) binding.getTarget();
        checkOwner(f, binding);
        // the code cannot change: what was posted for it does not count
        if (binding.getErrorCount() > binding.getFieldErrorCount("code")) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            return form(model, service);
        }
        if (f.version() == null) {
            binding.reject(CatalogChangeRefused.STALE);
            response.setStatus(HttpStatus.CONFLICT.value());
            return form(model, service);
        }
        try {
            administration.update(service.id(), f.version(), new ServiceChanges(f.name().strip(), f.nameEn(), f.summary().strip(), f.summaryEn(),
                    text(f.description()), f.kind(), new UnitId(f.ownerUnitId()), f.audience(), f.chosenChannels(),
                    // an unticked checkbox sends nothing
                    Boolean.TRUE.equals(f.active())), admin.id());
        } catch (CatalogChangeRefused refused) {
            binding.reject(refused.code());
            response.setStatus(refused.stale() ? HttpStatus.CONFLICT.value() : HttpStatus.BAD_REQUEST.value());
            return form(model, service(code));
        }
        redirect.addFlashAttribute("flash", messages.getMessage("catalog.admin.saved", null, locale));
        return "redirect:/admin/layanan/" + code;
    }

    @PostMapping("/admin/layanan/{code}/kategori")
    String addCategory(@PathVariable String code, @Valid @ModelAttribute("categoryForm") CategoryForm f, BindingResult binding,
                       CurrentUser admin, Model model, HttpServletResponse response, RedirectAttributes redirect, Locale locale) {
        var service = service(code);
        if (binding.hasErrors()) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            model.addAttribute("form", ServiceForm.of(service));
            return form(model, service);
        }
        try {
            administration.addCategory(service.id(), f.version(), new NewCategory(f.code(), f.name()), admin.id());
        } catch (CatalogChangeRefused refused) {
            binding.rejectValue(refused.stale() ? "version" : "code", refused.code());
            return refusedCategory(code, refused, model, response);
        }
        return categoriesChanged(code, "catalog.admin.category.added", redirect, locale);
    }

    @PostMapping("/admin/layanan/{code}/kategori/{categoryId}/nama")
    String renameCategory(@PathVariable String code, @PathVariable UUID categoryId, @Valid CategoryNameForm f, BindingResult binding,
                          CurrentUser admin, Model model, HttpServletResponse response, RedirectAttributes redirect, Locale locale) {
        var service = service(code);
        if (binding.hasErrors()) {
            model.addAttribute("categoryError", messages.getMessage(binding.getAllErrors().getFirst(), locale));
            model.addAttribute("form", ServiceForm.of(service));
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            return form(model, service);
        }
        return category(code, model, response, redirect, locale, "catalog.admin.category.renamed",
                () -> administration.renameCategory(service.id(), f.version(), new CategoryId(categoryId), f.name(), admin.id()));
    }

    @PostMapping("/admin/layanan/{code}/kategori/{categoryId}/pindah")
    String moveCategory(@PathVariable String code, @PathVariable UUID categoryId, @RequestParam long version, @RequestParam int step,
                        CurrentUser admin, Model model, HttpServletResponse response, RedirectAttributes redirect, Locale locale) {
        var service = service(code);
        return category(code, model, response, redirect, locale, "catalog.admin.category.moved",
                () -> administration.moveCategory(service.id(), version, new CategoryId(categoryId), step, admin.id()));
    }

    @PostMapping("/admin/layanan/{code}/kategori/{categoryId}/status")
    String categoryActive(@PathVariable String code, @PathVariable UUID categoryId, @RequestParam long version, @RequestParam boolean active,
                          CurrentUser admin, Model model, HttpServletResponse response, RedirectAttributes redirect, Locale locale) {
        var service = service(code);
        return category(code, model, response, redirect, locale,
                active ? "catalog.admin.category.activated" : "catalog.admin.category.deactivated",
                () -> administration.changeCategoryActive(service.id(), version, new CategoryId(categoryId), active, admin.id()));
    }

    private String category(String code, Model model, HttpServletResponse response, RedirectAttributes redirect, Locale locale,
                            String done, Runnable change) {
        try {
            change.run();
        } catch (CatalogChangeRefused refused) {
            return refusedCategory(code, refused, model, response);
        }
        return categoriesChanged(code, done, redirect, locale);
    }

    /** The edit page again (fresh from the database) with the reason a category change was refused. */
    private String refusedCategory(String code, CatalogChangeRefused refused, Model model, HttpServletResponse response) {
        var service = service(code);
        model.addAttribute("categoryError", messages.getMessage(refused.code(), null, LocaleContextHolder.getLocale()));
        model.addAttribute("form", ServiceForm.of(service));
        response.setStatus(refused.stale() ? HttpStatus.CONFLICT.value() : HttpStatus.BAD_REQUEST.value());
        return form(model, service);
    }

    private String categoriesChanged(String code, String message, RedirectAttributes redirect, Locale locale) {
        redirect.addFlashAttribute("flash", messages.getMessage(message, null, locale));
        return "redirect:/admin/layanan/" + code + "#categories";
    }

    private void checkOwner(ServiceForm f, BindingResult binding) {
        if (f.ownerUnitId() != null && !binding.hasFieldErrors("ownerUnitId")
                && directory.units().stream().noneMatch(u -> u.id().value().equals(f.ownerUnitId()))) {
            binding.rejectValue("ownerUnitId", "catalog.admin.validation.owner");
        }
    }

    private ServiceOfferingView service(String code) {
        return catalog.findByCode(code).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }

    private String form(Model model, ServiceOfferingView service) {
        model.addAttribute("service", service);
        model.addAttribute("units", directory.units());
        model.addAttribute("kinds", TicketKind.values());
        model.addAttribute("audiences", Audience.values());
        model.addAttribute("channels", Channel.values());
        if (service != null && !model.containsAttribute("categoryForm")) {
            model.addAttribute("categoryForm", CategoryForm.empty(service.version()));
        }
        return "catalog/admin/edit";
    }

    private static String text(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
