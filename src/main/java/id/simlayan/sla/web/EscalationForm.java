package id.simlayan.sla.web;

import id.simlayan.sla.internal.ManualEscalations;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** The reason of a manual escalation (the staff ticket page's "Eskalasi ke pimpinan"). */
record EscalationForm(@NotBlank(message = "{sla.escalation.reasonRequired}")
                      @Size(max = ManualEscalations.MAX_REASON, message = "{sla.escalation.reasonRequired}") String reason) {
}
