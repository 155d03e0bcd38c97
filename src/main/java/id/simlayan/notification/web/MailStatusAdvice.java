package id.simlayan.notification.web;

import id.simlayan.notification.internal.MailAvailability;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** Every page knows whether e-mail is configured; the layout warns administrators when it is not. */
@ControllerAdvice
class MailStatusAdvice {

    private final MailAvailability mail;

    MailStatusAdvice(MailAvailability mail) {
        this.mail = mail;
    }

    @ModelAttribute("mailConfigured")
    boolean mailConfigured() {
        return mail.configured();
    }
}
