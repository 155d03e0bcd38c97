package id.simlayan.identity.web;

import id.simlayan.identity.CurrentUser;
import id.simlayan.identity.internal.Profiles;
import id.simlayan.identity.internal.SessionFreshness;
import id.simlayan.identity.web.ProfileForms.DetailsForm;
import id.simlayan.identity.web.ProfileForms.PasswordChangeForm;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import jakarta.validation.Valid;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** "Profil saya": name, mobile number and password of the signed-in person. E-mail choices: notification's {@code /profil/notifikasi}. */
@Controller
class ProfileController {

    private static final String PAGE = "identity/profile";

    private final Profiles profiles;
    private final MessageSource messages;
    private final SessionFreshness sessions;

    ProfileController(Profiles profiles, MessageSource messages, SessionFreshness sessions) {
        this.profiles = profiles;
        this.messages = messages;
        this.sessions = sessions;
    }

    @GetMapping("/profil")
    String profile(CurrentUser user, Model model) {
        var profile = profiles.profile(user.id());
        model.addAttribute("email", profile.email());
        model.addAttribute("details", DetailsForm.of(profile));
        model.addAttribute("passwordForm", PasswordChangeForm.empty());
        return PAGE;
    }

    @PostMapping("/profil/data")
    String details(CurrentUser user, @Valid @ModelAttribute("details") DetailsForm form, BindingResult binding, Model model,
                   HttpServletResponse response, HttpSession session, RedirectAttributes redirect, Locale locale) {
        if (!binding.hasErrors()) {
            var problem = profiles.changeDetails(user.id(), form.fullName(), form.phone());
            if (problem.isEmpty()) {
                // this session stays logged in with the new name; the person's other sessions follow on their next request
                sessions.keepCurrentSession(user.id(), session);
                redirect.addFlashAttribute("flash", messages.getMessage("profile.details.saved", null, locale));
                return "redirect:/profil";
            }
            binding.rejectValue(problem.get().field(), problem.get().code());
        }
        response.setStatus(HttpStatus.BAD_REQUEST.value());
        model.addAttribute("email", profiles.profile(user.id()).email());
        model.addAttribute("passwordForm", PasswordChangeForm.empty());
        return PAGE;
    }

    @PostMapping("/profil/sandi")
    String password(CurrentUser user, @Valid @ModelAttribute("passwordForm") PasswordChangeForm form, BindingResult binding, Model model,
                    HttpServletResponse response, HttpSession session, RedirectAttributes redirect, Locale locale) {
        if (!binding.hasErrors()) {
            var problem = profiles.changePassword(user.id(), form.currentPassword(), form.password(), form.passwordConfirmation());
            if (problem.isEmpty()) {
                // the person's other sessions end on their next request; this one stays
                sessions.keepCurrentSession(user.id(), session);
                redirect.addFlashAttribute("flash", messages.getMessage("profile.password.saved", null, locale));
                return "redirect:/profil";
            }
            binding.rejectValue(problem.get().field(), problem.get().code());
        }
        response.setStatus(HttpStatus.BAD_REQUEST.value());
        var profile = profiles.profile(user.id());
        model.addAttribute("email", profile.email());
        model.addAttribute("details", DetailsForm.of(profile));
        return PAGE;
    }
}
