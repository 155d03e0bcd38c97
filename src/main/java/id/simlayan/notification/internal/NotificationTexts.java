package id.simlayan.notification.internal;

import id.simlayan.ticket.TicketStatus;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Texts of notifications from messages/notification*.properties. Notifications are written
 * when the event arrives, for people whose language we do not know: Indonesian.
 */
@Component
public class NotificationTexts {

    public static final Locale INDONESIAN = Locale.forLanguageTag("id");

    private final MessageSource messages;

    public NotificationTexts(MessageSource messages) {
        this.messages = messages;
    }

    public String text(String key, Object... args) {
        return messages.getMessage(key, args.length == 0 ? null : args, INDONESIAN);
    }

    public String status(TicketStatus status) {
        return text("notification.status." + status.name());
    }

    public Locale locale() {
        return INDONESIAN;
    }
}
