package id.simlayan.worklog;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What the entries of a ticket add up to, cancelled entries left out: the time spent and, per
 * item of the equipment list, the quantity used (in the order items first appear).
 */
public record WorkTotals(int minutes, List<ItemTotal> equipment) {

    public WorkTotals {
        equipment = List.copyOf(equipment);
    }

    public record ItemTotal(EquipmentItemId item, String itemName, String unitOfMeasure, BigDecimal quantity) {
    }

    public static WorkTotals of(List<WorkEntry> entries) {
        int minutes = 0;
        Map<EquipmentItemId, ItemTotal> items = new LinkedHashMap<>();
        for (WorkEntry entry : entries) {
            if (entry.cancelled()) {
                continue;
            }
            minutes += entry.minutes();
            for (EquipmentUse use : entry.equipment()) {
                items.merge(use.item(), new ItemTotal(use.item(), use.itemName(), use.unitOfMeasure(), use.quantity()),
                        (a, b) -> new ItemTotal(a.item(), a.itemName(), a.unitOfMeasure(), a.quantity().add(b.quantity()).stripTrailingZeros()));
            }
        }
        return new WorkTotals(minutes, List.copyOf(items.values()));
    }
}
