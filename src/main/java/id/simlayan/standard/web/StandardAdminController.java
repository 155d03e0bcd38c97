package id.simlayan.standard.web;

import id.simlayan.catalog.ServiceCatalog;
import id.simlayan.catalog.ServiceOfferingView;
import id.simlayan.identity.CurrentUser;
import id.simlayan.platform.RichText;
import id.simlayan.standard.TicketsByVersion;
import id.simlayan.standard.internal.StandardEditing;
import id.simlayan.standard.internal.StandardEditing.DraftContent;
import id.simlayan.standard.internal.StandardRuleViolation;
import id.simlayan.standard.internal.StandardVersion;
import id.simlayan.standard.internal.StandardVersion.Decree;
import id.simlayan.standard.web.StandardForms.DraftForm;
import id.simlayan.standard.web.StandardForms.PublishForm;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.util.Arrays;
import java.util.LinkedHashMap;
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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** /admin/standar: the standards of every service; drafting, publishing and comparing versions. */
@Controller
@RequestMapping("/admin/standar")
@PreAuthorize("hasRole('ADMIN')")
class StandardAdminController {

    /** One row of the list. */
    record ServiceRow(ServiceOfferingView service, StandardVersion current, boolean hasDraft, int versionCount) {
    }

    private final ServiceCatalog catalog;
    private final StandardEditing standards;
    private final RichText richText;
    private final MessageSource messages;
    private final TimeLimitViews timeLimits;
    private final VersionComparison comparison;
    private final TicketsByVersion tickets;

    StandardAdminController(ServiceCatalog catalog, StandardEditing standards, RichText richText, MessageSource messages,
                            TimeLimitViews timeLimits, VersionComparison comparison, TicketsByVersion tickets) {
        this.comparison = comparison;
        this.tickets = tickets;
        this.catalog = catalog;
        this.standards = standards;
        this.richText = richText;
        this.messages = messages;
        this.timeLimits = timeLimits;
    }

    @GetMapping
    String list(Model model) {
        model.addAttribute("rows", catalog.activeOfferings().stream().map(s -> {
            var versions = standards.versions(s.id());
            return new ServiceRow(s, standards.current(s.id()).orElse(null), versions.stream().anyMatch(StandardVersion::isDraft), versions.size());
        }).toList());
        return "standard/admin-list";
    }

    @GetMapping("/{code}")
    String service(@PathVariable String code, Model model) {
        var service = service(code);
        model.addAttribute("service", service);
        model.addAttribute("versions", standards.versions(service.id()));
        model.addAttribute("current", standards.current(service.id()).orElse(null));
        var counts = tickets.of(service.id());
        model.addAttribute("ticketCounts", counts);
        model.addAttribute("unversionedTickets", counts.get(null));
        return "standard/admin-service";
    }

    @PostMapping("/{code}/draf/mulai")
    String startDraft(@PathVariable String code) {
        standards.startDraft(service(code).id());
        return "redirect:/admin/standar/" + code + "/draf";
    }

    @GetMapping("/{code}/draf")
    String draft(@PathVariable String code, Model model) {
        var service = service(code);
        var draft = draftOf(service);
        var form = new DraftForm(draft.decree().number(), draft.decree().date(), draft.decree().signingOfficial(),
                String.join("\n", draft.legalBases()), draft.components().stream().map(StandardVersion.Component::body).toList(),
                draft.components().stream().map(StandardVersion.Component::label).toList(), draft.rowVersion());
        return draftPage(service, draft, form, model);
    }

    @PostMapping("/{code}/draf")
    String saveDraft(@PathVariable String code, @Valid @ModelAttribute("form") DraftForm form, BindingResult binding, Model model,
                     HttpServletResponse response, RedirectAttributes redirect, Locale locale) {
        var service = service(code);
        var draft = draftOf(service);
        List<String> bodies = form.bodies() == null ? List.of() : form.bodies();
        if (binding.hasErrors() || bodies.size() != draft.components().size()
                || (form.labels() != null && form.labels().size() != draft.components().size())) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            model.addAttribute("error", messages.getMessage("standard.error.form", null, locale));
            return draftPage(service, draft, form, model);
        }
        Map<String, String> byKey = new LinkedHashMap<>();
        Map<String, String> labels = new LinkedHashMap<>();
        var components = draft.components();
        for (int i = 0; i < components.size(); i++) {
            byKey.put(components.get(i).key(), bodies.get(i));
            if (form.labels() != null) {
                labels.put(components.get(i).key(), form.labels().get(i));
            }
        }
        List<String> bases = form.legalBases() == null ? List.of() : Arrays.asList(form.legalBases().split("\r?\n"));
        try {
            standards.edit(service.id(), form.version(), new DraftContent(new Decree(form.decreeNumber(), form.decreeDate(), form.signingOfficial()),
                    bases, byKey, labels));
        } catch (StandardRuleViolation refused) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            model.addAttribute("error", messages.getMessage(refused.messageCode(), null, locale));
            return draftPage(service, draft, form, model);
        }
        redirect.addFlashAttribute("flash", messages.getMessage("standard.admin.saved", null, locale));
        return "redirect:/admin/standar/" + code + "/draf";
    }

    /** htmx: the rendered text of one textarea while the admin types. */
    @PostMapping("/{code}/pratinjau")
    String preview(@PathVariable String code, @RequestParam int index, @RequestParam Map<String, String> values, Model model) {
        service(code);
        model.addAttribute("previewHtml", richText.render(values.get("bodies[" + index + "]")));
        return "standard/admin-draft :: preview";
    }

    @GetMapping("/{code}/terbit")
    String confirmPublish(@PathVariable String code, Model model) {
        var service = service(code);
        var draft = draftOf(service);
        model.addAttribute("service", service);
        model.addAttribute("draft", draft);
        model.addAttribute("form", new PublishForm(null, draft.rowVersion()));
        return "standard/admin-publish";
    }

    @PostMapping("/{code}/terbit")
    String publish(@PathVariable String code, @Valid @ModelAttribute("form") PublishForm form, BindingResult binding, Model model,
                   CurrentUser admin, HttpServletResponse response, RedirectAttributes redirect, Locale locale) {
        var service = service(code);
        var draft = draftOf(service);
        String error = binding.hasErrors() ? "standard.error.effectiveDateRequired" : null;
        if (error == null) {
            try {
                var published = standards.publish(service.id(), form.version(), form.effectiveDate(), admin.id());
                redirect.addFlashAttribute("flash", messages.getMessage("standard.admin.published", new Object[]{published.number()}, locale));
                return "redirect:/admin/standar/" + code;
            } catch (StandardRuleViolation refused) {
                error = refused.messageCode();
            }
        }
        response.setStatus(HttpStatus.BAD_REQUEST.value());
        model.addAttribute("service", service);
        model.addAttribute("draft", draft);
        model.addAttribute("error", messages.getMessage(error, null, locale));
        return "standard/admin-publish";
    }

    /** The admin compares two versions, a draft included (staff compare published ones under /petugas/standar). */
    @GetMapping("/{code}/beda")
    String diff(@PathVariable String code, @RequestParam("dari") int from, @RequestParam("ke") int to, Model model, Locale locale) {
        var service = service(code);
        var a = standards.version(service.id(), from).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        var b = standards.version(service.id(), to).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        model.addAttribute("diffs", comparison.compare(a, b, locale));
        model.addAttribute("service", service);
        model.addAttribute("from", a);
        model.addAttribute("to", b);
        return "standard/admin-diff";
    }

    private String draftPage(ServiceOfferingView service, StandardVersion draft, DraftForm form, Model model) {
        model.addAttribute("service", service);
        model.addAttribute("draft", draft);
        model.addAttribute("form", form);
        // the text as the admin last wrote it, also when the form comes back with an error
        var components = draft.components();
        String jangkaWaktu = null;
        for (int i = 0; i < components.size(); i++) {
            if (TimeLimitViews.COMPONENT_KEY.equals(components.get(i).key())) {
                jangkaWaktu = form.bodies() != null && i < form.bodies().size() ? form.bodies().get(i) : components.get(i).body();
            }
        }
        model.addAttribute("timeLimitWarning", timeLimits.verdict(service.id(), jangkaWaktu).warns());
        return "standard/admin-draft";
    }

    private StandardVersion draftOf(ServiceOfferingView service) {
        return standards.draft(service.id()).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }

    private ServiceOfferingView service(String code) {
        return catalog.findByCode(code).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }
}
