package id.simlayan.notification.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNoException;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.argThat;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

import id.simlayan.notification.internal.OutboundEmail.Status;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.Properties;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.mail.MailSendException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.transaction.support.TransactionOperations;

/** The outbox's decisions without Spring or a database: the store and the SMTP sender are stand-ins. */
class MailOutboxUnitTests {

    private static final Instant NOW = Instant.parse("2026-03-02T03:00:00Z");
    private static final RenderedMail MAIL = new RenderedMail("[SIMLAYAN] ADU-2026-000001: status Diproses", "teks", "<p>html</p>");

    private final OutboundEmailStore store = mock(OutboundEmailStore.class);
    private final Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);

    @Test
    void withoutSmtpEmailsAreRecordedAsSkippedAndDispatchDoesNothing() {
        MailOutbox outbox = outbox(noMailSender());

        assertThatNoException().isThrownBy(() -> outbox.enqueue("warga@contoh.id", MAIL, "key-1"));
        assertThat(outbox.dispatchDue()).isZero();

        verify(store).insert(argThat(row -> row.status() == Status.SKIPPED && row.recipient().equals("warga@contoh.id")
                && row.dedupKey().equals("key-1") && row.attempts() == 0));
        verify(store, never()).lockNextDue(any());
    }

    @Test
    void aSenderWithoutHostCountsAsNotConfigured() {
        var blankHost = new JavaMailSenderImpl();
        blankHost.setHost("");
        assertThat(new MailAvailability(provider(blankHost)).configured()).isFalse();
        assertThat(new MailAvailability(noMailSender()).configured()).isFalse();

        var configured = new JavaMailSenderImpl();
        configured.setHost("smtp.contoh.id");
        assertThat(new MailAvailability(provider(configured)).configured()).isTrue();
    }

    @Test
    void withSmtpEmailsAreRecordedAsPendingAndDueNow() {
        var sender = new JavaMailSenderImpl();
        sender.setHost("smtp.contoh.id");
        outbox(provider(sender)).enqueue("warga@contoh.id", MAIL, "key-2");

        verify(store).insert(argThat(row -> row.status() == Status.PENDING && row.nextAttemptAt().equals(NOW)));
    }

    @Test
    void anEmailWithoutRecipientIsNotRecorded() {
        assertThat(outbox(noMailSender()).enqueue(" ", MAIL, "key-3")).isFalse();
        verifyNoInteractions(store);
    }

    @Test
    void retryDelayStartsAtThirtySecondsDoublesAndStopsAtOneHour() {
        var settings = NotificationSettings.defaults();
        assertThat(settings.retryDelay(1)).isEqualTo(Duration.ofSeconds(30));
        assertThat(settings.retryDelay(2)).isEqualTo(Duration.ofSeconds(60));
        assertThat(settings.retryDelay(3)).isEqualTo(Duration.ofSeconds(120));
        assertThat(settings.retryDelay(7)).isEqualTo(Duration.ofSeconds(1920));
        assertThat(settings.retryDelay(8)).isEqualTo(Duration.ofHours(1));
        assertThat(settings.retryDelay(19)).isEqualTo(Duration.ofHours(1));
        assertThat(settings.retryDelay(1000)).isEqualTo(Duration.ofHours(1));
    }

    @Test
    void defaultsAreFilledIn() {
        var settings = NotificationSettings.defaults();
        assertThat(settings.mailFrom()).isEqualTo("SIMLAYAN <no-reply@simlayan.local>");
        assertThat(settings.dispatchInterval()).isEqualTo(Duration.ofSeconds(15));
        assertThat(settings.maxAttempts()).isEqualTo(20);
        assertThat(settings.batchSize()).isEqualTo(50);
        assertThat(settings.retention()).isEqualTo(Duration.ofDays(90));
    }

    @Test
    void aFailedSendIsRetriedLaterWithBackoffAndAShortError() {
        JavaMailSender sender = failingSender();
        UUID id = UUID.randomUUID();
        when(store.lockNextDue(NOW)).thenReturn(Optional.of(pending(id, 2)), Optional.empty());

        assertThat(outbox(provider(sender)).dispatchDue()).isZero();

        verify(store).markRetry(eq(id), eq(3), eq(NOW.plusSeconds(120)), argThat(error ->
                error.startsWith("ConnectException: Connection refused") && !error.contains("\n") && error.length() <= 300));
        verify(store, never()).markFailed(any(), anyInt(), anyString());
    }

    @Test
    void afterTheLastAttemptTheEmailIsMarkedFailedInsteadOfRetried() {
        JavaMailSender sender = failingSender();
        UUID id = UUID.randomUUID();
        when(store.lockNextDue(NOW)).thenReturn(Optional.of(pending(id, 19)), Optional.empty());

        outbox(provider(sender)).dispatchDue();

        verify(store).markFailed(eq(id), eq(20), argThat(error -> error.contains("Connection refused")));
        verify(store, never()).markRetry(any(), anyInt(), any(), any());
    }

    @Test
    void aSentEmailIsMarkedSent() {
        JavaMailSender sender = mock(JavaMailSender.class);
        when(sender.createMimeMessage()).thenReturn(new MimeMessage(Session.getInstance(new Properties())));
        UUID id = UUID.randomUUID();
        when(store.lockNextDue(NOW)).thenReturn(Optional.of(pending(id, 0)), Optional.empty());

        assertThat(outbox(provider(sender)).dispatchDue()).isEqualTo(1);

        verify(sender).send(argThat((MimeMessage m) -> subjectOf(m).equals(MAIL.subject())));
        verify(store).markSent(id, 1, NOW);
    }

    private MailOutbox outbox(ObjectProvider<JavaMailSender> senders) {
        return new MailOutbox(store, new MailAvailability(senders), TransactionOperations.withoutTransaction(), clock,
                NotificationSettings.defaults());
    }

    private static OutboundEmail pending(UUID id, int attempts) {
        return new OutboundEmail(id, "warga@contoh.id", MAIL.subject(), MAIL.text(), MAIL.html(), Status.PENDING, attempts, NOW, null,
                NOW.minusSeconds(600), null, "key-" + id);
    }

    private static JavaMailSender failingSender() {
        JavaMailSender sender = mock(JavaMailSender.class);
        when(sender.createMimeMessage()).thenReturn(new MimeMessage(Session.getInstance(new Properties())));
        doThrow(new MailSendException("Mail server connection failed", new java.net.ConnectException("Connection refused\n\tat somewhere")))
                .when(sender).send(any(MimeMessage.class));
        return sender;
    }

    private static ObjectProvider<JavaMailSender> noMailSender() {
        return new StaticListableBeanFactory().getBeanProvider(JavaMailSender.class);
    }

    private static ObjectProvider<JavaMailSender> provider(JavaMailSender sender) {
        var factory = new StaticListableBeanFactory();
        factory.addBean("mailSender", sender);
        return factory.getBeanProvider(JavaMailSender.class);
    }

    private static String subjectOf(MimeMessage message) {
        try {
            return message.getSubject();
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }
}
