package id.simlayan.identity;

import java.util.UUID;

/** Identifier of an account. */
public record UserId(UUID value) {

    public UserId {
        if (value == null) {
            throw new IllegalArgumentException("UserId needs a value");
        }
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
