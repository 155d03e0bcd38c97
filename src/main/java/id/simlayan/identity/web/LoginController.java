package id.simlayan.identity.web;

import id.simlayan.identity.internal.LoginSettings;
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
    String login(Model model) {
        model.addAttribute("lockAfter", loginSettings.maxFailures());
        model.addAttribute("lockMinutes", Math.max(1, loginSettings.lockDuration().toMinutes()));
        return "identity/login";
    }
}
