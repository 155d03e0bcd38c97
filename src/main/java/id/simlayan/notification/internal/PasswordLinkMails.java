package id.simlayan.notification.internal;

import id.simlayan.identity.PasswordLinkMail;
import id.simlayan.platform.DateDisplay;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * Mails password links for identity. Writes the outbox row in the caller's transaction (no
 * event in between): the link exists in a mail exactly when its token was committed. The
 * outbox row holds the link until it is deleted with the other sent mail; the token expires
 * long before.
 */
@Component
class PasswordLinkMails implements PasswordLinkMail {

    private final Deliveries deliveries;
    private final NotificationTexts texts;
    private final DateTimeFormatter expiry;
    private final String zoneName;

    PasswordLinkMails(Deliveries deliveries, NotificationTexts texts, DateDisplay dates) {
        this.deliveries = deliveries;
        this.texts = texts;
        this.expiry = DateTimeFormatter.ofPattern("d MMMM yyyy, HH:mm", texts.locale()).withZone(dates.zone());
        this.zoneName = dates.zone().getDisplayName(TextStyle.SHORT, texts.locale());
    }

    @Override
    public void send(PasswordLink link) {
        String prefix = link.purpose() == Purpose.INVITATION ? "notification.mail.invitation." : "notification.mail.passwordReset.";
        String until = expiry.format(link.expiresAt()) + " " + zoneName;
        deliveries.email(link.email(), new MailContent(
                texts.text(prefix + "subject"),
                texts.text("notification.mail.greeting", link.fullName()),
                List.of(texts.text(prefix + "intro"), texts.text("notification.mail.passwordLink.validity", until)),
                List.of(new MailContent.Fact(texts.text("notification.fact.email"), link.email())),
                null, null,
                texts.text(prefix + "next"),
                texts.text(prefix + "link"), deliveries.absolute(link.path())),
                "PasswordLink:" + link.linkId());
    }
}
