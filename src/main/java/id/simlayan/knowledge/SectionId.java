package id.simlayan.knowledge;

import java.util.Objects;
import java.util.UUID;

/** Identifies a section of the knowledge base. */
public record SectionId(UUID value) {

    public SectionId {
        Objects.requireNonNull(value, "value");
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
