package id.simlayan.ticket;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Optional;

/**
 * A ticket's access code: 16 symbols of Crockford's base32 (80 random bits), with which anyone
 * holding the ticket number follows the ticket on {@code /lacak} without an account. Shown
 * grouped ({@code ABCD-EFGH-JKMN-PQRS}); typed case-insensitively, with or without dashes and
 * spaces, O read as 0 and I/L as 1. Only its {@link #sha256Hex() SHA-256} is stored.
 *
 * <p>{@link #toString()} never prints the code, so that a record holding one cannot leak it into
 * a log line; {@link #grouped()} is for the one page and the one e-mail that show it.
 */
public record AccessCode(String value) {

    /** Crockford's base32: no I, L, O, U. */
    static final String ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
    public static final int LENGTH = 16;

    public AccessCode {
        if (value == null || value.length() != LENGTH || value.chars().anyMatch(c -> ALPHABET.indexOf(c) < 0)) {
            throw new IllegalArgumentException("an access code has 16 symbols of Crockford's base32");
        }
    }

    /** A fresh code: 16 independent symbols of 5 bits each. */
    public static AccessCode random(SecureRandom random) {
        var symbols = new StringBuilder(LENGTH);
        for (int i = 0; i < LENGTH; i++) {
            symbols.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return new AccessCode(symbols.toString());
    }

    /**
     * What a person typed, read leniently (case, dashes, spaces, O/I/L); empty when it cannot be a
     * code (wrong length, a U or another symbol outside the alphabet).
     */
    public static Optional<AccessCode> parse(String typed) {
        if (typed == null || typed.length() > 64) {
            return Optional.empty();
        }
        var symbols = new StringBuilder(LENGTH);
        for (char c : typed.toUpperCase(Locale.ROOT).toCharArray()) {
            switch (c) {
                case ' ', '-', '\t' -> { }
                case 'O' -> symbols.append('0');
                case 'I', 'L' -> symbols.append('1');
                default -> {
                    if (ALPHABET.indexOf(c) < 0) {
                        return Optional.empty();
                    }
                    symbols.append(c);
                }
            }
        }
        return symbols.length() == LENGTH ? Optional.of(new AccessCode(symbols.toString())) : Optional.empty();
    }

    /** {@code ABCD-EFGH-JKMN-PQRS}: the form people read, print and type. */
    public String grouped() {
        return value.substring(0, 4) + "-" + value.substring(4, 8) + "-" + value.substring(8, 12) + "-" + value.substring(12);
    }

    /**
     * The stored form: SHA-256 of the 16 symbols, lower-case hex. A plain fast hash suffices:
     * with 80 random bits nobody can try the 2^80 codes offline, and online tries are throttled.
     */
    public String sha256Hex() {
        return sha256Hex(value);
    }

    /** Whether this code is the one whose hash is stored; constant time, false for no stored hash. */
    public boolean matches(String storedHash) {
        if (storedHash == null) {
            return false;
        }
        return MessageDigest.isEqual(sha256Hex().getBytes(StandardCharsets.US_ASCII),
                storedHash.strip().toLowerCase(Locale.ROOT).getBytes(StandardCharsets.US_ASCII));
    }

    static String sha256Hex(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.US_ASCII)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }

    @Override
    public String toString() {
        return "AccessCode[****]";
    }
}
