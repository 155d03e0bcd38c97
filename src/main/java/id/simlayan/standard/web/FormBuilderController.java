package id.simlayan.standard.web;

import id.simlayan.catalog.ServiceCatalog;
import id.simlayan.catalog.ServiceOfferingView;
import id.simlayan.platform.FormRebinding;
import id.simlayan.standard.DocumentType;
import id.simlayan.standard.FieldKind;
import id.simlayan.standard.FormDefinitionRefused;
import id.simlayan.standard.FormField;
import id.simlayan.standard.RequestForm;
import id.simlayan.standard.internal.FormDrafting;
import id.simlayan.standard.internal.StandardEditing;
import id.simlayan.standard.internal.StandardRuleViolation;
import id.simlayan.standard.web.FormBuilderForms.FieldForm;
import id.simlayan.standard.web.FormBuilderForms.MoveForm;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
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
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * /admin/standar/{code}/draf/formulir: the request form of a service's draft standard, field by
 * field, and its preview as the requester will see it. Only a draft's form changes: without a
 * draft the page says so and offers to start one.
 */
@Controller
@RequestMapping("/admin/standar/{code}/draf/formulir")
@PreAuthorize("hasRole('ADMIN')")
class FormBuilderController {

    /** One field of the list, with its limits in words (null without limits). */
    record FieldRow(FormField field, String limits, boolean first, boolean last) {
    }

    private static final String FORM = "fieldForm";
    private static final String TYPE_MISMATCH = "standard.form.builder.typeMismatch";

    private final ServiceCatalog catalog;
    private final StandardEditing standards;
    private final FormDrafting drafting;
    private final FormRebinding rebinding;
    private final MessageSource messages;

    FormBuilderController(ServiceCatalog catalog, StandardEditing standards, FormDrafting drafting, FormRebinding rebinding,
                          MessageSource messages) {
        this.catalog = catalog;
        this.standards = standards;
        this.drafting = drafting;
        this.rebinding = rebinding;
        this.messages = messages;
    }

    @GetMapping
    String builder(@PathVariable String code, Model model, Locale locale) {
        model.addAttribute(FORM, FieldForm.empty());
        return builderPage(service(code), model, locale);
    }

    @PostMapping
    String add(@PathVariable String code, @Valid @ModelAttribute(FORM) FieldForm posted, BindingResult bound, HttpServletRequest request,
               Model model, HttpServletResponse response, RedirectAttributes redirect, Locale locale) {
        var service = service(code);
        var binding = rebinding.rebind(FieldForm.class, bound, request, model, TYPE_MISMATCH);
        var form = (FieldForm) binding.getTarget();
        if (!binding.hasErrors()) {
            try {
                drafting.add(service.id(), form.toField());
                return saved(code, "standard.form.builder.added", form.label(), redirect, locale);
            } catch (FormDefinitionRefused refused) {
                reject(binding, form, refused);
            } catch (StandardRuleViolation noDraft) {
                return refusedWithoutDraft(service, noDraft, model, response, locale);
            }
        }
        response.setStatus(HttpStatus.BAD_REQUEST.value());
        model.addAttribute(FORM, form);
        return builderPage(service, model, locale);
    }

    @GetMapping("/{key}/ubah")
    String edit(@PathVariable String code, @PathVariable String key, Model model, RedirectAttributes redirect, Locale locale) {
        var service = service(code);
        if (standards.draft(service.id()).isEmpty()) {
            return builderPage(service, model, locale);
        }
        var field = drafting.draftForm(service.id()).field(key);
        if (field.isEmpty()) {
            return stale(code, redirect, locale);
        }
        model.addAttribute(FORM, FieldForm.of(field.get()));
        return editPage(service, key, model);
    }

    @PostMapping("/{key}/ubah")
    String change(@PathVariable String code, @PathVariable String key, @Valid @ModelAttribute(FORM) FieldForm posted, BindingResult bound,
                  HttpServletRequest request, Model model, HttpServletResponse response, RedirectAttributes redirect, Locale locale) {
        var service = service(code);
        var binding = rebinding.rebind(FieldForm.class, bound, request, model, TYPE_MISMATCH);
        var form = (FieldForm) binding.getTarget();
        if (!binding.hasErrors()) {
            try {
                drafting.change(service.id(), key, form.toField());
                return saved(code, "standard.form.builder.changed", form.label(), redirect, locale);
            } catch (FormDefinitionRefused refused) {
                if (isStale(refused, key)) {
                    return stale(code, redirect, locale);
                }
                reject(binding, form, refused);
            } catch (StandardRuleViolation noDraft) {
                return refusedWithoutDraft(service, noDraft, model, response, locale);
            }
        }
        response.setStatus(HttpStatus.BAD_REQUEST.value());
        model.addAttribute(FORM, form);
        return editPage(service, key, model);
    }

    @PostMapping("/{key}/pindah")
    String move(@PathVariable String code, @PathVariable String key, @Valid MoveForm form, BindingResult binding, Model model,
                HttpServletResponse response, RedirectAttributes redirect, Locale locale) {
        var service = service(code);
        if (binding.hasErrors()) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST);
        }
        try {
            drafting.move(service.id(), key, form.step());
        } catch (FormDefinitionRefused refused) {
            return stale(code, redirect, locale);
        } catch (StandardRuleViolation noDraft) {
            return refusedWithoutDraft(service, noDraft, model, response, locale);
        }
        return "redirect:/admin/standar/" + code + "/draf/formulir#kolom-" + key;
    }

    /** The confirmation step before a field is removed: a page of its own, so no script is needed. */
    @GetMapping("/{key}/hapus")
    String confirmRemove(@PathVariable String code, @PathVariable String key, Model model, RedirectAttributes redirect, Locale locale) {
        var service = service(code);
        if (standards.draft(service.id()).isEmpty()) {
            return builderPage(service, model, locale);
        }
        var field = drafting.draftForm(service.id()).field(key);
        if (field.isEmpty()) {
            return stale(code, redirect, locale);
        }
        model.addAttribute("service", service);
        model.addAttribute("field", field.get());
        return "standard/admin-form-remove";
    }

    @PostMapping("/{key}/hapus")
    String remove(@PathVariable String code, @PathVariable String key, Model model, HttpServletResponse response, RedirectAttributes redirect,
                  Locale locale) {
        var service = service(code);
        try {
            var label = drafting.draftForm(service.id()).field(key).map(FormField::label).orElse(key);
            drafting.remove(service.id(), key);
            return saved(code, "standard.form.builder.removed", label, redirect, locale);
        } catch (FormDefinitionRefused refused) {
            return stale(code, redirect, locale);
        } catch (StandardRuleViolation noDraft) {
            return refusedWithoutDraft(service, noDraft, model, response, locale);
        }
    }

    /** The draft's form as a requester will see it, through the same fragment as the submission page, without a submit. */
    @GetMapping("/pratinjau")
    String preview(@PathVariable String code, Model model, Locale locale) {
        var service = service(code);
        var draft = standards.draft(service.id());
        if (draft.isEmpty()) {
            return builderPage(service, model, locale);
        }
        model.addAttribute("service", service);
        model.addAttribute("draft", draft.get());
        model.addAttribute("form", drafting.draftForm(service.id()));
        model.addAttribute("values", Map.of());
        model.addAttribute("problems", Map.of());
        return "standard/admin-form-preview";
    }

    private String builderPage(ServiceOfferingView service, Model model, Locale locale) {
        model.addAttribute("service", service);
        var draft = standards.draft(service.id()).orElse(null);
        model.addAttribute("draft", draft);
        model.addAttribute("kinds", FieldKind.values());
        model.addAttribute("documentTypes", DocumentType.values());
        if (draft != null) {
            var fields = drafting.draftForm(service.id()).fields();
            List<FieldRow> rows = new ArrayList<>();
            for (int i = 0; i < fields.size(); i++) {
                rows.add(new FieldRow(fields.get(i), limits(fields.get(i), locale), i == 0, i == fields.size() - 1));
            }
            model.addAttribute("rows", rows);
            model.addAttribute("full", fields.size() >= RequestForm.MAX_FIELDS);
        }
        return "standard/admin-form";
    }

    private String editPage(ServiceOfferingView service, String key, Model model) {
        model.addAttribute("service", service);
        model.addAttribute("key", key);
        model.addAttribute("kinds", FieldKind.values());
        model.addAttribute("documentTypes", DocumentType.values());
        return "standard/admin-form-edit";
    }

    /** A change after publication (or any other time without a draft): the no-draft page, with why nothing was saved. */
    private String refusedWithoutDraft(ServiceOfferingView service, StandardRuleViolation refused, Model model, HttpServletResponse response,
                                       Locale locale) {
        response.setStatus(HttpStatus.CONFLICT.value());
        model.addAttribute("error", messages.getMessage(refused.messageCode(), null, locale));
        return builderPage(service, model, locale);
    }

    private String saved(String code, String messageCode, String label, RedirectAttributes redirect, Locale locale) {
        redirect.addFlashAttribute("flash", messages.getMessage(messageCode, new Object[]{label}, locale));
        return "redirect:/admin/standar/" + code + "/draf/formulir";
    }

    /** The field was removed or renamed meanwhile (another tab, another admin): say so on the builder. */
    private String stale(String code, RedirectAttributes redirect, Locale locale) {
        redirect.addFlashAttribute("flashError", messages.getMessage("standard.form.error.unknownField", null, locale));
        return "redirect:/admin/standar/" + code + "/draf/formulir";
    }

    private static boolean isStale(FormDefinitionRefused refused, String key) {
        return "standard.form.error.unknownField".equals(refused.messageCode()) && key.equals(refused.field());
    }

    /** The refusal next to the input it is about; a refusal of the form as a whole above it. */
    private static void reject(BindingResult binding, FieldForm form, FormDefinitionRefused refused) {
        var input = inputOf(refused, form);
        if (input == null) {
            binding.reject(refused.messageCode(), refused.arguments(), null);
        } else {
            binding.rejectValue(input, refused.messageCode(), refused.arguments(), null);
        }
    }

    private static String inputOf(FormDefinitionRefused refused, FieldForm form) {
        var code = refused.messageCode();
        return switch (code.substring(code.lastIndexOf('.') + 1)) {
            case "key", "duplicateKey" -> "key";
            case "kind" -> "kind";
            case "label" -> "label";
            case "optionsNotAllowed", "optionsRequired", "optionsTooMany", "optionsDuplicate" -> "options";
            case "optionsEnCount" -> "optionsEn";
            case "documentTypesRequired", "documentTypesNotAllowed" -> "documentTypes";
            case "limitsOrder" -> "maximum";
            case "limitsNotAllowed" -> form.minimum() != null ? "minimum" : "maximum";
            case "limitsRange" -> {
                long ceiling = ((Number) refused.arguments()[0]).longValue();
                yield form.minimum() != null && (form.minimum() < 0 || form.minimum() > ceiling) ? "minimum" : "maximum";
            }
            default -> null;
        };
    }

    /** "Panjang paling banyak 200 karakter", "Nilai 1–10", "Dipilih paling sedikit 1": what the limits mean for the kind. */
    private String limits(FormField field, Locale locale) {
        if (!field.kind().hasLimits()) {
            return null;
        }
        Long min = field.minimum();
        Long max = field.effectiveMaximum();
        String range;
        if (min != null && max != null) {
            range = messages.getMessage("standard.form.limits.range", new Object[]{min, max}, locale);
        } else if (max != null) {
            range = messages.getMessage("standard.form.limits.max", new Object[]{max}, locale);
        } else if (min != null) {
            range = messages.getMessage("standard.form.limits.min", new Object[]{min}, locale);
        } else {
            return null;
        }
        return messages.getMessage("standard.form.limits." + field.kind().name(), new Object[]{range}, locale);
    }

    private ServiceOfferingView service(String code) {
        return catalog.findByCode(code).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }
}
