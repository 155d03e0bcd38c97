package id.simlayan.identity.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** Form records of the password pages. */
final class PasswordForms {

    private PasswordForms() {
    }

    /** "Lupa kata sandi": the e-mail address to send a link to. */
    record ForgotForm(@NotBlank(message = "{password.forgot.error.email}") @Size(max = 254, message = "{password.forgot.error.email}") String email) {

        static ForgotForm empty() {
            return new ForgotForm("");
        }
    }

    /** A new password, typed twice; checked by the password policy. */
    record NewPasswordForm(@Size(max = 200, message = "{password.error.tooLong}") String password,
                           @Size(max = 200, message = "{password.error.tooLong}") String passwordConfirmation) {

        static NewPasswordForm empty() {
            return new NewPasswordForm("", "");
        }
    }
}
