package id.simlayan.ticket.web;

import id.simlayan.ticket.internal.IntakeChannel;
import id.simlayan.ticket.internal.StaffIntake;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.UUID;

/**
 * What an agent types on {@code /petugas/tiket/baru/{serviceCode}}. The rules that span fields (a
 * reference for a letter or LAPOR!, an e-mail or a phone, a matched account) and the service's
 * request form are checked by the controller through {@link StaffIntake#problems}, so the page
 * shows every problem at once; {@link StaffIntake#log} checks them again.
 */
record StaffIntakeForm(
        @NotNull(message = "{ticket.staffIntake.error.channel}") IntakeChannel channel,
        @Size(max = StaffIntake.MAX_REFERENCE, message = "{ticket.form.tooLong}") String externalReference,
        @NotBlank(message = "{ticket.form.required}") @Size(max = 150, message = "{ticket.form.tooLong}") String requesterName,
        @Email(message = "{identity.contact.error.email}") @Size(max = 254, message = "{ticket.form.tooLong}") String email,
        @Size(max = 30, message = "{ticket.form.tooLong}") String phone,
        @Pattern(regexp = "^$|^\\d{16}$", message = "{registration.error.nik.format}") String nik,
        UUID unitId,
        boolean consent,
        @NotBlank(message = "{ticket.form.required}") @Size(max = 200, message = "{ticket.form.tooLong}") String subject,
        @NotBlank(message = "{ticket.form.required}") @Size(max = Forms.MAX_TEXT, message = "{ticket.form.tooLong}") String description,
        UUID categoryId) {

    static StaffIntakeForm empty() {
        return new StaffIntakeForm(null, "", "", "", "", "", null, false, "", "", null);
    }

    StaffIntake.Requester requester() {
        return new StaffIntake.Requester(requesterName, email, phone, nik == null ? null : nik.strip(),
                unitId == null ? null : new id.simlayan.identity.UnitId(unitId), consent);
    }
}
