package id.simlayan.worklog;

import java.util.UUID;

public record WorkEntryId(UUID value) {

    public WorkEntryId {
        java.util.Objects.requireNonNull(value, "value");
    }
}
