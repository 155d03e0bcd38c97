package id.simlayan.standard;

import java.util.UUID;

/** Identifier of one version of a service standard. */
public record StandardVersionId(UUID value) {

    public StandardVersionId {
        if (value == null) {
            throw new IllegalArgumentException("StandardVersionId needs a value");
        }
    }

    public static StandardVersionId random() {
        return new StandardVersionId(UUID.randomUUID());
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
