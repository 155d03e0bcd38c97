package id.simlayan.notification.web;

import id.simlayan.identity.CurrentUser;
import id.simlayan.notification.EmailTopic;
import id.simlayan.notification.MailPreferences;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The notification part of the profile: which e-mails the person wants. */
@Controller
class PreferencesController {

    private final MailPreferences preferences;
    private final MessageSource messages;

    PreferencesController(MailPreferences preferences, MessageSource messages) {
        this.preferences = preferences;
        this.messages = messages;
    }

    @GetMapping("/profil/notifikasi")
    String form(CurrentUser user, Model model) {
        model.addAttribute("topics", topicsFor(user));
        model.addAttribute("choices", preferences.choices(user.id()));
        return "notification/preferences";
    }

    @PostMapping("/profil/notifikasi")
    String save(CurrentUser user, @RequestParam(name = "topic", required = false) Set<EmailTopic> posted, RedirectAttributes redirect,
                Locale locale) {
        var shown = topicsFor(user);
        var wanted = EnumSet.noneOf(EmailTopic.class);
        preferences.choices(user.id()).forEach((topic, chosen) -> {
            // a topic not on this person's form keeps its choice
            boolean wants = shown.contains(topic) ? posted != null && posted.contains(topic) : chosen;
            if (wants) {
                wanted.add(topic);
            }
        });
        preferences.choose(user.id(), wanted);
        redirect.addFlashAttribute("flash", messages.getMessage("notification.preferences.saved", null, locale));
        return "redirect:/profil/notifikasi";
    }

    /** Deadline notices reach staff only; a requester is not asked about them. */
    private static List<EmailTopic> topicsFor(CurrentUser user) {
        return Arrays.stream(EmailTopic.values()).filter(t -> t != EmailTopic.DEADLINE_NOTICES || user.isStaff()).toList();
    }
}
