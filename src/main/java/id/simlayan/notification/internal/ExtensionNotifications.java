package id.simlayan.notification.internal;

import id.simlayan.notification.EmailTopic;
import id.simlayan.platform.DateDisplay;
import id.simlayan.sla.DeadlineExtended;
import java.time.Instant;
import java.util.List;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Tells the requester that the resolution time limit of their ticket was extended, with the
 * written reason (UU 14/2008 Pasal 22(8)), by e-mail and in the application, linking the tracking
 * page. Dedup key: event type, ticket, new due instant, requester.
 */
@Component
class ExtensionNotifications {

    /** In-app texts quote the reason (staff input) only this far. */
    private static final int REASON_IN_TEXT = 200;

    private final Deliveries deliveries;
    private final NotificationTexts texts;
    private final DateDisplay dates;

    ExtensionNotifications(Deliveries deliveries, NotificationTexts texts, DateDisplay dates) {
        this.deliveries = deliveries;
        this.texts = texts;
        this.dates = dates;
    }

    @ApplicationModuleListener
    void on(DeadlineExtended event) {
        if (event.requesterId() == null) {
            return;
        }
        String type = "DeadlineExtended";
        String due = dateTime(event.newDue());
        deliveries.contact(event.requesterId()).ifPresent(requester -> {
            String key = Deliveries.key(type, event.ticketId(), event.newDue(), requester.id());
            deliveries.email(requester, EmailTopic.TICKET_UPDATES, new MailContent(
                    texts.text("notification.mail.deadlineExtended.subject", event.number()),
                    texts.text("notification.mail.greeting", requester.fullName()),
                    List.of(texts.text("notification.mail.deadlineExtended.intro", event.number(), due)),
                    List.of(new MailContent.Fact(texts.text("notification.fact.number"), event.number()),
                            new MailContent.Fact(texts.text("notification.fact.subject"), event.subject() == null ? "" : event.subject()),
                            new MailContent.Fact(texts.text("notification.fact.previousDue"), dateTime(event.oldDue())),
                            new MailContent.Fact(texts.text("notification.fact.dueAt"), due)),
                    texts.text("notification.note.deadlineExtended"), event.reason(),
                    texts.text("notification.next.deadlineExtended"),
                    texts.text("notification.mail.trackLink"), deliveries.absolute(TicketNotifications.trackPath(event.ticketId()))),
                    key);
            deliveries.inApp(requester.id(), texts.text("notification.inapp.deadlineExtended", event.number(), due, shorten(event.reason())),
                    TicketNotifications.trackPath(event.ticketId()), key);
        });
    }

    private static String shorten(String text) {
        return text == null || text.length() <= REASON_IN_TEXT ? text : text.substring(0, REASON_IN_TEXT - 1) + "…";
    }

    private String dateTime(Instant instant) {
        if (instant == null) {
            return "";
        }
        var previous = LocaleContextHolder.getLocale();
        LocaleContextHolder.setLocale(texts.locale());
        try {
            return dates.dateTime(instant);
        } finally {
            LocaleContextHolder.setLocale(previous);
        }
    }
}
