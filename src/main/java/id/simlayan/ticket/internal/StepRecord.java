package id.simlayan.ticket.internal;

import java.util.UUID;

/**
 * What a workflow step recorded beside its timeline entry ({@code ticket_step_records},
 * append-only): the step, the stages it moved between, its outcome and the inputs its
 * requirements asked for.
 */
public record StepRecord(UUID eventId, UUID ticketId, String stageFrom, String stageTo, String stepKey, String stepLabel, String kind,
                         String outcome, String externalReference, String exemptionGround, String equipmentList) {

    /** The record before the entry and the stages are known. */
    record Draft(String stepKey, String stepLabel, String kind, String outcome, String externalReference, String exemptionGround,
                 String equipmentList) {

        StepRecord of(UUID eventId, UUID ticketId, String stageFrom, String stageTo) {
            return new StepRecord(eventId, ticketId, stageFrom, stageTo, stepKey, stepLabel, kind, outcome, externalReference,
                    exemptionGround, equipmentList);
        }
    }
}
