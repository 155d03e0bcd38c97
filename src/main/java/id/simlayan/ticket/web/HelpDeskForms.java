package id.simlayan.ticket.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
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
}
