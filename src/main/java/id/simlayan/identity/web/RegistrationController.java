package id.simlayan.identity.web;

import id.simlayan.identity.Directory;
import id.simlayan.identity.internal.Registration;
import id.simlayan.identity.internal.RegistrationLimited;
import id.simlayan.identity.internal.RegistrationRefused;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;

/** Public self-registration for citizens and civil servants. */
@Controller
class RegistrationController {

    private final Registration registration;
    private final Directory directory;

    RegistrationController(Registration registration, Directory directory) {
        this.registration = registration;
        this.directory = directory;
    }

    @GetMapping("/daftar")
    String form(Model model) {
        model.addAttribute("form", RegistrationForm.empty());
        model.addAttribute("units", directory.units());
        return "identity/register";
    }

    @PostMapping("/daftar")
    String register(@ModelAttribute("form") RegistrationForm form, BindingResult binding, Model model, HttpServletRequest request,
                    HttpServletResponse response) {
        if (binding.hasErrors()) {
            // a value that could not even be converted (e.g. a forged unit id)
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            return rerender(model);
        }
        try {
            registration.register(form.application(), request.getRemoteAddr());
            return "redirect:/daftar/terkirim";
        } catch (RegistrationLimited limited) {
            response.setStatus(HttpStatus.TOO_MANY_REQUESTS.value());
            return "identity/register-limited";
        } catch (RegistrationRefused refused) {
            refused.problems().forEach(p -> binding.rejectValue(p.field(), p.code()));
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            return rerender(model);
        }
    }

    @GetMapping("/daftar/terkirim")
    String sent() {
        return "identity/register-sent";
    }

    private String rerender(Model model) {
        model.addAttribute("units", directory.units());
        return "identity/register";
    }
}
