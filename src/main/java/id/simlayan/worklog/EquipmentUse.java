package id.simlayan.worklog;

import java.math.BigDecimal;
import java.util.List;

/**
 * Equipment or material used in one work entry: the item of the equipment list (its current
 * name and unit of measure), how much, the serial numbers of what was installed, and what was
 * removed in its place (free text, e.g. "switch lama TP-Link SN 1234"; null when nothing was).
 */
public record EquipmentUse(WorkEntryId entry, EquipmentItemId item, String itemName, String unitOfMeasure, BigDecimal quantity,
                           List<String> serialNumbers, String replacedItem) {

    public EquipmentUse {
        serialNumbers = List.copyOf(serialNumbers);
    }
}
