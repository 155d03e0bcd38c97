package id.simlayan.sla.web;

import id.simlayan.calendar.ClockMode;
import id.simlayan.calendar.TargetUnit;
import id.simlayan.sla.internal.SlaPolicy;
import id.simlayan.ticket.TicketPriority;
import id.simlayan.ticket.TicketStatus;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;

/**
 * The policy form. Empty amount and unit mean "no such target"; how amount, unit and mode
 * combine into a target is checked by {@link PolicyAdminController}, which also knows the services.
 */
record PolicyForm(UUID id, Long version,
                  @NotBlank(message = "{sla.validation.name}") @Size(max = 200, message = "{sla.validation.name}") String name,
                  @NotNull(message = "{sla.validation.service}") UUID serviceId, UUID categoryId, TicketPriority priority,
                  @Min(value = 1, message = "{sla.validation.amount}") @Max(value = 1_000_000, message = "{sla.validation.amount}") Integer responseAmount,
                  TargetUnit responseUnit, ClockMode responseMode,
                  @Min(value = 1, message = "{sla.validation.amount}") @Max(value = 1_000_000, message = "{sla.validation.amount}") Integer resolutionAmount,
                  TargetUnit resolutionUnit, ClockMode resolutionMode,
                  @Min(value = 1, message = "{sla.validation.amount}") @Max(value = 1_000_000, message = "{sla.validation.amount}") Integer extensionAmount,
                  TargetUnit extensionUnit,
                  @Min(value = 1, message = "{sla.validation.amount}") @Max(value = 1_000_000, message = "{sla.validation.amount}") Integer handoffAmount,
                  TargetUnit handoffUnit, ClockMode handoffMode,
                  @NotNull(message = "{sla.validation.startEvent}") SlaPolicy.StartEvent startEvent, Set<TicketStatus> pauseStatuses,
                  @NotNull(message = "{sla.validation.warningPercent}") @Min(value = 1, message = "{sla.validation.warningPercent}")
                  @Max(value = 99, message = "{sla.validation.warningPercent}") Integer warningPercent,
                  Boolean escalate, Boolean active) {

    static PolicyForm empty() {
        return new PolicyForm(null, 0L, "", null, null, null, null, null, ClockMode.BUSINESS, null, null, ClockMode.BUSINESS, null, null,
                null, null, ClockMode.BUSINESS, SlaPolicy.StartEvent.RECEIVED, EnumSet.of(TicketStatus.MENUNGGU_PEMOHON), SlaPolicy.DEFAULT_WARNING_PERCENT, false, true);
    }

    static PolicyForm of(SlaPolicy p) {
        return new PolicyForm(p.id(), p.version(), p.name(), p.serviceId().value(), p.categoryId() == null ? null : p.categoryId().value(),
                p.priority(),
                p.response() == null ? null : (int) p.response().amount(), p.response() == null ? null : p.response().unit(),
                p.response() == null ? ClockMode.BUSINESS : p.response().mode(),
                (int) p.resolution().amount(), p.resolution().unit(), p.resolution().mode(),
                p.extension() == null ? null : (int) p.extension().amount(), p.extension() == null ? null : p.extension().unit(),
                p.handoff() == null ? null : (int) p.handoff().amount(), p.handoff() == null ? null : p.handoff().unit(),
                p.handoff() == null ? ClockMode.BUSINESS : p.handoff().mode(),
                p.startEvent(), p.pauseStatuses(), p.warningPercent(), p.escalate(), p.active());
    }

    /** Whether the form shows {@code status} as chosen. */
    public boolean pauses(TicketStatus status) {
        return status == TicketStatus.MENUNGGU_PEMOHON || pauseStatuses != null && pauseStatuses.contains(status);
    }

    public boolean isNew() {
        return id == null;
    }
}
