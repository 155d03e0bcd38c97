package id.simlayan.identity.web;

import id.simlayan.identity.CurrentUser;
import id.simlayan.identity.Directory;
import id.simlayan.identity.Role;
import id.simlayan.identity.internal.AccountAdministration;
import id.simlayan.identity.internal.DecisionRefused;
import id.simlayan.identity.internal.PasswordSettings;
import id.simlayan.identity.internal.RegistrationRefused;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import java.util.Arrays;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Account actions of {@code /admin/pengguna}: create a staff account, deactivate (after a confirmation page), reactivate, unlock. */
@Controller
@PreAuthorize("hasRole('ADMIN')")
class AccountAdminController {

    private static final String NEW_PAGE = "identity/admin/user-new";

    /** A new staff account as typed; checked by {@link AccountAdministration}. */
    record NewStaffForm(String fullName, String email, String nip, UUID unitId, Set<Role> roles) {

        static NewStaffForm empty() {
            return new NewStaffForm("", "", "", null, Set.of());
        }
    }

    record DeactivationForm(@Size(max = 500, message = "{admin.users.error.reasonTooLong}") String reason) {
    }

    private final AccountAdministration accounts;
    private final Directory directory;
    private final MessageSource messages;
    private final PasswordSettings passwordSettings;

    AccountAdminController(AccountAdministration accounts, Directory directory, MessageSource messages, PasswordSettings passwordSettings) {
        this.accounts = accounts;
        this.directory = directory;
        this.messages = messages;
        this.passwordSettings = passwordSettings;
    }

    @GetMapping("/admin/pengguna/baru")
    String newForm(Model model) {
        model.addAttribute("form", NewStaffForm.empty());
        return newPage(model);
    }

    @PostMapping("/admin/pengguna/baru")
    String create(@ModelAttribute("form") NewStaffForm form, BindingResult binding, CurrentUser admin, Model model,
                  HttpServletResponse response, RedirectAttributes redirect, Locale locale) {
        if (binding.hasErrors()) {
            // a value that could not even be converted (a forged unit id or role)
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            return newPage(model);
        }
        try {
            accounts.createStaff(new AccountAdministration.NewStaff(form.fullName(), form.email(), form.nip(), form.unitId(), form.roles()),
                    admin.id());
        } catch (RegistrationRefused refused) {
            refused.problems().forEach(p -> binding.rejectValue(p.field(), p.code()));
            response.setStatus(refused.onlyDuplicates() ? HttpStatus.CONFLICT.value() : HttpStatus.BAD_REQUEST.value());
            return newPage(model);
        }
        String email = form.email().strip();
        redirect.addFlashAttribute("flash", messages.getMessage("admin.users.created", new Object[] {email}, locale));
        redirect.addAttribute("q", email);
        return "redirect:/admin/pengguna";
    }

    @GetMapping("/admin/pengguna/{id}/nonaktifkan")
    String confirmDeactivation(@PathVariable UUID id, CurrentUser admin, Model model, RedirectAttributes redirect, Locale locale) {
        if (admin.id().value().equals(id)) {
            redirect.addFlashAttribute("flashError", messages.getMessage("admin.users.error.ownAccount", null, locale));
            return "redirect:/admin/pengguna";
        }
        try {
            model.addAttribute("account", accounts.summary(id));
        } catch (DecisionRefused refused) {
            redirect.addFlashAttribute("flashError", messages.getMessage(refused.code(), null, locale));
            return "redirect:/admin/pengguna";
        }
        model.addAttribute("form", new DeactivationForm(""));
        return "identity/admin/user-deactivate";
    }

    @PostMapping("/admin/pengguna/{id}/nonaktifkan")
    String deactivate(@PathVariable UUID id, @Valid @ModelAttribute("form") DeactivationForm form, BindingResult binding, CurrentUser admin,
                      Model model, HttpServletResponse response, RedirectAttributes redirect, Locale locale) {
        if (binding.hasErrors()) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            model.addAttribute("account", accounts.summary(id));
            return "identity/admin/user-deactivate";
        }
        return act(() -> accounts.deactivate(id, form.reason(), admin.id()), "admin.users.deactivated", redirect, locale);
    }

    @PostMapping("/admin/pengguna/{id}/aktifkan")
    String reactivate(@PathVariable UUID id, CurrentUser admin, RedirectAttributes redirect, Locale locale) {
        return act(() -> accounts.reactivate(id, admin.id()), "admin.users.reactivated", redirect, locale);
    }

    @PostMapping("/admin/pengguna/{id}/buka-kunci")
    String unlock(@PathVariable UUID id, CurrentUser admin, RedirectAttributes redirect, Locale locale) {
        return act(() -> accounts.unlock(id, admin.id()), "admin.users.unlocked", redirect, locale);
    }

    private String act(Runnable action, String doneCode, RedirectAttributes redirect, Locale locale) {
        try {
            action.run();
            redirect.addFlashAttribute("flash", messages.getMessage(doneCode, null, locale));
        } catch (DecisionRefused refused) {
            redirect.addFlashAttribute("flashError", messages.getMessage(refused.code(), null, locale));
        }
        return "redirect:/admin/pengguna";
    }

    private String newPage(Model model) {
        model.addAttribute("units", directory.units());
        model.addAttribute("invitationDays", Math.max(1, passwordSettings.invitationValidity().toDays()));
        model.addAttribute("roles", Arrays.stream(Role.values()).filter(r -> r != Role.REQUESTER).toList());
        return NEW_PAGE;
    }
}
