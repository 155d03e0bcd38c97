package id.simlayan.identity.web;

import id.simlayan.identity.CurrentUser;
import id.simlayan.identity.Directory;
import id.simlayan.identity.Role;
import id.simlayan.identity.internal.DecisionRefused;
import id.simlayan.identity.internal.RegistrationDecisions;
import id.simlayan.identity.internal.UserAdministration;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Arrays;
import java.util.Locale;
import java.util.UUID;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The administrator's area: pending registrations and the accounts with their roles. */
@Controller
@PreAuthorize("hasRole('ADMIN')")
class AdminController {

    private final RegistrationDecisions decisions;
    private final UserAdministration users;
    private final Directory directory;
    private final MessageSource messages;

    AdminController(RegistrationDecisions decisions, UserAdministration users, Directory directory, MessageSource messages) {
        this.decisions = decisions;
        this.users = users;
        this.directory = directory;
        this.messages = messages;
    }

    @GetMapping("/admin")
    String dashboard(Model model) {
        model.addAttribute("pendingCount", decisions.pendingCount());
        return "identity/admin/dashboard";
    }

    @GetMapping("/admin/pendaftaran")
    String registrations(Model model) {
        model.addAttribute("registrations", decisions.pending());
        return "identity/admin/registrations";
    }

    /**
     * Approves a registration. A plain POST redirects back to the list with a flash message; an
     * htmx request gets the table row replaced by the outcome.
     */
    @PostMapping("/admin/pendaftaran/{id}/setujui")
    String approve(@PathVariable UUID id, CurrentUser admin, Model model, RedirectAttributes redirect, Locale locale,
                   @RequestHeader(value = "HX-Request", required = false) String htmx) {
        boolean ok;
        String message;
        try {
            decisions.approve(id, admin.id());
            ok = true;
            message = messages.getMessage("admin.registrations.approved", null, locale);
        } catch (DecisionRefused refused) {
            ok = false;
            message = messages.getMessage(refused.code(), null, locale);
        }
        return outcome(id, ok, message, htmx != null, model, redirect);
    }

    @PostMapping("/admin/pendaftaran/{id}/tolak")
    String reject(@PathVariable UUID id, @RequestParam(defaultValue = "") String reason, CurrentUser admin, Model model,
                  RedirectAttributes redirect, Locale locale, HttpServletResponse response,
                  @RequestHeader(value = "HX-Request", required = false) String htmx) {
        try {
            decisions.reject(id, admin.id(), reason);
            return outcome(id, true, messages.getMessage("admin.registrations.rejected", null, locale), htmx != null, model, redirect);
        } catch (DecisionRefused refused) {
            if (refused.code().startsWith("admin.registrations.error.reason")) {
                // the reason is missing: show the registration again with the message next to its reason field
                model.addAttribute("rejectErrorFor", id);
                model.addAttribute("rejectError", refused.code());
                if (htmx != null) {
                    var row = decisions.pending().stream().filter(r -> r.id().equals(id)).toList();
                    model.addAttribute("registrations", row);
                    return "identity/admin/registrations :: row";
                }
                response.setStatus(HttpStatus.BAD_REQUEST.value());
                model.addAttribute("registrations", decisions.pending());
                return "identity/admin/registrations";
            }
            return outcome(id, false, messages.getMessage(refused.code(), null, locale), htmx != null, model, redirect);
        }
    }

    private static String outcome(UUID id, boolean ok, String message, boolean htmx, Model model, RedirectAttributes redirect) {
        if (htmx) {
            model.addAttribute("decidedId", id);
            model.addAttribute("decidedOk", ok);
            model.addAttribute("decidedMessage", message);
            return "identity/admin/registrations :: decided";
        }
        redirect.addFlashAttribute(ok ? "flash" : "flashError", message);
        return "redirect:/admin/pendaftaran";
    }

    @GetMapping("/admin/pengguna")
    String users(@RequestParam(defaultValue = "") String q, @RequestParam(defaultValue = "0") int page, Model model) {
        model.addAttribute("q", q);
        model.addAttribute("result", users.search(q, page));
        model.addAttribute("units", directory.units());
        model.addAttribute("roles", Arrays.stream(Role.values()).filter(r -> r != Role.REQUESTER).toList());
        return "identity/admin/users";
    }

    @PostMapping("/admin/pengguna/{id}/peran")
    String grant(@PathVariable UUID id, @RequestParam(required = false) UUID unitId, @RequestParam(required = false) Role role,
                 @RequestParam(defaultValue = "") String q, @RequestParam(defaultValue = "0") int page,
                 CurrentUser admin, RedirectAttributes redirect, Locale locale) {
        try {
            users.grant(id, unitId, role, admin.id());
            redirect.addFlashAttribute("flash", messages.getMessage("admin.users.granted", null, locale));
        } catch (DecisionRefused refused) {
            redirect.addFlashAttribute("flashError", messages.getMessage(refused.code(), null, locale));
        }
        return backToUsers(q, page, redirect);
    }

    /** Shows what revoking the role will do; the revocation itself needs the POST from this page. */
    @GetMapping("/admin/pengguna/{id}/peran/cabut")
    String confirmRevoke(@PathVariable UUID id, @RequestParam UUID unitId, @RequestParam Role role,
                         @RequestParam(defaultValue = "") String q, @RequestParam(defaultValue = "0") int page,
                         CurrentUser admin, Model model, RedirectAttributes redirect, Locale locale) {
        try {
            model.addAttribute("preview", users.previewRevoke(id, unitId, role, admin.id()));
        } catch (DecisionRefused refused) {
            redirect.addFlashAttribute("flashError", messages.getMessage(refused.code(), null, locale));
            return backToUsers(q, page, redirect);
        }
        model.addAttribute("q", q);
        model.addAttribute("page", page);
        return "identity/admin/revoke-confirm";
    }

    @PostMapping("/admin/pengguna/{id}/peran/cabut")
    String revoke(@PathVariable UUID id, @RequestParam UUID unitId, @RequestParam Role role,
                  @RequestParam(defaultValue = "false") boolean confirmed,
                  @RequestParam(defaultValue = "") String q, @RequestParam(defaultValue = "0") int page,
                  CurrentUser admin, RedirectAttributes redirect, Locale locale) {
        if (!confirmed) {
            // an old form or a forged request: show what would happen instead of doing it
            redirect.addAttribute("unitId", unitId);
            redirect.addAttribute("role", role);
            redirect.addAttribute("q", q);
            redirect.addAttribute("page", page);
            return "redirect:/admin/pengguna/" + id + "/peran/cabut";
        }
        try {
            users.revoke(id, unitId, role, admin.id());
            redirect.addFlashAttribute("flash", messages.getMessage("admin.users.revoked", null, locale));
            if (role == Role.ADMIN && admin.id().value().equals(id)) {
                // the administrator gave up their own ADMIN role: the admin pages are closed to them now
                return "redirect:/";
            }
        } catch (DecisionRefused refused) {
            redirect.addFlashAttribute("flashError", messages.getMessage(refused.code(), null, locale));
        }
        return backToUsers(q, page, redirect);
    }

    private static String backToUsers(String q, int page, RedirectAttributes redirect) {
        redirect.addAttribute("q", q);
        redirect.addAttribute("page", page);
        return "redirect:/admin/pengguna";
    }
}
