package id.simlayan.identity.internal;

import java.util.Optional;

/**
 * Structure check of a NIK (Nomor Induk Kependudukan), see shared/domain-id.md section 7:
 * 16 digits; digits 7-8 the day of birth (women +40), valid for the month in digits 9-10;
 * digits 13-16 a sequence starting at 0001. The region code is not checked (new provinces,
 * legacy codes), and the date part is not compared with a declared birth date (a NIK never
 * changes).
 */
final class NikRule {

    static final String FORMAT = "registration.error.nik.format";
    static final String DATE = "registration.error.nik.date";
    static final String SEQUENCE = "registration.error.nik.sequence";

    private static final int[] MAX_DAYS = {31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};

    private NikRule() {
    }

    /** The message code of the first problem, or empty when the NIK is well formed. */
    static Optional<String> problem(String nik) {
        if (nik == null || !nik.matches("\\d{16}")) {
            return Optional.of(FORMAT);
        }
        int day = Integer.parseInt(nik.substring(6, 8));
        int month = Integer.parseInt(nik.substring(8, 10));
        if (day > 40) {
            day -= 40;
        }
        if (month < 1 || month > 12 || day < 1 || day > MAX_DAYS[month - 1]) {
            return Optional.of(DATE);
        }
        if (nik.endsWith("0000")) {
            return Optional.of(SEQUENCE);
        }
        return Optional.empty();
    }
}
