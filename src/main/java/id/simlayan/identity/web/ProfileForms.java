package id.simlayan.identity.web;

import id.simlayan.identity.internal.Profiles;
import jakarta.validation.constraints.Size;

/** Form records of the profile page; the rules are checked by {@link Profiles}. */
final class ProfileForms {

    private ProfileForms() {
    }

    record DetailsForm(@Size(max = 150, message = "{registration.error.fullName}") String fullName,
                       @Size(max = 30, message = "{registration.error.phone}") String phone) {

        static DetailsForm of(Profiles.Profile profile) {
            return new DetailsForm(profile.fullName(), profile.phone() == null ? "" : profile.phone());
        }
    }

    record PasswordChangeForm(@Size(max = 200, message = "{password.error.tooLong}") String currentPassword,
                              @Size(max = 200, message = "{password.error.tooLong}") String password,
                              @Size(max = 200, message = "{password.error.tooLong}") String passwordConfirmation) {

        static PasswordChangeForm empty() {
            return new PasswordChangeForm("", "", "");
        }
    }
}
