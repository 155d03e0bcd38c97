package id.simlayan.identity.web;

import id.simlayan.identity.internal.Registration;
import java.util.UUID;

/** The registration form as typed; checked by {@link Registration}. */
record RegistrationForm(Registration.Applicant applicant, String fullName, String nik, String email, String phone, String password,
                        String passwordConfirmation, String nip, UUID unitId, Boolean consent) {

    static RegistrationForm empty() {
        return new RegistrationForm(Registration.Applicant.CITIZEN, "", "", "", "", "", "", "", null, false);
    }

    Registration.Application application() {
        return new Registration.Application(applicant, fullName, nik, email, phone, password, passwordConfirmation, nip, unitId,
                Boolean.TRUE.equals(consent));
    }
}
