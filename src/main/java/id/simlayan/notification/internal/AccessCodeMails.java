package id.simlayan.notification.internal;

import id.simlayan.ticket.AccessCodeMail;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * Mails ticket access codes for the ticket module. Writes the outbox row in the caller's
 * transaction (no event in between, so the code never reaches the event publication table).
 * Without SMTP nothing is written: a SKIPPED row would keep the code in plain text for the
 * retention period and never be sent. A sent row keeps it until the retention purge; a new code
 * issued from the staff page makes the old one useless.
 */
@Component
class AccessCodeMails implements AccessCodeMail {

    private final Deliveries deliveries;
    private final NotificationTexts texts;
    private final MailAvailability mail;

    AccessCodeMails(Deliveries deliveries, NotificationTexts texts, MailAvailability mail) {
        this.deliveries = deliveries;
        this.texts = texts;
        this.mail = mail;
    }

    @Override
    public void send(AccessCodeNotice notice) {
        if (!mail.configured() || notice.email() == null || notice.email().isBlank()) {
            return;
        }
        String greeting = notice.name() == null || notice.name().isBlank()
                ? texts.text("notification.mail.accessCode.greeting") : texts.text("notification.mail.greeting", notice.name());
        deliveries.email(notice.email(), new MailContent(
                texts.text("notification.mail.accessCode.subject", notice.number()),
                greeting,
                List.of(texts.text("notification.mail.accessCode.intro", notice.number())),
                List.of(new MailContent.Fact(texts.text("notification.fact.number"), notice.number()),
                        new MailContent.Fact(texts.text("notification.fact.accessCode"), notice.code().grouped())),
                null, null,
                texts.text("notification.mail.accessCode.next"),
                texts.text("notification.mail.accessCode.link"), deliveries.absolute(notice.trackPath())),
                "AccessCode:" + notice.ticketId() + ":" + notice.issuedAt());
    }
}
