package id.simlayan.worklog.internal;

import id.simlayan.worklog.EquipmentItemId;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * What a work entry must satisfy, beyond what the form checks by itself: text present and at
 * most 2000 characters, time spent 1..1440 minutes (one day at most per entry: longer work is
 * several entries), the work not in the future (by the application's clock), and each equipment
 * row an active item of the list with a quantity above zero.
 * Plain rules, no Spring.
 */
public final class WorkEntryRules {

    public static final int MAX_TEXT = 2000;
    public static final int MAX_MINUTES = 24 * 60;
    public static final int MAX_SERIALS = 100;
    public static final int MAX_SERIAL_LENGTH = 100;

    /** A refused value: the form field (e.g. {@code uses[1].quantity}) and the message code. */
    public record Problem(String field, String code) {
    }

    private WorkEntryRules() {
    }

    public static List<Problem> check(NewEntry entry, Instant now, Map<EquipmentItemId, EquipmentItem> items) {
        List<Problem> problems = new ArrayList<>();
        if (entry.description() == null || entry.description().isBlank()) {
            problems.add(new Problem("description", "worklog.entry.error.description.required"));
        } else if (entry.description().strip().length() > MAX_TEXT) {
            problems.add(new Problem("description", "worklog.entry.error.description.long"));
        }
        if (entry.minutes() < 1 || entry.minutes() > MAX_MINUTES) {
            problems.add(new Problem("minutes", "worklog.entry.error.minutes"));
        }
        if (entry.doneAt() != null && entry.doneAt().isAfter(now)) {
            problems.add(new Problem("doneAt", "worklog.entry.error.future"));
        }
        for (NewEntry.NewUse use : entry.uses()) {
            String row = "uses[" + use.index() + "].";
            if (use.item() == null) {
                problems.add(new Problem(row + "itemId", "worklog.use.error.item.required"));
            } else {
                EquipmentItem item = items.get(use.item());
                if (item == null || !item.active()) {
                    problems.add(new Problem(row + "itemId", "worklog.use.error.item.inactive"));
                }
            }
            if (use.quantity() == null) {
                problems.add(new Problem(row + "quantity", "worklog.use.error.quantity.required"));
            } else if (use.quantity().compareTo(BigDecimal.ZERO) <= 0) {
                problems.add(new Problem(row + "quantity", "worklog.use.error.quantity.positive"));
            }
            if (use.serialNumbers().size() > MAX_SERIALS || use.serialNumbers().stream().anyMatch(s -> s.length() > MAX_SERIAL_LENGTH)) {
                problems.add(new Problem(row + "serialNumbers", "worklog.use.error.serials"));
            }
        }
        return List.copyOf(problems);
    }

    /** One serial number per line; blank lines and surrounding spaces dropped. */
    public static List<String> serialLines(String text) {
        if (text == null) {
            return List.of();
        }
        return text.lines().map(String::strip).filter(s -> !s.isEmpty()).toList();
    }
}
