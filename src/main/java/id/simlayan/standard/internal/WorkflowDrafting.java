package id.simlayan.standard.internal;

import id.simlayan.catalog.ServiceOfferingId;
import id.simlayan.identity.UserId;
import id.simlayan.standard.StandardVersionId;
import id.simlayan.standard.internal.WorkflowStore.StoredWorkflow;
import id.simlayan.workflow.WorkflowDefinition;
import id.simlayan.workflow.WorkflowTemplates;
import java.time.Clock;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Choosing and changing the workflow of a service's draft standard. A definition is valid by
 * construction ({@link WorkflowDefinition}), so what reaches the store has a way out of every
 * stage and an actor for every step; the published versions keep theirs (V1104's trigger).
 */
@Service
public class WorkflowDrafting {

    /** What a version's workflow is and where it came from; {@code own} is false for the general procedure by default. */
    public record VersionWorkflow(StandardVersionId version, WorkflowDefinition definition, String templateKey, boolean own) {
    }

    private final StandardEditing standards;
    private final WorkflowStore store;
    private final WorkflowTemplates templates;
    private final Clock clock;

    WorkflowDrafting(StandardEditing standards, WorkflowStore store, WorkflowTemplates templates, Clock clock) {
        this.standards = standards;
        this.store = store;
        this.templates = templates;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public VersionWorkflow of(StandardVersionId version) {
        return store.find(version).map(w -> new VersionWorkflow(version, w.definition(), w.templateKey(), true))
                .orElseGet(() -> new VersionWorkflow(version, templates.defaultWorkflow(), WorkflowTemplates.DEFAULT, false));
    }

    /** The workflow of the service's draft; refused ({@code standard.error.noDraft}) without a draft. */
    @Transactional(readOnly = true)
    public VersionWorkflow ofDraft(ServiceOfferingId service) {
        return of(draftId(service));
    }

    /** Copies the template into the draft, replacing what the draft had. */
    @Transactional
    public void adopt(ServiceOfferingId service, String templateKey, UserId by) {
        var template = templates.byKey(templateKey).orElseThrow(() -> new StandardRuleViolation("standard.workflow.error.unknownTemplate"));
        store.save(new StoredWorkflow(draftId(service), templateKey, template, clock.instant(), by == null ? null : by.value()));
    }

    /** Replaces the draft's workflow by a changed definition, keeping the template it came from. */
    @Transactional
    public void save(ServiceOfferingId service, WorkflowDefinition definition, UserId by) {
        var draft = draftId(service);
        String basedOn = store.find(draft).map(StoredWorkflow::templateKey).orElse(WorkflowTemplates.DEFAULT);
        store.save(new StoredWorkflow(draft, basedOn, definition, clock.instant(), by == null ? null : by.value()));
    }

    /** The templates an admin may copy, in a stable order. */
    public java.util.List<WorkflowDefinition> templates() {
        return templates.all();
    }

    private StandardVersionId draftId(ServiceOfferingId service) {
        return standards.draft(service).orElseThrow(() -> new StandardRuleViolation("standard.error.noDraft")).id();
    }
}
