package id.simlayan.worklog;

import java.util.UUID;

public record EquipmentItemId(UUID value) {

    public EquipmentItemId {
        java.util.Objects.requireNonNull(value, "value");
    }
}
