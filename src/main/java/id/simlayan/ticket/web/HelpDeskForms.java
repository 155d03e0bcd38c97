package id.simlayan.ticket.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.UUID;

/** Form records of the help-desk tools: canned replies and links between tickets. */
final class HelpDeskForms {

    private HelpDeskForms() {
    }

    /**
     * A canned reply as entered; {@code unitId} empty means every unit. {@code version} is the
     * template version an edit form showed (null for a new template).
     */
    record ReplyTemplateForm(@NotBlank(message = "{ticket.form.required}") @Size(max = 120, message = "{ticket.form.tooLong}") String title,
                             @NotBlank(message = "{ticket.form.required}") @Size(max = Forms.MAX_TEXT, message = "{ticket.form.tooLong}") String body,
                             UUID unitId, Long version) {

        static ReplyTemplateForm empty() {
            return new ReplyTemplateForm("", "", null, null);
        }
    }

    /** The template chosen on the ticket page ("Pakai"). */
    record UseTemplateForm(@NotNull(message = "{ticket.form.choose}") UUID templateId) {
    }

    /** A ticket number as staff type it, e.g. {@code ADU-2026-000123} (case and spaces around it do not matter). */
    static final String NUMBER_PATTERN = "^\\s*[A-Za-z]{2,8}-\\d{4}-\\d{6}\\s*$";

    /** The other ticket of a link ("terkait"). */
    record LinkForm(@NotBlank(message = "{ticket.form.required}") @Pattern(regexp = NUMBER_PATTERN, message = "{ticket.link.form.badNumber}")
                    String number) {

        static LinkForm empty() {
            return new LinkForm("");
        }
    }

    /** The original a duplicate is merged into, with the version of the duplicate the form showed. */
    record MergeForm(@NotBlank(message = "{ticket.form.required}") @Pattern(regexp = NUMBER_PATTERN, message = "{ticket.link.form.badNumber}")
                     String number, @NotNull(message = "{ticket.error.stale}") Long version) {

        static MergeForm empty() {
            return new MergeForm("", null);
        }
    }
}
