package id.simlayan.sla.web;

import id.simlayan.sla.internal.DeadlineExtensions;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** The written reason of an extension, as typed. */
record ExtensionForm(@NotBlank(message = "{sla.extension.reasonRequired}")
                     @Size(max = DeadlineExtensions.MAX_REASON, message = "{sla.extension.reasonTooLong}") String reason) {
}
