package id.simlayan.ticket.web;

import id.simlayan.identity.CurrentUser;
import id.simlayan.ticket.TicketId;
import id.simlayan.ticket.TicketStatus;
import id.simlayan.ticket.internal.WorkflowEngine;
import id.simlayan.ticket.internal.WorkflowPanels;
import id.simlayan.workflow.StepKind;
import id.simlayan.workflow.Requirement;
import id.simlayan.workflow.Step;
import id.simlayan.workflow.WorkflowDiagram;
import java.util.List;
import java.util.Locale;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/**
 * The workflow parts of the staff ticket page: "Langkah berikutnya" (the steps the person may
 * take now, each a small form with the inputs its requirements need) and the procedure as a
 * diagram with the current stage marked, beside a text list of the stages for phones and
 * screen readers.
 */
@Component
class WorkflowParts {

    /** A step as a form: which inputs it shows. */
    record StepView(String key, String label, String kind, String outcome, boolean reason, boolean publicText, boolean targetUnit,
                    boolean assignee, boolean category, boolean externalReference, boolean exemptionGround, boolean equipmentList,
                    boolean handoverReport, boolean document) {

        static StepView of(Step step, Locale locale) {
            var r = step.requirements();
            return new StepView(step.key(), step.label(locale), step.kind().name(), step.outcome(), r.contains(Requirement.REASON),
                    r.contains(Requirement.PUBLIC_TEXT), r.contains(Requirement.TARGET_UNIT), r.contains(Requirement.ASSIGNEE),
                    r.contains(Requirement.CATEGORY), r.contains(Requirement.EXTERNAL_REFERENCE), r.contains(Requirement.EXEMPTION_GROUND),
                    r.contains(Requirement.EQUIPMENT_LIST), r.contains(Requirement.HANDOVER_REPORT),
                    r.contains(Requirement.DOCUMENT));
        }
    }

    /** A stage in the text list. */
    record StageItem(String key, String label, String publicStatus, boolean current, boolean end) {
    }

    private final WorkflowPanels panels;
    private final WorkflowEngine engine;

    WorkflowParts(WorkflowPanels panels, WorkflowEngine engine) {
        this.panels = panels;
        this.engine = engine;
    }

    /**
     * The requester's steps that the tracking page has no own form for: an objection, or a
     * confirmation outside SELESAI (a refused information request). Answer, confirm and reopen
     * keep their forms.
     */
    void addRequesterSteps(CurrentUser user, TicketId id, TicketStatus status, Model model, Locale locale) {
        var own = engine.availableSteps(user, id).stream()
                .filter(s -> s.kind() != StepKind.REQUESTER_ANSWERS && s.kind() != StepKind.REOPEN)
                .filter(s -> s.kind() != StepKind.CONFIRM || status != TicketStatus.SELESAI)
                .map(s -> StepView.of(s, locale)).toList();
        model.addAttribute("requesterSteps", own);
    }

    WorkflowPanels.WorkflowPanel addTo(CurrentUser user, TicketId id, Model model, Locale locale) {
        var panel = panels.forStaff(user, id);
        var definition = panel.definition();
        model.addAttribute("workflow", panel);
        model.addAttribute("workflowName", "en".equals(locale.getLanguage()) && definition.nameEn() != null ? definition.nameEn() : definition.name());
        // the general procedure's steps each have their own form on the page already (verify, accept, dispose, ...)
        model.addAttribute("workflowSteps", panel.general() ? List.of() : panel.steps().stream().map(s -> StepView.of(s, locale)).toList());
        List<StageItem> stages = definition.stages().stream()
                .map(s -> new StageItem(s.key(), s.label(locale), s.publicStatus().name(), s.key().equals(panel.currentStage()), s.end()))
                .toList();
        model.addAttribute("workflowStages", stages);
        model.addAttribute("workflowSvg", WorkflowDiagram.svg(definition, panel.currentStage(), definition.name(), locale));
        return panel;
    }
}
