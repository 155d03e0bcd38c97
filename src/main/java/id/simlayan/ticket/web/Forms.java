package id.simlayan.ticket.web;

import id.simlayan.ticket.TicketPriority;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.UUID;

/**
 * Form records of the ticket pages. They hold only what the form may change: a posted
 * {@code status} or {@code requesterId} has nowhere to go (no mass assignment). {@code version}
 * is the ticket version the form was shown with: every form that changes the ticket's state
 * must carry it (a missing one is a 400, a stale one a 409). Messages (replies, notes) only
 * append and carry none.
 */
final class Forms {

    static final int MAX_TEXT = 10_000;

    private Forms() {
    }

    /** A form that carries the ticket version it showed; Bean Validation refuses it without one. */
    interface Versioned {

        String VERSION_FIELD = "version";

        Long version();
    }

    /** {@code categoryId} is required when the service has categories (checked by the controller). */
    record SubmissionForm(
            @NotBlank(message = "{ticket.form.required}") @Size(max = 200, message = "{ticket.form.tooLong}") String subject,
            @NotBlank(message = "{ticket.form.required}") @Size(max = MAX_TEXT, message = "{ticket.form.tooLong}") String description,
            UUID categoryId) {

        static SubmissionForm empty() {
            return new SubmissionForm("", "", null);
        }
    }

    /** A text that goes with a step (question, answer, reason, resolution note) and the version the form showed. */
    record TextForm(@NotBlank(message = "{ticket.form.required}") @Size(max = MAX_TEXT, message = "{ticket.form.tooLong}") String text,
                    @NotNull(message = "{ticket.form.versionMissing}") Long version) implements Versioned {

        static TextForm empty() {
            return new TextForm("", null);
        }
    }

    /** A public reply or an internal note: it only appends to the timeline, so it needs no version. */
    record MessageForm(@NotBlank(message = "{ticket.form.required}") @Size(max = MAX_TEXT, message = "{ticket.form.tooLong}") String text) {

        static MessageForm empty() {
            return new MessageForm("");
        }
    }

    record VersionForm(@NotNull(message = "{ticket.form.versionMissing}") Long version) implements Versioned {
    }

    record DisposeForm(@NotNull(message = "{ticket.form.choose}") UUID unitId,
                       @NotBlank(message = "{ticket.form.required}") @Size(max = 2000, message = "{ticket.form.tooLong}") String instruction,
                       @NotNull(message = "{ticket.form.versionMissing}") Long version) implements Versioned {

        static DisposeForm empty() {
            return new DisposeForm(null, "", null);
        }
    }

    record AssignForm(@NotNull(message = "{ticket.form.choose}") UUID technicianId,
                      @NotNull(message = "{ticket.form.versionMissing}") Long version) implements Versioned {

        static AssignForm empty() {
            return new AssignForm(null, null);
        }
    }

    record PriorityForm(@NotNull(message = "{ticket.form.choose}") TicketPriority priority,
                        @NotNull(message = "{ticket.form.versionMissing}") Long version) implements Versioned {

        static PriorityForm empty() {
            return new PriorityForm(null, null);
        }
    }
}
