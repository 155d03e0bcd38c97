package id.simlayan.identity.internal;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.stereotype.Component;

/**
 * Counts the failure ({@link LoginThrottle}) and sends the visitor back to the login page with
 * a reason code the page turns into text.
 */
@Component
class LoginFailureHandler implements AuthenticationFailureHandler {

    private final LoginThrottle throttle;

    LoginFailureHandler(LoginThrottle throttle) {
        this.throttle = throttle;
    }

    @Override
    public void onAuthenticationFailure(HttpServletRequest request, HttpServletResponse response, AuthenticationException exception)
            throws IOException {
        String email = request.getParameter("email");
        String reason = switch (exception) {
            case RejectedLogin rejected -> {
                request.getSession().setAttribute(LoginPage.REJECTION_REASON, rejected.reason());
                yield "rejected";
            }
            case DisabledException ignored -> "inactive";
            case LockedException ignored -> {
                throttle.refusedLocked(email, request.getRemoteAddr());
                yield "locked";
            }
            case BadCredentialsException ignored -> throttle.failed(email, request.getRemoteAddr()) ? "locked" : "bad";
            default -> "bad";
        };
        response.sendRedirect(request.getContextPath() + "/masuk?error=" + reason);
    }
}
