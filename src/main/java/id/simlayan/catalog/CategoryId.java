package id.simlayan.catalog;

import java.util.UUID;

/** Identifier of a category within a service offering. */
public record CategoryId(UUID value) {

    public CategoryId {
        if (value == null) {
            throw new IllegalArgumentException("CategoryId needs a value");
        }
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
