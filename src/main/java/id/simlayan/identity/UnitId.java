package id.simlayan.identity;

import java.util.UUID;

/** Identifier of a government unit (OPD, Diskominfo division). */
public record UnitId(UUID value) {

    public UnitId {
        if (value == null) {
            throw new IllegalArgumentException("UnitId needs a value");
        }
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
