package id.simlayan.ticket.internal;

import id.simlayan.catalog.CategoryId;
import id.simlayan.catalog.ServiceCatalog;
import id.simlayan.catalog.ServiceOfferingId;
import id.simlayan.identity.Directory;
import id.simlayan.identity.Role;
import id.simlayan.identity.UnitId;
import id.simlayan.ticket.HandoverReportCheck;
import id.simlayan.workflow.Requirement;
import id.simlayan.workflow.Step;
import id.simlayan.workflow.StepKind;
import java.util.Map;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Checks what a step requires before anything changes: a missing or wrong input is refused with
 * the message of that requirement (the first one missing), and nothing is saved.
 */
@Component
class StepRequirements {

    /** The existing steps keep the messages they had before they were workflow steps. */
    private static final Map<StepKind, String> TEXT_CODES = Map.of(
            StepKind.ASK_REQUESTER, "ticket.error.questionRequired",
            StepKind.REQUESTER_ANSWERS, "ticket.error.answerRequired",
            StepKind.REJECT, "ticket.error.reasonRequired",
            StepKind.REOPEN, "ticket.error.reasonRequired",
            StepKind.HAND_OFF, "ticket.error.instructionRequired",
            StepKind.RESOLVE, "ticket.error.noteRequired");

    private static final int MAX_REFERENCE = 200;

    private final DispositionTargets targets;
    private final Directory directory;
    private final ServiceCatalog catalog;
    private final ObjectProvider<HandoverReportCheck> handoverReports;

    StepRequirements(DispositionTargets targets, Directory directory, ServiceCatalog catalog, ObjectProvider<HandoverReportCheck> handoverReports) {
        this.targets = targets;
        this.directory = directory;
        this.catalog = catalog;
        this.handoverReports = handoverReports;
    }

    /**
     * @param holdingUnit the unit holding the ticket; null while the front desk holds it
     * @return the unit a delegation goes to: the holding unit, or (from the front desk, help desk
     *         seed 003) the unit the chosen technician belongs to, the front desk first; null for other steps
     * @throws TicketRuleViolation naming the first requirement that is not met
     */
    UnitId check(Ticket ticket, Step step, StepInput input, UnitId holdingUnit, UnitId frontDesk, int documents) {
        UnitId delegationUnit = step.requirements().contains(Requirement.ASSIGNEE) ? delegationUnit(input, holdingUnit, frontDesk) : null;
        for (Requirement requirement : Requirement.values()) {
            if (step.requirements().contains(requirement)) {
                check(ticket, step, requirement, input, delegationUnit, documents);
            }
        }
        return delegationUnit;
    }

    private UnitId delegationUnit(StepInput input, UnitId holdingUnit, UnitId frontDesk) {
        if (holdingUnit != null || input.assignee() == null) {
            return holdingUnit;
        }
        var units = new java.util.ArrayList<UnitId>();
        if (frontDesk != null) {
            units.add(frontDesk);
        }
        directory.units().forEach(u -> units.add(u.id()));
        return units.stream().filter(unit -> directory.holders(unit, Role.TECHNICIAN).stream().anyMatch(c -> c.id().value().equals(input.assignee())))
                .findFirst().orElse(null);
    }

    private void check(Ticket ticket, Step step, Requirement requirement, StepInput input, UnitId delegationUnit, int documents) {
        switch (requirement) {
            case REASON -> text(input.reason(), TEXT_CODES.getOrDefault(step.kind(), "ticket.workflow.error.reasonRequired"), Ticket.MAX_TEXT);
            case PUBLIC_TEXT -> text(input.publicText(), TEXT_CODES.getOrDefault(step.kind(), "ticket.workflow.error.publicTextRequired"),
                    Ticket.MAX_TEXT);
            case TARGET_UNIT -> {
                var unit = input.targetUnit() == null ? null : new UnitId(input.targetUnit());
                if (!targets.allows(unit) || input.targetUnit().equals(ticket.getHolderUnitId())) {
                    throw new StepInputRefused("ticket.error.unknownUnit");
                }
            }
            case ASSIGNEE -> {
                boolean technicianOfUnit = input.assignee() != null && delegationUnit != null
                        && directory.holders(delegationUnit, Role.TECHNICIAN).stream().anyMatch(c -> c.id().value().equals(input.assignee()));
                if (!technicianOfUnit) {
                    throw new StepInputRefused("ticket.error.notTechnicianOfUnit");
                }
            }
            case CATEGORY -> {
                boolean ofService = input.category() != null && catalog.find(new ServiceOfferingId(ticket.getServiceId()))
                        .flatMap(s -> s.category(new CategoryId(input.category()))).isPresent();
                if (!ofService) {
                    throw new StepInputRefused("ticket.error.categoryNotOfService");
                }
            }
            case EQUIPMENT_LIST -> text(input.equipmentList(), "ticket.workflow.error.equipmentListRequired", Ticket.MAX_TEXT);
            case EXEMPTION_GROUND -> text(input.exemptionGround(), "ticket.workflow.error.exemptionGroundRequired", Ticket.MAX_TEXT);
            case EXTERNAL_REFERENCE -> text(input.externalReference(), "ticket.workflow.error.externalReferenceRequired", MAX_REFERENCE);
            // the files' content is checked by the storage module when they are kept, after this
            case DOCUMENT -> {
                if (documents == 0) {
                    throw new StepInputRefused("ticket.workflow.error.documentRequired");
                }
            }
            case HANDOVER_REPORT -> {
                var check = handoverReports.getIfAvailable();
                if (check == null) {
                    throw new TicketRuleViolation("ticket.workflow.error.handoverReportUnavailable");
                }
                if (!check.confirmedFor(ticket.ticketId())) {
                    throw new TicketRuleViolation("ticket.workflow.error.handoverReportMissing");
                }
            }
        }
    }

    private static void text(String value, String code, int max) {
        if (value == null || value.isBlank()) {
            throw new StepInputRefused(code);
        }
        if (value.strip().length() > max) {
            throw new StepInputRefused("ticket.error.textTooLong", max);
        }
    }
}
