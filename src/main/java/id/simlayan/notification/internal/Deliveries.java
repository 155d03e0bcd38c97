package id.simlayan.notification.internal;

import id.simlayan.identity.Directory;
import id.simlayan.identity.Role;
import id.simlayan.identity.UnitId;
import id.simlayan.identity.UserContact;
import id.simlayan.identity.UserId;
import id.simlayan.notification.EmailTopic;
import id.simlayan.notification.MailPreferences;
import java.time.Instant;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * What the listeners share: recipients from the directory, links, dedup keys, and writing to
 * the two channels. A dedup key names the source event (type, subject id, time) and the
 * recipient, so a republished event writes nothing new.
 */
@Component
class Deliveries {

    private static final Logger log = LoggerFactory.getLogger(Deliveries.class);

    private final Directory directory;
    private final MailOutbox outbox;
    private final MailComposer composer;
    private final InAppNotifications inApp;
    private final MailPreferences preferences;
    private final String baseUrl;

    Deliveries(Directory directory, MailOutbox outbox, MailComposer composer, InAppNotifications inApp, MailPreferences preferences,
               @Value("${simlayan.base-url:http://localhost:8080}") String baseUrl) {
        this.directory = directory;
        this.outbox = outbox;
        this.composer = composer;
        this.inApp = inApp;
        this.preferences = preferences;
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
    }

    static String key(String eventType, Object subjectId, Instant at, Object recipient) {
        return eventType + ":" + subjectId + ":" + at + ":" + recipient;
    }

    /** An absolute link for e-mails. */
    String absolute(String path) {
        return baseUrl + path;
    }

    void email(String recipient, MailContent content, String dedupKey) {
        outbox.enqueue(recipient, composer.compose(content), dedupKey);
    }

    /** An e-mail on a topic the person may have switched off on their profile. */
    void email(UserContact person, EmailTopic topic, MailContent content, String dedupKey) {
        if (preferences.wantsEmail(person.id(), topic)) {
            email(person.email(), content, dedupKey);
        }
    }

    void inApp(UserId user, String text, String link, String dedupKey) {
        inApp.notify(user, text, link, dedupKey);
    }

    java.util.Optional<UserContact> contact(UserId user) {
        var contact = directory.contact(user);
        if (contact.isEmpty()) {
            log.warn("No account {}: notification dropped", user);
        }
        return contact;
    }

    List<UserContact> holders(UnitId unit, Role role) {
        return directory.holders(unit, role);
    }

    List<UserContact> holdersAnywhere(Role role) {
        return directory.holdersAnywhere(role);
    }

    /** The agents of the front desk; none (and a warning) if no front desk is configured yet. */
    List<UserContact> frontDeskAgents() {
        try {
            return directory.holders(directory.frontDesk().id(), Role.AGENT);
        } catch (IllegalStateException e) {
            log.warn("No front-desk unit configured: staff notification dropped");
            return List.of();
        }
    }

    String unitName(UnitId unit) {
        return directory.unit(unit).map(u -> u.name()).orElse("");
    }
}
