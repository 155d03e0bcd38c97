package id.simlayan.ticket.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** The form of tracking by access code. */
final class AccessCodeForms {

    private AccessCodeForms() {
    }

    /**
     * Number and code as typed; {@link #toString()} hides the code, so that no binding error or
     * log line of a framework shows it.
     */
    record TrackForm(
            @NotBlank(message = "{ticket.form.required}") @Size(max = 40, message = "{ticket.form.tooLong}") String number,
            @NotBlank(message = "{ticket.form.required}") @Size(max = 64, message = "{ticket.form.tooLong}") String code) {

        static TrackForm empty() {
            return new TrackForm("", "");
        }

        /** The form shown again: the number kept, the code never sent back to the browser. */
        TrackForm withoutCode() {
            return new TrackForm(number, "");
        }

        @Override
        public String toString() {
            return "TrackForm[number=" + number + ", code=****]";
        }
    }
}
