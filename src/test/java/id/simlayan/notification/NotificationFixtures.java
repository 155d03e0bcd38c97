package id.simlayan.notification;

import static org.awaitility.Awaitility.await;

import id.simlayan.TestMailServer;
import id.simlayan.identity.AccountProvisioning;
import id.simlayan.identity.AccountProvisioning.NewAccount;
import id.simlayan.identity.Directory;
import id.simlayan.identity.Membership;
import id.simlayan.identity.Role;
import id.simlayan.identity.UnitId;
import id.simlayan.identity.UnitSummary;
import id.simlayan.identity.UserId;
import jakarta.mail.BodyPart;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Test helpers: people with unique e-mail addresses, events published in a transaction the way
 * a module publishes them, waiting until every listener has handled them, and reading the
 * GreenMail inbox of one address only (other test classes send mail too).
 */
public final class NotificationFixtures {

    public static final String PASSWORD = "rahasia-123456";

    private final AccountProvisioning provisioning;
    private final Directory directory;
    private final TransactionTemplate transactions;
    private final ApplicationEventPublisher events;
    private final JdbcClient jdbc;

    public NotificationFixtures(AccountProvisioning provisioning, Directory directory, TransactionTemplate transactions,
                                ApplicationEventPublisher events, JdbcClient jdbc) {
        this.provisioning = provisioning;
        this.directory = directory;
        this.transactions = transactions;
        this.events = events;
        this.jdbc = jdbc;
    }

    public record Person(UserId id, String fullName, String email) {
    }

    public static String uniqueEmail(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 12) + "@notif.test";
    }

    public static String ticketNumber(String kind) {
        return kind + "-2026-" + String.format("%06d", ThreadLocalRandom.current().nextInt(1_000_000));
    }

    public Person person(String name, Membership... memberships) {
        String email = uniqueEmail(name.toLowerCase().replaceAll("[^a-z]", ""));
        UserId id = provisioning.createActiveAccount(new NewAccount(name, email, null, null, null, null, PASSWORD), Set.of(memberships));
        return new Person(id, name, email);
    }

    public UnitId unit(String name) {
        return provisioning.createUnit("N" + UUID.randomUUID().toString().substring(0, 8).toUpperCase(), name, false);
    }

    /** The one front desk, created if no test has created it yet. */
    public UnitSummary frontDesk() {
        try {
            return directory.frontDesk();
        } catch (IllegalStateException none) {
            try {
                provisioning.createUnit("FD" + UUID.randomUUID().toString().substring(0, 6).toUpperCase(), "Front desk Diskominfo", true);
            } catch (DataIntegrityViolationException createdMeanwhile) {
                // another test created it
            }
            return directory.frontDesk();
        }
    }

    /** Publishes the events in one transaction, as a module does, and waits until every listener handled them. */
    public void publishAndAwait(Object... eventsToPublish) {
        transactions.executeWithoutResult(tx -> Arrays.stream(eventsToPublish).forEach(events::publishEvent));
        Arrays.stream(eventsToPublish).map(NotificationFixtures::idOf).distinct().forEach(this::awaitHandled);
    }

    /** Waits until no event publication mentioning {@code id} is incomplete (completed ones are deleted). */
    public void awaitHandled(String id) {
        await().atMost(Duration.ofSeconds(20)).until(() -> jdbc.sql(
                        "SELECT count(*) FROM event_publication WHERE completion_date IS NULL AND serialized_event LIKE :id")
                .param("id", "%" + id + "%").query(Long.class).single() == 0);
    }

    private static String idOf(Object event) {
        // every event names its ticket or user first
        String text = event.toString();
        int start = text.indexOf('=') + 1;
        int end = text.indexOf(',', start);
        return text.substring(start, end < 0 ? text.length() - 1 : end);
    }

    public List<String> notificationTexts(UserId user) {
        return jdbc.sql("SELECT text FROM notifications WHERE user_id = :u ORDER BY created_at").param("u", user.value())
                .query(String.class).list();
    }

    public List<String> notificationLinks(UserId user) {
        return jdbc.sql("SELECT link FROM notifications WHERE user_id = :u ORDER BY created_at").param("u", user.value())
                .query(String.class).list();
    }

    public List<UUID> notificationIds(UserId user) {
        return jdbc.sql("SELECT id FROM notifications WHERE user_id = :u ORDER BY created_at").param("u", user.value())
                .query(UUID.class).list();
    }

    /** Mail GreenMail received for exactly this address. */
    public static List<MimeMessage> inbox(String email) {
        return Arrays.stream(TestMailServer.get().getReceivedMessages()).filter(m -> isFor(m, email)).toList();
    }

    private static boolean isFor(MimeMessage message, String email) {
        try {
            var recipients = message.getRecipients(Message.RecipientType.TO);
            return recipients != null && Arrays.stream(recipients).anyMatch(a -> a.toString().equalsIgnoreCase(email));
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The decoded text of every text part (plain and HTML) of the message. */
    public static String body(Part part) {
        try {
            if (part.isMimeType("text/*")) {
                return part.getContent().toString();
            }
            if (part.getContent() instanceof Multipart multipart) {
                var text = new StringBuilder();
                for (int i = 0; i < multipart.getCount(); i++) {
                    BodyPart child = multipart.getBodyPart(i);
                    text.append(body(child)).append('\n');
                }
                return text.toString();
            }
            return "";
        } catch (MessagingException | IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The decoded text of the parts with this MIME type, e.g. text/plain. */
    public static String part(Part part, String mimeType) {
        try {
            if (part.isMimeType(mimeType)) {
                return part.getContent().toString();
            }
            if (part.getContent() instanceof Multipart multipart) {
                var text = new StringBuilder();
                for (int i = 0; i < multipart.getCount(); i++) {
                    text.append(part(multipart.getBodyPart(i), mimeType));
                }
                return text.toString();
            }
            return "";
        } catch (MessagingException | IOException e) {
            throw new IllegalStateException(e);
        }
    }

    public static Membership role(UnitId unit, Role role) {
        return new Membership(unit, role);
    }
}
