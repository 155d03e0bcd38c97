package id.simlayan.standard.web;

import id.simlayan.catalog.ServiceCatalog;
import id.simlayan.catalog.ServiceOfferingView;
import id.simlayan.identity.CurrentUser;
import id.simlayan.platform.FormRebinding;
import id.simlayan.standard.internal.StandardEditing;
import id.simlayan.standard.internal.StandardRuleViolation;
import id.simlayan.standard.internal.WorkflowDrafting;
import id.simlayan.standard.web.WorkflowForms.ActorChoice;
import id.simlayan.standard.web.WorkflowForms.MoveForm;
import id.simlayan.standard.web.WorkflowForms.StageForm;
import id.simlayan.standard.web.WorkflowForms.StepForm;
import id.simlayan.standard.web.WorkflowForms.TemplateForm;
import id.simlayan.workflow.Requirement;
import id.simlayan.workflow.Stage;
import id.simlayan.workflow.Step;
import id.simlayan.workflow.WorkflowDefinition;
import id.simlayan.workflow.WorkflowDefinitionRefused;
import id.simlayan.workflow.WorkflowProblem;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
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

/**
 * /admin/standar/{code}/draf/alur: the workflow of a service's draft standard. The admin copies
 * a template into the draft and changes its steps (who may take them, what they require, their
 * names and order) and its stages' names. Every change rebuilds the definition
 * ({@link WorkflowEdits}); a definition that breaks a rule comes back as 400 with every problem,
 * the stage and step named, and nothing saved. Only a draft's workflow changes.
 */
@Controller
@RequestMapping("/admin/standar/{code}/draf/alur")
@PreAuthorize("hasRole('ADMIN')")
class WorkflowAdminController {

    /** A step with its place in the stage, for the up/down buttons. */
    record StepRow(Step step, boolean first, boolean last) {
    }

    record StageRow(Stage stage, List<StepRow> steps) {
    }

    private static final String STEP_FORM = "stepForm";
    private static final String STAGE_FORM = "stageForm";
    private static final String TYPE_MISMATCH = "standard.workflow.admin.typeMismatch";

    private final ServiceCatalog catalog;
    private final StandardEditing standards;
    private final WorkflowDrafting drafting;
    private final WorkflowViews views;
    private final FormRebinding rebinding;
    private final MessageSource messages;

    WorkflowAdminController(ServiceCatalog catalog, StandardEditing standards, WorkflowDrafting drafting, WorkflowViews views,
                            FormRebinding rebinding, MessageSource messages) {
        this.catalog = catalog;
        this.standards = standards;
        this.drafting = drafting;
        this.views = views;
        this.rebinding = rebinding;
        this.messages = messages;
    }

    @GetMapping
    String page(@PathVariable String code, Model model, Locale locale) {
        return workflowPage(service(code), model, locale);
    }

    /** The confirmation before a template replaces the draft's workflow: a page of its own, so no script is needed. */
    @GetMapping("/templat")
    String confirmAdopt(@PathVariable String code, @Valid TemplateForm form, BindingResult binding, Model model, Locale locale) {
        var service = service(code);
        if (standards.draft(service.id()).isEmpty()) {
            return workflowPage(service, model, locale);
        }
        var template = binding.hasErrors() ? Optional.<WorkflowDefinition>empty() : template(form.template());
        if (template.isEmpty()) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST);
        }
        model.addAttribute("service", service);
        model.addAttribute("template", template.get());
        model.addAttribute("templateName", name(template.get(), locale));
        model.addAttribute("currentName", name(drafting.ofDraft(service.id()).definition(), locale));
        return "standard/admin-workflow-adopt";
    }

    @PostMapping("/templat")
    String adopt(@PathVariable String code, @Valid TemplateForm form, BindingResult binding, CurrentUser admin, Model model,
                 HttpServletResponse response, RedirectAttributes redirect, Locale locale) {
        var service = service(code);
        var template = binding.hasErrors() ? Optional.<WorkflowDefinition>empty() : template(form.template());
        if (template.isEmpty()) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST);
        }
        try {
            drafting.adopt(service.id(), form.template(), admin.id());
        } catch (StandardRuleViolation noDraft) {
            return refusedWithoutDraft(service, noDraft, model, response, locale);
        }
        return saved(code, "standard.workflow.admin.adopted", name(template.get(), locale), redirect, locale);
    }

    @GetMapping("/{stage}/ubah")
    String editStage(@PathVariable String code, @PathVariable String stage, Model model, RedirectAttributes redirect, Locale locale) {
        var service = service(code);
        if (standards.draft(service.id()).isEmpty()) {
            return workflowPage(service, model, locale);
        }
        var found = drafting.ofDraft(service.id()).definition().stage(stage);
        if (found.isEmpty()) {
            return stale(code, redirect, locale);
        }
        model.addAttribute(STAGE_FORM, new StageForm(found.get().label(), found.get().labelEn()));
        return stagePage(service, found.get(), model);
    }

    @PostMapping("/{stage}/ubah")
    String changeStage(@PathVariable String code, @PathVariable String stage, @Valid @ModelAttribute(STAGE_FORM) StageForm form,
                       BindingResult binding, CurrentUser admin, Model model, HttpServletResponse response, RedirectAttributes redirect,
                       Locale locale) {
        var service = service(code);
        try {
            var definition = drafting.ofDraft(service.id()).definition();
            var found = definition.stage(stage);
            if (found.isEmpty()) {
                return stale(code, redirect, locale);
            }
            if (!binding.hasErrors()) {
                try {
                    var changed = WorkflowEdits.relabelStage(definition, stage, form.label().strip(), WorkflowForms.blankToNull(form.labelEn()));
                    drafting.save(service.id(), changed.orElseThrow(), admin.id());
                    return saved(code, "standard.workflow.admin.stageSaved", form.label().strip(), redirect, locale);
                } catch (WorkflowDefinitionRefused refused) {
                    model.addAttribute("problems", problems(refused, definition, locale));
                }
            }
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            return stagePage(service, found.get(), model);
        } catch (StandardRuleViolation noDraft) {
            return refusedWithoutDraft(service, noDraft, model, response, locale);
        }
    }

    @GetMapping("/{stage}/{step}/ubah")
    String editStep(@PathVariable String code, @PathVariable String stage, @PathVariable String step, Model model,
                    RedirectAttributes redirect, Locale locale) {
        var service = service(code);
        if (standards.draft(service.id()).isEmpty()) {
            return workflowPage(service, model, locale);
        }
        var definition = drafting.ofDraft(service.id()).definition();
        var found = definition.step(stage, step);
        if (found.isEmpty()) {
            return stale(code, redirect, locale);
        }
        model.addAttribute(STEP_FORM, StepForm.of(found.get()));
        return stepPage(service, definition, stage, found.get(), model, locale);
    }

    @PostMapping("/{stage}/{step}/ubah")
    String changeStep(@PathVariable String code, @PathVariable String stage, @PathVariable String step,
                      @Valid @ModelAttribute(STEP_FORM) StepForm posted, BindingResult bound, HttpServletRequest request, CurrentUser admin,
                      Model model, HttpServletResponse response, RedirectAttributes redirect, Locale locale) {
        var service = service(code);
        var binding = rebinding.rebind(StepForm.class, bound, request, model, TYPE_MISMATCH);
        var form = (StepForm) binding.getTarget();
        try {
            var definition = drafting.ofDraft(service.id()).definition();
            var found = definition.step(stage, step);
            if (found.isEmpty()) {
                return stale(code, redirect, locale);
            }
            if (!binding.hasErrors()) {
                try {
                    var changed = WorkflowEdits.changeStep(definition, stage, step, form::applyTo).orElseThrow();
                    drafting.save(service.id(), changed, admin.id());
                    return saved(code, "standard.workflow.admin.stepSaved", form.label().strip(), redirect, locale);
                } catch (WorkflowDefinitionRefused refused) {
                    model.addAttribute("problems", problems(refused, definition, locale));
                    // the actor problems of this step also go next to the checkboxes they are about
                    var aboutActors = refused.problems().stream().filter(p -> stage.equals(p.stage()) && step.equals(p.step())
                            && ("workflow.error.noActor".equals(p.code()) || "workflow.error.requesterScope".equals(p.code()))).toList();
                    model.addAttribute("actorProblems", aboutActors.stream().map(p -> messages.getMessage(p.code(), null, locale)).toList());
                }
            }
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            model.addAttribute(STEP_FORM, form);
            return stepPage(service, definition, stage, found.get(), model, locale);
        } catch (StandardRuleViolation noDraft) {
            return refusedWithoutDraft(service, noDraft, model, response, locale);
        }
    }

    @PostMapping("/{stage}/{step}/pindah")
    String move(@PathVariable String code, @PathVariable String stage, @PathVariable String step, @Valid MoveForm form, BindingResult binding,
                CurrentUser admin, Model model, HttpServletResponse response, RedirectAttributes redirect, Locale locale) {
        var service = service(code);
        if (binding.hasErrors()) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST);
        }
        try {
            var definition = drafting.ofDraft(service.id()).definition();
            var changed = WorkflowEdits.moveStep(definition, stage, step, form.step());
            if (changed.isEmpty()) {
                return stale(code, redirect, locale);
            }
            drafting.save(service.id(), changed.get(), admin.id());
        } catch (StandardRuleViolation noDraft) {
            return refusedWithoutDraft(service, noDraft, model, response, locale);
        }
        return "redirect:/admin/standar/" + code + "/draf/alur#ubah-" + stage + "-" + step;
    }

    @GetMapping("/{stage}/{step}/hapus")
    String confirmRemove(@PathVariable String code, @PathVariable String stage, @PathVariable String step, Model model,
                         RedirectAttributes redirect, Locale locale) {
        var service = service(code);
        if (standards.draft(service.id()).isEmpty()) {
            return workflowPage(service, model, locale);
        }
        var definition = drafting.ofDraft(service.id()).definition();
        var found = definition.step(stage, step);
        if (found.isEmpty()) {
            return stale(code, redirect, locale);
        }
        return removePage(service, definition, stage, found.get(), model, locale);
    }

    @PostMapping("/{stage}/{step}/hapus")
    String remove(@PathVariable String code, @PathVariable String stage, @PathVariable String step, CurrentUser admin, Model model,
                  HttpServletResponse response, RedirectAttributes redirect, Locale locale) {
        var service = service(code);
        try {
            var definition = drafting.ofDraft(service.id()).definition();
            var found = definition.step(stage, step);
            if (found.isEmpty()) {
                return stale(code, redirect, locale);
            }
            try {
                drafting.save(service.id(), WorkflowEdits.removeStep(definition, stage, step).orElseThrow(), admin.id());
                return saved(code, "standard.workflow.admin.removed", found.get().label(locale), redirect, locale);
            } catch (WorkflowDefinitionRefused refused) {
                response.setStatus(HttpStatus.BAD_REQUEST.value());
                model.addAttribute("problems", problems(refused, definition, locale));
                return removePage(service, definition, stage, found.get(), model, locale);
            }
        } catch (StandardRuleViolation noDraft) {
            return refusedWithoutDraft(service, noDraft, model, response, locale);
        }
    }

    private String workflowPage(ServiceOfferingView service, Model model, Locale locale) {
        model.addAttribute("service", service);
        var draft = standards.draft(service.id()).orElse(null);
        model.addAttribute("draft", draft);
        if (draft != null) {
            var workflow = drafting.ofDraft(service.id());
            var definition = workflow.definition();
            model.addAttribute("workflow", workflow);
            model.addAttribute("basedOn", template(workflow.templateKey()).map(t -> name(t, locale)).orElse(workflow.templateKey()));
            model.addAttribute("view", views.of(definition, locale));
            model.addAttribute("templates", drafting.templates());
            model.addAttribute("stageRows", definition.stages().stream().map(s -> new StageRow(s, rows(s.steps()))).toList());
        }
        return "standard/admin-workflow";
    }

    private static List<StepRow> rows(List<Step> steps) {
        return java.util.stream.IntStream.range(0, steps.size())
                .mapToObj(i -> new StepRow(steps.get(i), i == 0, i == steps.size() - 1)).toList();
    }

    private String stepPage(ServiceOfferingView service, WorkflowDefinition definition, String stage, Step step, Model model, Locale locale) {
        model.addAttribute("service", service);
        model.addAttribute("stage", definition.stage(stage).orElseThrow());
        model.addAttribute("step", step);
        model.addAttribute("stepKind", views.of(definition, locale).stages().stream().filter(s -> s.key().equals(stage))
                .flatMap(s -> s.steps().stream()).filter(t -> t.key().equals(step.key())).findFirst().orElseThrow());
        model.addAttribute("choices", ActorChoice.offered().stream().map(c -> new Choice(c, views.actor(c.actor(), locale))).toList());
        model.addAttribute("requirements", Requirement.values());
        model.addAttribute("implied", step.kind().implied());
        return "standard/admin-workflow-step";
    }

    /** An actor checkbox: its posted value and its words. */
    record Choice(ActorChoice choice, String text) {
        public String value() {
            return choice.value();
        }
    }

    private String stagePage(ServiceOfferingView service, Stage stage, Model model) {
        model.addAttribute("service", service);
        model.addAttribute("stage", stage);
        return "standard/admin-workflow-stage";
    }

    private String removePage(ServiceOfferingView service, WorkflowDefinition definition, String stage, Step step, Model model, Locale locale) {
        model.addAttribute("service", service);
        model.addAttribute("stage", definition.stage(stage).orElseThrow());
        model.addAttribute("step", step);
        return "standard/admin-workflow-remove";
    }

    /** Every problem in words, with the stage and step named as the admin knows them (from the definition before the change). */
    private List<String> problems(WorkflowDefinitionRefused refused, WorkflowDefinition before, Locale locale) {
        return refused.problems().stream().map(p -> problem(p, before, locale)).toList();
    }

    private String problem(WorkflowProblem problem, WorkflowDefinition before, Locale locale) {
        String text = messages.getMessage(problem.code(), null, locale);
        if (problem.stage() == null) {
            return text;
        }
        String stage = before.stage(problem.stage()).map(s -> s.label(locale)).orElse(problem.stage());
        if (problem.step() == null) {
            return messages.getMessage("standard.workflow.admin.problemAtStage", new Object[]{stage, text}, locale);
        }
        String step = before.step(problem.stage(), problem.step()).map(s -> s.label(locale)).orElse(problem.step());
        return messages.getMessage("standard.workflow.admin.problemAtStep", new Object[]{stage, step, text}, locale);
    }

    private Optional<WorkflowDefinition> template(String key) {
        return drafting.templates().stream().filter(t -> t.key().equals(key)).findFirst();
    }

    private static String name(WorkflowDefinition definition, Locale locale) {
        return "en".equals(locale.getLanguage()) && definition.nameEn() != null ? definition.nameEn() : definition.name();
    }

    /** A change after publication (or any other time without a draft): the no-draft page, with why nothing was saved. */
    private String refusedWithoutDraft(ServiceOfferingView service, StandardRuleViolation refused, Model model, HttpServletResponse response,
                                       Locale locale) {
        response.setStatus(HttpStatus.CONFLICT.value());
        model.addAttribute("error", messages.getMessage(refused.messageCode(), null, locale));
        return workflowPage(service, model, locale);
    }

    private String saved(String code, String messageCode, String label, RedirectAttributes redirect, Locale locale) {
        redirect.addFlashAttribute("flash", messages.getMessage(messageCode, new Object[]{label}, locale));
        return "redirect:/admin/standar/" + code + "/draf/alur";
    }

    /** The stage or step was removed meanwhile (another tab, another admin, a template adopted): say so on the page. */
    private String stale(String code, RedirectAttributes redirect, Locale locale) {
        redirect.addFlashAttribute("flashError", messages.getMessage("standard.workflow.admin.unknownStep", null, locale));
        return "redirect:/admin/standar/" + code + "/draf/alur";
    }

    private ServiceOfferingView service(String code) {
        return catalog.findByCode(code).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }
}
