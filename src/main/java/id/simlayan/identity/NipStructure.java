package id.simlayan.identity;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Optional;

/**
 * Structure check of an ASN number (NIP of a PNS, or NI PPPK), see shared/domain-id.md
 * section 7: 18 digits; digits 1-8 a valid birth date (YYYYMMDD); digits 9-12 a plausible year
 * of first appointment; digit 15 the sex (1 or 2); digits 16-18 a sequence from 001. Digits
 * 13-14 are a month for PNS but not for PPPK, so they are not checked. Shared by registration
 * and by modules that record an official's NIP (the handover report's signer), so the rule is
 * written once; each caller words the problem in its own messages.
 */
public final class NipStructure {

    public enum Problem { FORMAT, BIRTH_DATE, APPOINTMENT, SEX, SEQUENCE }

    private NipStructure() {
    }

    public static Optional<Problem> check(String nip) {
        if (nip == null || !nip.matches("\\d{18}")) {
            return Optional.of(Problem.FORMAT);
        }
        int birthYear = Integer.parseInt(nip.substring(0, 4));
        try {
            LocalDate.of(birthYear, Integer.parseInt(nip.substring(4, 6)), Integer.parseInt(nip.substring(6, 8)));
        } catch (DateTimeException e) {
            return Optional.of(Problem.BIRTH_DATE);
        }
        if (birthYear < 1920) {
            return Optional.of(Problem.BIRTH_DATE);
        }
        int appointed = Integer.parseInt(nip.substring(8, 12));
        if (appointed < 1950 || appointed > 2099 || appointed < birthYear + 15) {
            return Optional.of(Problem.APPOINTMENT);
        }
        char sex = nip.charAt(14);
        if (sex != '1' && sex != '2') {
            return Optional.of(Problem.SEX);
        }
        if (nip.endsWith("000")) {
            return Optional.of(Problem.SEQUENCE);
        }
        return Optional.empty();
    }
}
