package id.simlayan.notification.internal;

import java.util.Optional;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.stereotype.Component;

/**
 * Whether e-mail can be sent. Spring Boot creates a {@link JavaMailSender} only when
 * {@code spring.mail.host} is set; application.yml maps it to {@code SIMLAYAN_SMTP_HOST}, which
 * leaves an empty host when the variable is missing, so a sender with a blank host counts as
 * "not configured" too.
 */
@Component
public class MailAvailability {

    private final ObjectProvider<JavaMailSender> senders;

    public MailAvailability(ObjectProvider<JavaMailSender> senders) {
        this.senders = senders;
    }

    public Optional<JavaMailSender> sender() {
        JavaMailSender sender = senders.getIfAvailable();
        if (sender instanceof JavaMailSenderImpl impl && (impl.getHost() == null || impl.getHost().isBlank())) {
            return Optional.empty();
        }
        return Optional.ofNullable(sender);
    }

    public boolean configured() {
        return sender().isPresent();
    }
}
