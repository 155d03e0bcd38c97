package id.simlayan.identity.internal;

import java.util.Optional;

/**
 * Indonesian mobile numbers as people type them (08..., +628..., 628..., with spaces, dots or
 * dashes) turned into the stored form +628...; 10 to 13 digits in the national form (0 8..).
 */
final class PhoneNumbers {

    static final String INVALID = "registration.error.phone";

    private PhoneNumbers() {
    }

    /** The normalised number (+628...), or empty when it is not an Indonesian mobile number. */
    static Optional<String> normalise(String input) {
        if (input == null) {
            return Optional.empty();
        }
        String s = input.strip().replaceAll("[\\s.\\-()]", "");
        String national;
        if (s.startsWith("+62")) {
            national = "0" + s.substring(3);
        } else if (s.startsWith("62")) {
            national = "0" + s.substring(2);
        } else {
            national = s;
        }
        if (!national.matches("08\\d{8,11}")) {
            return Optional.empty();
        }
        return Optional.of("+62" + national.substring(1));
    }
}
