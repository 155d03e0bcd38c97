package id.simlayan.catalog;

import java.util.UUID;

/** Identifier of a service offering (layanan). */
public record ServiceOfferingId(UUID value) {

    public ServiceOfferingId {
        if (value == null) {
            throw new IllegalArgumentException("ServiceOfferingId needs a value");
        }
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
