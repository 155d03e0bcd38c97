package id.simlayan.identity.web;

import id.simlayan.identity.internal.PasswordRecovery;
import id.simlayan.identity.internal.PasswordRecovery.Outcome;
import id.simlayan.identity.web.PasswordForms.ForgotForm;
import id.simlayan.identity.web.PasswordForms.NewPasswordForm;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;

/** "Lupa kata sandi" and the page of the e-mailed link (also used by invitations). */
@Controller
class PasswordController {

    private final PasswordRecovery recovery;

    PasswordController(PasswordRecovery recovery) {
        this.recovery = recovery;
    }

    @GetMapping("/lupa-sandi")
    String forgotForm(Model model) {
        model.addAttribute("form", ForgotForm.empty());
        return "identity/forgot-password";
    }

    @PostMapping("/lupa-sandi")
    String forgot(@Valid @ModelAttribute("form") ForgotForm form, BindingResult binding, HttpServletRequest request,
                  HttpServletResponse response) {
        if (binding.hasErrors()) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            return "identity/forgot-password";
        }
        recovery.request(form.email(), request.getRemoteAddr());
        return "redirect:/lupa-sandi/terkirim";
    }

    @GetMapping("/lupa-sandi/terkirim")
    String sent() {
        return "identity/forgot-password-sent";
    }

    @GetMapping(PasswordRecovery.LINK_PATH + "{token}")
    String resetForm(@PathVariable String token, Model model, HttpServletResponse response) {
        if (!recovery.linkUsable(token)) {
            return invalid(response);
        }
        model.addAttribute("form", NewPasswordForm.empty());
        model.addAttribute("token", token);
        return "identity/reset-password";
    }

    @PostMapping(PasswordRecovery.LINK_PATH + "{token}")
    String reset(@PathVariable String token, @Valid @ModelAttribute("form") NewPasswordForm form, BindingResult binding, Model model,
                 HttpServletResponse response) {
        model.addAttribute("token", token);
        if (binding.hasErrors()) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            return recovery.linkUsable(token) ? "identity/reset-password" : invalid(response);
        }
        return switch (recovery.setPassword(token, form.password(), form.passwordConfirmation())) {
            case Outcome.Done done -> "redirect:/masuk?sandi=baru";
            case Outcome.Refused refused -> {
                binding.rejectValue(refused.field(), refused.code());
                response.setStatus(HttpStatus.BAD_REQUEST.value());
                yield "identity/reset-password";
            }
            case Outcome.LinkInvalid invalid -> invalid(response);
        };
    }

    private static String invalid(HttpServletResponse response) {
        response.setStatus(HttpStatus.GONE.value());
        return "identity/reset-password-invalid";
    }
}
