package id.simlayan.ticket.web;

import id.simlayan.ticket.internal.IntakeChannel;
import id.simlayan.ticket.internal.StaffIntake;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.Arrays;
import java.util.UUID;

/**
 * Choices are posted as text and read here ({@link #channelChosen()} ...), so that a tampered
 * value is a message at its field, not a failed binding without a form to show again.
 *
 * <p>What an agent types on {@code /petugas/tiket/baru/{serviceCode}}. The rules that span fields (a
 * reference for a letter or LAPOR!, an e-mail or a phone, a matched account) and the service's
 * request form are checked by the controller through {@link StaffIntake#problems}, so the page
 * shows every problem at once; {@link StaffIntake#log} checks them again.
 */
record StaffIntakeForm(
        @NotBlank(message = "{ticket.staffIntake.error.channel}") String channel,
        @Size(max = StaffIntake.MAX_REFERENCE, message = "{ticket.form.tooLong}") String externalReference,
        @NotBlank(message = "{ticket.form.required}") @Size(max = 150, message = "{ticket.form.tooLong}") String requesterName,
        @Email(message = "{identity.contact.error.email}") @Size(max = 254, message = "{ticket.form.tooLong}") String email,
        @Size(max = 30, message = "{ticket.form.tooLong}") String phone,
        @Pattern(regexp = "^$|^\\d{16}$", message = "{registration.error.nik.format}") String nik,
        String unitId,
        Boolean consent,
        @NotBlank(message = "{ticket.form.required}") @Size(max = 200, message = "{ticket.form.tooLong}") String subject,
        @NotBlank(message = "{ticket.form.required}") @Size(max = Forms.MAX_TEXT, message = "{ticket.form.tooLong}") String description,
        String categoryId) {

    static StaffIntakeForm empty() {
        return new StaffIntakeForm("", "", "", "", "", "", "", false, "", "", "");
    }

    /** The channel chosen; null for none or a value that is no channel. */
    IntakeChannel channelChosen() {
        return Arrays.stream(IntakeChannel.values()).filter(c -> c.name().equals(channel)).findFirst().orElse(null);
    }

    /** The unit chosen; null for none or a value that is no id. */
    UUID unitChosen() {
        return uuidOrNull(unitId);
    }

    /** The category chosen; null for none or a value that is no id. */
    UUID categoryChosen() {
        return uuidOrNull(categoryId);
    }

    StaffIntake.Requester requester() {
        return new StaffIntake.Requester(requesterName, email, phone, nik == null ? null : nik.strip(),
                unitChosen() == null ? null : new id.simlayan.identity.UnitId(unitChosen()), Boolean.TRUE.equals(consent));
    }

    private static UUID uuidOrNull(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return UUID.fromString(value.strip());
        } catch (IllegalArgumentException notAnId) {
            return null;
        }
    }
}
