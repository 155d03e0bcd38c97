package id.simlayan.worklog.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** Form records of the handover report; the NIP's structure is checked by {@code HandoverReporting} and shown next to the field. */
final class HandoverForms {

    private HandoverForms() {
    }

    /** The requester's confirmation: their name and NIP. */
    record SignForm(
            @NotBlank(message = "{worklog.handover.error.name}") @Size(max = 120, message = "{worklog.handover.error.name}") String name,
            @NotBlank(message = "{worklog.handover.error.nip.format}") @Size(max = 18, message = "{worklog.handover.error.nip.format}") String nip) {

        static SignForm empty() {
            return new SignForm("", "");
        }
    }
}
