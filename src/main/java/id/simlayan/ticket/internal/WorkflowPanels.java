package id.simlayan.ticket.internal;

import id.simlayan.catalog.ServiceCatalog;
import id.simlayan.catalog.ServiceOfferingId;
import id.simlayan.catalog.ServiceOfferingView.CategoryView;
import id.simlayan.identity.CurrentUser;
import id.simlayan.identity.Directory;
import id.simlayan.identity.Role;
import id.simlayan.identity.UnitSummary;
import id.simlayan.identity.UserContact;
import id.simlayan.ticket.TicketId;
import id.simlayan.ticket.internal.TicketAccessPolicy.Permission;
import id.simlayan.workflow.Requirement;
import id.simlayan.workflow.Step;
import id.simlayan.workflow.StepKind;
import id.simlayan.workflow.WorkflowDefinition;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** What the staff page shows of a ticket's workflow: the definition, the current stage and the steps the person may take now. */
@Service
public class WorkflowPanels {

    /**
     * @param general      whether the ticket follows the general procedure (its old step forms stay on the page)
     * @param units        the units a hand-off may go to (when a step offered needs one)
     * @param technicians  the people a delegation may choose
     * @param categories   the service's categories (re-categorising)
     */
    public record WorkflowPanel(WorkflowDefinition definition, String currentStage, boolean general, List<Step> steps,
                                boolean handOffPending, List<UnitSummary> units, List<UserContact> technicians, List<CategoryView> categories) {

        /** Whether the definition extends the time limit as a step ({@code EXTEND}), which grants the extension itself. */
        public boolean extendsByStep() {
            return definition.stages().stream().flatMap(s -> s.steps().stream()).anyMatch(s -> s.kind() == StepKind.EXTEND);
        }
    }

    private final TicketWork work;
    private final WorkflowEngine engine;
    private final TicketWorkflows workflows;
    private final TicketAccessPolicy policy;
    private final DispositionTargets targets;
    private final Directory directory;
    private final ServiceCatalog catalog;

    WorkflowPanels(TicketWork work, WorkflowEngine engine, TicketWorkflows workflows, TicketAccessPolicy policy, DispositionTargets targets,
                   Directory directory, ServiceCatalog catalog) {
        this.work = work;
        this.engine = engine;
        this.workflows = workflows;
        this.policy = policy;
        this.targets = targets;
        this.directory = directory;
        this.catalog = catalog;
    }

    @Transactional(readOnly = true)
    public WorkflowPanel forStaff(CurrentUser user, TicketId id) {
        var ticket = work.load(user, id, Permission.VIEW_AS_STAFF, "TICKET_VIEW");
        var definition = workflows.of(ticket);
        var steps = engine.availableSteps(user, ticket);
        boolean needsUnit = steps.stream().anyMatch(s -> s.requirements().contains(Requirement.TARGET_UNIT));
        boolean needsPerson = steps.stream().anyMatch(s -> s.requirements().contains(Requirement.ASSIGNEE));
        boolean needsCategory = steps.stream().anyMatch(s -> s.requirements().contains(Requirement.CATEGORY));
        var holding = policy.site(ticket).holdingUnit();
        List<UserContact> technicians = !needsPerson ? List.of()
                : holding != null ? directory.holders(holding, Role.TECHNICIAN) : directory.holdersAnywhere(Role.TECHNICIAN);
        List<CategoryView> categories = !needsCategory ? List.of()
                : catalog.find(new ServiceOfferingId(ticket.getServiceId())).map(s -> s.categories()).orElse(List.of());
        List<UnitSummary> units = !needsUnit ? List.of()
                : targets.all().stream().filter(u -> !u.id().value().equals(ticket.getHolderUnitId())).toList();
        return new WorkflowPanel(definition, workflows.currentStage(definition, ticket).key(), "standar".equals(definition.key()), steps,
                ticket.pendingDisposition().isPresent(), units, technicians, categories);
    }
}
