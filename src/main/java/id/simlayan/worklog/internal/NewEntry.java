package id.simlayan.worklog.internal;

import id.simlayan.worklog.EquipmentItemId;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * A work entry as a technician submits it. {@code doneAt} null means now. {@code uses} are the
 * equipment rows that were filled in (blank rows are left out before).
 */
public record NewEntry(String description, Instant doneAt, int minutes, List<NewUse> uses) {

    public NewEntry {
        uses = List.copyOf(uses);
    }

    /**
     * One equipment row: {@code index} is the row on the form (for messages next to its fields);
     * {@code item} or {@code quantity} null when left empty.
     */
    public record NewUse(int index, EquipmentItemId item, BigDecimal quantity, List<String> serialNumbers, String replacedItem) {

        public NewUse {
            serialNumbers = List.copyOf(serialNumbers);
        }
    }
}
