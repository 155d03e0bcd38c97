package id.simlayan.identity.web;

import id.simlayan.identity.internal.LoginPage;
import id.simlayan.identity.internal.LoginSettings;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

@Controller
class LoginController {

    private final LoginSettings loginSettings;

    LoginController(LoginSettings loginSettings) {
        this.loginSettings = loginSettings;
    }

    @GetMapping("/masuk")
    String login(HttpServletRequest request, Model model) {
        model.addAttribute("lockAfter", loginSettings.maxFailures());
        model.addAttribute("lockMinutes", Math.max(1, loginSettings.lockDuration().toMinutes()));
        var session = request.getSession(false);
        if (session != null && session.getAttribute(LoginPage.REJECTION_REASON) instanceof String reason) {
            // shown once, after a login with the right password; never in the URL
            session.removeAttribute(LoginPage.REJECTION_REASON);
            model.addAttribute("rejectionReason", reason);
        }
        return "identity/login";
    }
}
