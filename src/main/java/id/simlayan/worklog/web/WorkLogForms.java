package id.simlayan.worklog.web;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * Form records of the work-log pages; they hold only what a form may change. What the form
 * cannot check alone (the time spent in total, a time in the future by the application's clock,
 * an inactive item) is checked by {@code WorkEntryRules} and shown next to the same fields.
 */
final class WorkLogForms {

    /** Equipment rows a new entry offers. */
    static final int USE_ROWS = 3;

    private WorkLogForms() {
    }

    /** An item of the equipment list; {@code version} only when editing. */
    record EquipmentForm(
            @NotBlank(message = "{worklog.form.required}") @Size(max = 120, message = "{worklog.form.tooLong}") String name,
            @NotBlank(message = "{worklog.form.required}") @Size(max = 20, message = "{worklog.form.tooLong}") String unitOfMeasure,
            @Size(max = 500, message = "{worklog.form.tooLong}") String note,
            Long version) {

        static EquipmentForm empty() {
            return new EquipmentForm("", "", "", null);
        }
    }

    /**
     * A work entry: what, when (empty = now; {@code datetime-local}, in the instance's zone), time
     * spent as hours and minutes (empty = 0), and up to {@link #USE_ROWS} equipment rows (an
     * empty row is no use).
     */
    record EntryForm(
            @Size(max = 2000, message = "{worklog.form.tooLong}") String description,
            @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME, fallbackPatterns = "yyyy-MM-dd'T'HH:mm") LocalDateTime doneAt,
            @Min(value = 0, message = "{worklog.entry.error.hours}") @Max(value = 24, message = "{worklog.entry.error.hours}") Integer hours,
            @Min(value = 0, message = "{worklog.entry.error.minutesPart}") @Max(value = 59, message = "{worklog.entry.error.minutesPart}") Integer minutes,
            @Valid List<UseForm> uses) {

        EntryForm {
            // rows not posted at all (only uses[2] sent) come as null: an empty row, so the page can show them again
            uses = uses == null ? new ArrayList<>() : new ArrayList<>(uses.stream().map(u -> u == null ? UseForm.empty() : u).toList());
            while (uses.size() < USE_ROWS) {
                uses.add(UseForm.empty());
            }
        }

        static EntryForm empty(LocalDateTime now) {
            return new EntryForm("", now, null, null, List.of());
        }

        int totalMinutes() {
            return (hours == null ? 0 : hours) * 60 + (minutes == null ? 0 : minutes);
        }
    }

    /** One equipment row: item of the active list, quantity, serial numbers one per line, the replaced item. */
    record UseForm(
            UUID itemId,
            @DecimalMin(value = "0", inclusive = false, message = "{worklog.use.error.quantity.positive}")
            @Digits(integer = 9, fraction = 3, message = "{worklog.use.error.quantity.digits}") BigDecimal quantity,
            @Size(max = 5000, message = "{worklog.form.tooLong}") String serialNumbers,
            @Size(max = 500, message = "{worklog.form.tooLong}") String replacedItem) {

        static UseForm empty() {
            return new UseForm(null, null, "", "");
        }

        boolean blank() {
            return itemId == null && quantity == null && (serialNumbers == null || serialNumbers.isBlank())
                    && (replacedItem == null || replacedItem.isBlank());
        }
    }

    record CancelForm(@NotBlank(message = "{worklog.form.required}") @Size(max = 500, message = "{worklog.form.tooLong}") String reason) {
    }
}
