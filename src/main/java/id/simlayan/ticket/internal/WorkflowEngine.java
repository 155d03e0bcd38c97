package id.simlayan.ticket.internal;

import id.simlayan.catalog.CategoryId;
import id.simlayan.identity.CurrentUser;
import id.simlayan.identity.UnitId;
import id.simlayan.identity.UserId;
import id.simlayan.storage.FileUpload;
import id.simlayan.ticket.DeadlineExtension;
import id.simlayan.ticket.RequesterResponse;
import id.simlayan.ticket.TicketId;
import id.simlayan.ticket.TicketStatus;
import id.simlayan.ticket.internal.TicketAccessPolicy.Permission;
import id.simlayan.ticket.internal.TimelineEntry.Type;
import id.simlayan.workflow.Requirement;
import id.simlayan.workflow.Scope;
import id.simlayan.workflow.Stage;
import id.simlayan.workflow.Step;
import id.simlayan.workflow.StepKind;
import id.simlayan.workflow.WorkflowDefinition;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Tickets follow their service's workflow definition: the steps a person may take now, and
 * taking one. A step is offered when it belongs to the ticket's current stage, no hand-off is
 * pending and the person is one of its actors ({@link TicketAccessPolicy#mayTake}). Taking it
 * checks its requirements ({@link StepRequirements}), performs its kind, moves the ticket to
 * the step's stage (whose public status becomes the ticket's status) and records the step.
 * The kinds the old lifecycle had keep their entries and events, so SLA clocks and
 * notifications work for every definition.
 */
@Service
public class WorkflowEngine {

    /** Kinds whose entry the requester reads even when the status stays. */
    private static final Set<StepKind> PUBLIC_KINDS = EnumSet.of(StepKind.EXTEND, StepKind.OBJECT, StepKind.NOTIFY_USER);

    private static final Map<StepKind, Type> ENTRY_TYPES = Map.of(
            StepKind.START_VERIFICATION, Type.VERIFICATION_STARTED,
            StepKind.ACCEPT, Type.ACCEPTED,
            StepKind.ASK_REQUESTER, Type.INFORMATION_REQUESTED,
            StepKind.REQUESTER_ANSWERS, Type.INFORMATION_PROVIDED,
            StepKind.REJECT, Type.REJECTED,
            StepKind.RESOLVE, Type.RESOLVED,
            StepKind.SOLVE_AT_ONCE, Type.RESOLVED,
            StepKind.CONFIRM, Type.CONFIRMED,
            StepKind.REOPEN, Type.REOPENED);

    private final TicketWork work;
    private final TicketAccessPolicy policy;
    private final TicketWorkflows workflows;
    private final StepRequirements requirements;
    private final FrontDeskConfirmationWindow window;
    private final EntryFiles entryFiles;
    private final ObjectProvider<DeadlineExtension> extensions;

    WorkflowEngine(TicketWork work, TicketAccessPolicy policy, TicketWorkflows workflows, StepRequirements requirements,
                   FrontDeskConfirmationWindow window, EntryFiles entryFiles, ObjectProvider<DeadlineExtension> extensions) {
        this.work = work;
        this.entryFiles = entryFiles;
        this.policy = policy;
        this.workflows = workflows;
        this.requirements = requirements;
        this.window = window;
        this.extensions = extensions;
    }

    /** The steps of the ticket's current stage the user may take now; none while a hand-off waits for its answer. */
    @Transactional(readOnly = true)
    public List<Step> availableSteps(CurrentUser user, TicketId id) {
        return availableSteps(user, work.load(user, id, Permission.VIEW_ANY, "TICKET_VIEW"));
    }

    List<Step> availableSteps(CurrentUser user, Ticket ticket) {
        if (ticket.pendingDisposition().isPresent()) {
            return List.of();
        }
        var definition = workflows.of(ticket);
        return workflows.currentStage(definition, ticket).steps().stream().filter(step -> policy.mayTake(user, ticket, step)).toList();
    }

    /** Whether the user answers the ticket's pending hand-off now (accept or return). */
    @Transactional(readOnly = true)
    public boolean answersPendingHandOff(CurrentUser user, TicketId id) {
        var ticket = work.load(user, id, Permission.VIEW_ANY, "TICKET_VIEW");
        return ticket.pendingDisposition().isPresent() && policy.answersHandOff(user, ticket);
    }

    /**
     * Takes the step {@code stepKey} of the ticket's current stage.
     *
     * @throws TicketNotFound       when the user may not see the ticket
     * @throws TicketAccessDenied   when the step is not one the user may take
     * @throws TicketRuleViolation  when the step is not offered now (another stage, a pending
     *                              hand-off, a stale form) or a requirement is missing; nothing is saved
     */
    @Transactional
    public void take(CurrentUser user, TicketId id, long version, String stepKey, StepInput input) {
        take(user, id, version, stepKey, input, List.of());
    }

    /**
     * As {@link #take(CurrentUser, TicketId, long, String, StepInput)}, with files (a step that
     * requires a DOCUMENT needs at least one). They are linked to the step's timeline entry, so its
     * visibility decides who may download them.
     *
     * @throws id.simlayan.storage.RejectedFileException when the storage module refuses a file; nothing is saved
     */
    @Transactional
    public void take(CurrentUser user, TicketId id, long version, String stepKey, StepInput input, List<FileUpload> files) {
        java.util.function.Consumer<Ticket> taking = ticket -> {
            var definition = workflows.of(ticket);
            var step = workflows.currentStage(definition, ticket).steps().stream().filter(s -> s.key().equals(stepKey)).findFirst()
                    .orElseThrow(() -> new TicketRuleViolation("ticket.workflow.error.notOffered", stepKey));
            perform(user, ticket, definition, step, input, "TICKET_STEP", files.size());
        };
        if (files.isEmpty()) {
            work.change(user, id, version, Permission.VIEW_ANY, "TICKET_STEP", taking);
        } else {
            entryFiles.change(user, id, version, Permission.VIEW_ANY, "TICKET_STEP", files, taking);
        }
    }

    /**
     * A step of the old endpoints (verify, accept, dispose, resolve, ...): the current stage's
     * step of {@code kind} that the user may take. Refused with 403 when the definition gives
     * the user no step of that kind anywhere, and as an illegal transition when it does, but not
     * from this stage.
     */
    void takeKind(CurrentUser user, Ticket ticket, StepKind kind, String action, StepInput input) {
        takeKind(user, ticket, kind, action, input, 0);
    }

    /** As {@link #takeKind(CurrentUser, Ticket, StepKind, String, StepInput)} with {@code documents} files attached. */
    void takeKind(CurrentUser user, Ticket ticket, StepKind kind, String action, StepInput input, int documents) {
        var definition = workflows.of(ticket);
        var candidates = workflows.currentStage(definition, ticket).steps().stream().filter(s -> s.kind() == kind).toList();
        var mine = candidates.stream().filter(s -> policy.mayTake(user, ticket, s)).findFirst();
        if (mine.isPresent()) {
            perform(user, ticket, definition, mine.get(), input, action, documents);
            return;
        }
        boolean anywhere = definition.stages().stream().flatMap(s -> s.steps().stream())
                .anyMatch(s -> s.kind() == kind && policy.mayTake(user, ticket, s));
        if (!candidates.isEmpty() || !anywhere) {
            denied(user, ticket, action);
        }
        throw TicketRuleViolation.illegalTransition(actionName(action), ticket.getStatus());
    }

    /** The receiving unit accepts or returns a pending hand-off (every hand-off has these two answers). */
    void answerHandOff(CurrentUser user, Ticket ticket, boolean accept, String reason, String action) {
        if (!policy.answersHandOff(user, ticket)) {
            denied(user, ticket, action);
        }
        var now = work.now();
        if (accept) {
            ticket.acceptHandOff(user.id(), now);
            return;
        }
        var definition = workflows.of(ticket);
        String back = ticket.returnHandOff(user.id(), reason, definition.stage("diproses").isPresent() ? "diproses" : definition.start(), now);
        var stage = definition.stage(back).orElseGet(() -> workflows.currentStage(definition, ticket));
        ticket.enterStage(stage.key(), status(stage), stage.end(), user.id(), null, null, false, null, now);
    }

    private void perform(CurrentUser user, Ticket ticket, WorkflowDefinition definition, Step step, StepInput input, String action, int documents) {
        if (!policy.mayTake(user, ticket, step)) {
            denied(user, ticket, action);
        }
        if (ticket.pendingDisposition().isPresent()) {
            throw new TicketRuleViolation("ticket.error.dispositionPending");
        }
        var site = policy.site(ticket);
        var delegationUnit = requirements.check(ticket, step, input, site.holdingUnit(), site.frontDesk(), documents);
        var now = work.now();
        var kind = step.kind();
        var target = definition.stage(step.to()).orElseThrow();
        var needs = step.requirements();
        String text = needs.contains(Requirement.PUBLIC_TEXT) ? strip(input.publicText())
                : needs.contains(Requirement.REASON) ? strip(input.reason()) : null;
        boolean publicEntry = needs.contains(Requirement.PUBLIC_TEXT) || PUBLIC_KINDS.contains(kind) || ticket.isRequester(user.id());
        var record = new StepRecord.Draft(step.key(), step.label(), kind.name(), step.outcome(),
                needs.contains(Requirement.EXTERNAL_REFERENCE) ? strip(input.externalReference()) : null,
                needs.contains(Requirement.EXEMPTION_GROUND) ? strip(input.exemptionGround()) : null,
                needs.contains(Requirement.EQUIPMENT_LIST) ? strip(input.equipmentList()) : null);
        Type type = ENTRY_TYPES.getOrDefault(kind, Type.STEP_TAKEN);
        switch (kind) {
            case HAND_OFF -> {
                ticket.handOff(user.id(), new UnitId(input.targetUnit()), text, target.key(), now);
                type = null;
            }
            case DELEGATE -> {
                ticket.delegate(user.id(), delegationUnit, new UserId(input.assignee()), now);
                type = null;
            }
            case RECATEGORISE -> ticket.recategorise(new CategoryId(input.category()));
            case NOTIFY_USER -> ticket.userNotified(now);
            case EXTEND -> extend(user, ticket, text);
            case REOPEN -> {
                if (!ticket.withinConfirmationWindow(window, now)) {
                    throw new TicketRuleViolation("ticket.error.reopenWindowPassed");
                }
                target = reopenedStage(definition, target, ticket, site);
            }
            default -> { }
        }
        ticket.enterStage(target.key(), status(target), target.end(), user.id(), type, text, publicEntry, record, now);
        switch (kind) {
            case REQUESTER_ANSWERS -> ticket.requesterCameBack(RequesterResponse.ANSWERED, text, now);
            case REOPEN -> ticket.requesterCameBack(RequesterResponse.REOPENED, text, now);
            case CONFIRM -> ticket.requesterConfirmed(now);
            default -> { }
        }
    }

    /**
     * The step is the extension of the resolution time limit (the time-limit module grants it in
     * this transaction); its refusal fails the step, so the stage does not move without it.
     */
    private void extend(CurrentUser user, Ticket ticket, String reason) {
        var extension = extensions.getIfAvailable();
        if (extension == null) {
            throw new StepInputRefused("ticket.workflow.error.extensionUnavailable");
        }
        extension.extendResolution(ticket.ticketId(), user, reason).ifPresent(code -> {
            throw new StepInputRefused(code);
        });
    }

    /**
     * A reopened ticket goes back to its previous holder (the lifecycle before definitions did
     * so): when a unit other than the front desk still holds it and the step's stage offers
     * that unit nothing, it goes where the stage's hand-off leads (in the general procedure:
     * {@code diproses} → {@code di-unit}), without a new hand-off.
     */
    private static Stage reopenedStage(WorkflowDefinition definition, Stage target, Ticket ticket, StepActors.Site site) {
        boolean heldByUnit = site.holdingUnit() != null && !site.holdingUnit().equals(site.frontDesk());
        boolean offersHolder = target.steps().stream().flatMap(s -> s.actors().stream())
                .anyMatch(a -> a.scope() == Scope.HOLDING_UNIT || a.scope() == Scope.ASSIGNEE);
        if (!heldByUnit || offersHolder) {
            return target;
        }
        return target.steps().stream().filter(s -> s.kind() == StepKind.HAND_OFF).findFirst()
                .flatMap(s -> definition.stage(s.to())).orElse(target);
    }

    private void denied(CurrentUser user, Ticket ticket, String action) {
        policy.deny(user, action, "TICKET", ticket.getId(), "workflow step not allowed");
        throw new TicketAccessDenied(action);
    }

    private static TicketStatus status(Stage stage) {
        return TicketStatus.valueOf(stage.publicStatus().name());
    }

    private static String strip(String text) {
        return text == null ? null : text.strip();
    }

    /** TICKET_START_VERIFICATION → startVerification, the key of {@code ticket.action.*}. */
    private static String actionName(String action) {
        var parts = action.toLowerCase(java.util.Locale.ROOT).replaceFirst("^ticket_", "").split("_");
        var name = new StringBuilder(parts[0]);
        for (int i = 1; i < parts.length; i++) {
            name.append(Character.toUpperCase(parts[i].charAt(0))).append(parts[i].substring(1));
        }
        return name.toString();
    }
}
