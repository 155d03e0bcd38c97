package id.simlayan.notification.internal;

import id.simlayan.identity.UserId;
import id.simlayan.notification.EmailTopic;
import id.simlayan.platform.DateDisplay;
import id.simlayan.sla.DeadlineBreached;
import id.simlayan.sla.DeadlineWarningReached;
import id.simlayan.sla.TicketEscalated;
import id.simlayan.ticket.DeadlineKind;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Tells staff that a time limit of a ticket they hold is close (warning) or passed (breach), by
 * e-mail and in the application, linking the staff ticket page. One message per recipient and
 * event (dedup key: event type, clock, ticket, due instant, recipient), so a republished event
 * writes nothing twice. The sla module publishes these only while the holder's unit is open.
 */
@Component
class DeadlineNotifications {

    private final Deliveries deliveries;
    private final NotificationTexts texts;
    private final DateDisplay dates;

    DeadlineNotifications(Deliveries deliveries, NotificationTexts texts, DateDisplay dates) {
        this.deliveries = deliveries;
        this.texts = texts;
        this.dates = dates;
    }

    @ApplicationModuleListener
    void on(DeadlineWarningReached event) {
        String type = "DeadlineWarningReached:" + event.kind();
        String limit = limit(event.kind());
        String due = due(event.dueAt());
        for (UserId recipient : event.recipients()) {
            deliveries.contact(recipient).ifPresent(person -> {
                String key = Deliveries.key(type, event.ticketId(), event.dueAt(), recipient);
                deliveries.email(person, EmailTopic.DEADLINE_NOTICES, new MailContent(
                        texts.text("notification.mail.deadlineWarning.subject", event.number(), limit),
                        texts.text("notification.mail.greeting", person.fullName()),
                        List.of(texts.text("notification.mail.deadlineWarning.intro", event.number(), limit, due)),
                        facts(event.number(), event.subject(), limit, due),
                        null, null,
                        texts.text("notification.next.deadlineWarning"),
                        texts.text("notification.mail.staffLink"), deliveries.absolute(TicketNotifications.staffPath(event.ticketId()))),
                        key);
                deliveries.inApp(recipient, texts.text("notification.inapp.deadlineWarning", event.number(), limit, due),
                        TicketNotifications.staffPath(event.ticketId()), key);
            });
        }
    }

    @ApplicationModuleListener
    void on(DeadlineBreached event) {
        String type = "DeadlineBreached:" + event.kind();
        String limit = limit(event.kind());
        String due = due(event.dueAt());
        for (UserId recipient : event.recipients()) {
            deliveries.contact(recipient).ifPresent(person -> {
                String key = Deliveries.key(type, event.ticketId(), event.dueAt(), recipient);
                List<String> paragraphs = new ArrayList<>();
                paragraphs.add(texts.text("notification.mail.deadlineBreached.intro", event.number(), limit, due));
                if (event.escalated()) {
                    paragraphs.add(texts.text("notification.mail.deadlineBreached.escalated"));
                }
                deliveries.email(person, EmailTopic.DEADLINE_NOTICES, new MailContent(
                        texts.text("notification.mail.deadlineBreached.subject", event.number(), limit),
                        texts.text("notification.mail.greeting", person.fullName()),
                        paragraphs,
                        facts(event.number(), event.subject(), limit, due),
                        null, null,
                        texts.text("notification.next.deadlineBreached"),
                        texts.text("notification.mail.staffLink"), deliveries.absolute(TicketNotifications.staffPath(event.ticketId()))),
                        key);
                deliveries.inApp(recipient, texts.text(event.escalated() ? "notification.inapp.deadlineBreachedEscalated"
                                : "notification.inapp.deadlineBreached", event.number(), limit, due),
                        TicketNotifications.staffPath(event.ticketId()), key);
            });
        }
    }

    @ApplicationModuleListener
    void on(TicketEscalated event) {
        String type = "TicketEscalated";
        for (UserId recipient : event.recipients()) {
            deliveries.contact(recipient).ifPresent(person -> {
                String key = Deliveries.key(type, event.ticketId(), event.at(), recipient);
                deliveries.email(person, EmailTopic.DEADLINE_NOTICES, new MailContent(
                        texts.text("notification.mail.ticketEscalated.subject", event.number()),
                        texts.text("notification.mail.greeting", person.fullName()),
                        List.of(texts.text("notification.mail.ticketEscalated.intro", event.number(), event.byName())),
                        List.of(new MailContent.Fact(texts.text("notification.fact.number"), event.number()),
                                new MailContent.Fact(texts.text("notification.fact.subject"), event.subject() == null ? "" : event.subject())),
                        texts.text("notification.mail.ticketEscalated.reason"), event.reason(),
                        texts.text("notification.next.ticketEscalated"),
                        texts.text("notification.mail.staffLink"), deliveries.absolute(TicketNotifications.staffPath(event.ticketId()))),
                        key);
                deliveries.inApp(recipient, texts.text("notification.inapp.ticketEscalated", event.number(), event.byName()),
                        TicketNotifications.staffPath(event.ticketId()), key);
            });
        }
    }

    private String limit(DeadlineKind kind) {
        return texts.text("notification.deadline." + kind.name());
    }

    private String due(Instant dueAt) {
        if (dueAt == null) {
            return "";
        }
        var previous = LocaleContextHolder.getLocale();
        LocaleContextHolder.setLocale(texts.locale());
        try {
            return dates.dateTime(dueAt);
        } finally {
            LocaleContextHolder.setLocale(previous);
        }
    }

    private List<MailContent.Fact> facts(String number, String subject, String limit, String due) {
        return List.of(new MailContent.Fact(texts.text("notification.fact.number"), number),
                new MailContent.Fact(texts.text("notification.fact.subject"), subject == null ? "" : subject),
                new MailContent.Fact(texts.text("notification.fact.deadline"), limit),
                new MailContent.Fact(texts.text("notification.fact.dueAt"), due));
    }
}
