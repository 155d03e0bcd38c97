package id.simlayan.ticket.web;

import id.simlayan.ticket.TicketPriority;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.UUID;

/**
 * Form records of the ticket pages. They hold only what the form may change: a posted
 * {@code status} or {@code requesterId} has nowhere to go (no mass assignment). {@code version}
 * is the ticket version the form was shown with (stale forms are refused).
 */
final class Forms {

    static final int MAX_TEXT = 10_000;

    private Forms() {
    }

    /** A form that carries the ticket version it showed; without one the step skips the concurrency check. */
    interface Versioned {

        Long version();

        default long versionOrSkip() {
            Long version = version();
            return version == null ? -1 : version;
        }
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

    /** A text (question, answer, reason, note, reply) with the version the form showed. */
    record TextForm(@NotBlank(message = "{ticket.form.required}") @Size(max = MAX_TEXT, message = "{ticket.form.tooLong}") String text,
                    Long version) implements Versioned {

        static TextForm empty() {
            return new TextForm("", null);
        }
    }

    record VersionForm(Long version) implements Versioned {
    }

    record DisposeForm(@NotNull(message = "{ticket.form.choose}") UUID unitId,
                       @NotBlank(message = "{ticket.form.required}") @Size(max = 2000, message = "{ticket.form.tooLong}") String instruction,
                       Long version) implements Versioned {

        static DisposeForm empty() {
            return new DisposeForm(null, "", null);
        }
    }

    record AssignForm(@NotNull(message = "{ticket.form.choose}") UUID technicianId, Long version) implements Versioned {

        static AssignForm empty() {
            return new AssignForm(null, null);
        }
    }

    record PriorityForm(@NotNull(message = "{ticket.form.choose}") TicketPriority priority, Long version) implements Versioned {

        static PriorityForm empty() {
            return new PriorityForm(null, null);
        }
    }
}
