package id.simlayan.worklog.internal;

import id.simlayan.worklog.EquipmentItemId;

/** An item of the equipment list: name (unique whatever the case), unit of measure, optional note. */
public record EquipmentItem(EquipmentItemId id, String name, String unitOfMeasure, String note, boolean active, long version) {
}
