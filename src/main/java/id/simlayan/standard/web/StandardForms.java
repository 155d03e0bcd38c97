package id.simlayan.standard.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import org.springframework.format.annotation.DateTimeFormat;

/** Form records of the admin pages; {@code version} is the row version the form was shown with. */
final class StandardForms {

    private StandardForms() {
    }

    /**
     * A draft: decree fields, legal bases one per line, the 14 component texts and labels in
     * position order ({@code labels} absent: the labels stay as they are).
     */
    record DraftForm(@Size(max = 100) String decreeNumber,
                     @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate decreeDate,
                     @Size(max = 200) String signingOfficial,
                     @Size(max = 20000) String legalBases,
                     List<@Size(max = 20000) String> bodies,
                     List<@NotBlank(message = "{standard.error.label}") @Size(max = 200, message = "{standard.error.label}") String> labels,
                     @NotNull Long version) {
    }

    record PublishForm(@NotNull @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate effectiveDate, @NotNull Long version) {
    }
}
