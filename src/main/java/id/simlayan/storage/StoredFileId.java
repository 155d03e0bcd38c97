package id.simlayan.storage;

import java.util.UUID;

/** Identifier of a stored file. */
public record StoredFileId(UUID value) {

    public StoredFileId {
        if (value == null) {
            throw new IllegalArgumentException("StoredFileId needs a value");
        }
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
