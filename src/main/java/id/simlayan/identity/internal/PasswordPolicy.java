package id.simlayan.identity.internal;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * The minimum strength of a new password: at least {@value #MIN_LENGTH} characters with
 * letters and digits, not containing the e-mail's local part or a part of the name, not a
 * commonly used password, and typed twice the same.
 */
final class PasswordPolicy {

    static final int MIN_LENGTH = 10;
    static final String TOO_SHORT = "registration.error.password.short";
    static final String LETTERS_AND_DIGITS = "registration.error.password.lettersDigits";
    static final String PERSONAL = "registration.error.password.personal";
    static final String COMMON = "registration.error.password.common";
    static final String MISMATCH = "registration.error.password.mismatch";

    /** Passwords and password stems (the letters of a password) that guessers try first. */
    private static final Set<String> COMMON_PASSWORDS = Set.of(
            "password", "passw0rd", "password123", "qwerty", "qwertyuiop", "qwerty123", "asdfghjkl", "1234567890",
            "12345678910", "abc123", "abcdef", "abcdefgh", "admin", "administrator", "admin12345", "indonesia", "bismillah",
            "rahasia", "katasandi", "sandi", "pekalongan", "welcome", "iloveyou", "sayang", "letmein", "superman", "doraemon",
            "jakarta", "merdeka", "garuda", "test", "testing", "user", "login", "masuk");

    private PasswordPolicy() {
    }

    static Optional<String> problem(String password, String confirmation, String email, String fullName) {
        if (password == null || password.length() < MIN_LENGTH) {
            return Optional.of(TOO_SHORT);
        }
        if (!password.matches(".*\\p{L}.*") || !password.matches(".*\\d.*")) {
            return Optional.of(LETTERS_AND_DIGITS);
        }
        String lower = password.toLowerCase(Locale.ROOT);
        if (containsPersonalData(lower, email, fullName)) {
            return Optional.of(PERSONAL);
        }
        if (COMMON_PASSWORDS.contains(lower) || COMMON_PASSWORDS.contains(stem(lower))) {
            return Optional.of(COMMON);
        }
        if (!password.equals(confirmation)) {
            return Optional.of(MISMATCH);
        }
        return Optional.empty();
    }

    /** The letters of a password after undoing look-alike substitutions ("p@ssw0rd" -> "password"). */
    static String stem(String lower) {
        String s = lower.replace('@', 'a').replace('$', 's');
        s = s.replaceAll("(?<=\\p{L})0(?=\\p{L})", "o").replaceAll("(?<=\\p{L})1(?=\\p{L})", "i")
                .replaceAll("(?<=\\p{L})3(?=\\p{L})", "e").replaceAll("(?<=\\p{L})4(?=\\p{L})", "a")
                .replaceAll("(?<=\\p{L})5(?=\\p{L})", "s");
        return s.replaceAll("[^\\p{L}]", "");
    }

    private static boolean containsPersonalData(String lowerPassword, String email, String fullName) {
        if (email != null && email.contains("@")) {
            String local = email.substring(0, email.indexOf('@')).toLowerCase(Locale.ROOT);
            if (local.length() >= 3 && lowerPassword.contains(local)) {
                return true;
            }
        }
        if (fullName != null) {
            for (String part : fullName.toLowerCase(Locale.ROOT).split("[^\\p{L}]+")) {
                if (part.length() >= 3 && lowerPassword.contains(part)) {
                    return true;
                }
            }
        }
        return false;
    }
}
