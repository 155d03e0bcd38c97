package id.simlayan.notification.web;

import id.simlayan.notification.internal.MailAvailability;
import id.simlayan.notification.internal.MailOutbox;
import id.simlayan.notification.internal.NotificationSettings;
import id.simlayan.notification.internal.OutboundEmail;
import java.util.UUID;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Administrators see the e-mail outbox: counts per status, latest failures, and retry FAILED e-mails. */
@Controller
@RequestMapping("/admin/email")
@PreAuthorize("hasRole('ADMIN')")
class MailAdminController {

    static final int PROBLEMS_SHOWN = 50;

    private final MailOutbox outbox;
    private final MailAvailability mail;
    private final NotificationSettings settings;
    private final MessageSource messages;

    MailAdminController(MailOutbox outbox, MailAvailability mail, NotificationSettings settings, MessageSource messages) {
        this.outbox = outbox;
        this.mail = mail;
        this.settings = settings;
        this.messages = messages;
    }

    @GetMapping
    String overview(Model model) {
        var counts = outbox.counts();
        model.addAttribute("counts", counts);
        model.addAttribute("failedCount", counts.get(OutboundEmail.Status.FAILED));
        model.addAttribute("problems", outbox.latestProblems(PROBLEMS_SHOWN));
        model.addAttribute("mailFrom", settings.mailFrom());
        model.addAttribute("maxAttempts", settings.maxAttempts());
        model.addAttribute("sending", mail.configured());
        // this page explains the mail state in detail; the layout's short banner would repeat it
        model.addAttribute("hideMailBanner", true);
        return "notification/admin-email";
    }

    @PostMapping("/{id}/kirim-ulang")
    String retry(@PathVariable UUID id, RedirectAttributes redirect) {
        if (outbox.retryNow(id)) {
            redirect.addFlashAttribute("flash", text("notification.admin.retried"));
        } else {
            redirect.addFlashAttribute("flashError", text("notification.admin.retryNotFound"));
        }
        return "redirect:/admin/email";
    }

    @PostMapping("/kirim-ulang")
    String retryAll(RedirectAttributes redirect) {
        int n = outbox.retryAllFailed();
        redirect.addFlashAttribute("flash", text("notification.admin.retriedAll", n));
        return "redirect:/admin/email";
    }

    private String text(String key, Object... args) {
        return messages.getMessage(key, args.length == 0 ? null : args, LocaleContextHolder.getLocale());
    }
}
