package id.simlayan.standard.internal;

import id.simlayan.standard.ServiceWorkflows;
import id.simlayan.standard.StandardVersionId;
import id.simlayan.workflow.WorkflowDefinition;
import id.simlayan.workflow.WorkflowTemplates;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
class JdbcServiceWorkflows implements ServiceWorkflows {

    private final WorkflowStore store;
    private final WorkflowTemplates templates;

    JdbcServiceWorkflows(WorkflowStore store, WorkflowTemplates templates) {
        this.store = store;
        this.templates = templates;
    }

    @Override
    @Transactional(readOnly = true)
    public WorkflowDefinition of(StandardVersionId version) {
        return version == null ? general() : store.find(version).map(WorkflowStore.StoredWorkflow::definition).orElseGet(this::general);
    }

    @Override
    public WorkflowDefinition general() {
        return templates.defaultWorkflow();
    }
}
