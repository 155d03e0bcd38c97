package id.simlayan.ticket.internal;

import id.simlayan.standard.ServiceWorkflows;
import id.simlayan.standard.StandardVersionId;
import id.simlayan.workflow.Stage;
import id.simlayan.workflow.StepKind;
import id.simlayan.workflow.WorkflowDefinition;
import id.simlayan.workflow.PublicStatus;
import org.springframework.stereotype.Component;

/** The workflow a ticket follows: its standard version's, or the general procedure without one. */
@Component
public class TicketWorkflows {

    private final ServiceWorkflows workflows;

    TicketWorkflows(ServiceWorkflows workflows) {
        this.workflows = workflows;
    }

    public WorkflowDefinition of(Ticket ticket) {
        return ticket.getStandardVersionId() == null ? workflows.general() : workflows.of(new StandardVersionId(ticket.getStandardVersionId()));
    }

    WorkflowDefinition ofVersion(StandardVersionId version) {
        return version == null ? workflows.general() : workflows.of(version);
    }

    /** The stage the ticket is in; the start stage when its key is not (or no longer) in the definition. */
    Stage currentStage(WorkflowDefinition definition, Ticket ticket) {
        return definition.stage(ticket.getWorkflowStage()).orElseGet(definition::startStage);
    }

    /**
     * Where a closure the system makes (confirmation window passed, merged as a duplicate) puts
     * the ticket: the end stage a confirming or closing step of the current stage leads to, else
     * the definition's first DITUTUP end stage, else where it is.
     */
    String closedStage(Ticket ticket) {
        var definition = of(ticket);
        var current = currentStage(definition, ticket);
        return current.steps().stream()
                .filter(s -> s.kind() == StepKind.CONFIRM || s.kind() == StepKind.CLOSE)
                .map(s -> definition.stage(s.to()).orElseThrow())
                .filter(Stage::end)
                .findFirst()
                .or(() -> definition.stages().stream().filter(s -> s.end() && s.publicStatus() == PublicStatus.DITUTUP).findFirst())
                .map(Stage::key)
                .orElse(current.key());
    }
}
