package id.simlayan.identity.internal;

import id.simlayan.identity.NipStructure;
import java.util.Optional;

/** {@link NipStructure}'s check worded in the registration form's messages. */
final class NipRule {

    static final String FORMAT = "registration.error.nip.format";
    static final String BIRTH_DATE = "registration.error.nip.birthDate";
    static final String APPOINTMENT = "registration.error.nip.appointment";
    static final String SEX = "registration.error.nip.sex";
    static final String SEQUENCE = "registration.error.nip.sequence";

    private NipRule() {
    }

    static Optional<String> problem(String nip) {
        return NipStructure.check(nip).map(p -> switch (p) {
            case FORMAT -> FORMAT;
            case BIRTH_DATE -> BIRTH_DATE;
            case APPOINTMENT -> APPOINTMENT;
            case SEX -> SEX;
            case SEQUENCE -> SEQUENCE;
        });
    }
}
