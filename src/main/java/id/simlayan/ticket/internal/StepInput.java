package id.simlayan.ticket.internal;

import java.util.UUID;

/**
 * What a person enters to take a workflow step; which fields are needed is the step's
 * requirements ({@code Step.requirements()}). The outcome is not an input: it is the step's own.
 *
 * @param reason            a reason or instruction for staff (REASON)
 * @param publicText        a text the requester reads (PUBLIC_TEXT)
 * @param targetUnit        the unit the ticket goes to (TARGET_UNIT)
 * @param assignee          the person it is delegated to (ASSIGNEE)
 * @param category          the corrected category (CATEGORY)
 * @param externalReference the outside party's reference (EXTERNAL_REFERENCE)
 * @param exemptionGround   the Pasal 17 exemption ground (EXEMPTION_GROUND)
 * @param equipmentList     the equipment and materials needed (EQUIPMENT_LIST)
 */
public record StepInput(String reason, String publicText, UUID targetUnit, UUID assignee, UUID category, String externalReference,
                        String exemptionGround, String equipmentList) {

    public static StepInput none() {
        return new StepInput(null, null, null, null, null, null, null, null);
    }

    public static StepInput reason(String reason) {
        return new StepInput(reason, null, null, null, null, null, null, null);
    }

    public static StepInput publicText(String text) {
        return new StepInput(null, text, null, null, null, null, null, null);
    }

    public static StepInput handOff(UUID unit, String instruction) {
        return new StepInput(instruction, null, unit, null, null, null, null, null);
    }

    public static StepInput delegate(UUID person) {
        return new StepInput(null, null, null, person, null, null, null, null);
    }
}
