package id.simlayan.identity.internal;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.stereotype.Component;

/** Sends the visitor back to the login page with a reason code the page turns into text. */
@Component
class LoginFailureHandler implements AuthenticationFailureHandler {

    @Override
    public void onAuthenticationFailure(HttpServletRequest request, HttpServletResponse response, AuthenticationException exception)
            throws IOException {
        String reason = switch (exception) {
            case DisabledException ignored -> "inactive";
            case LockedException ignored -> "locked";
            default -> "bad";
        };
        response.sendRedirect(request.getContextPath() + "/masuk?error=" + reason);
    }
}
