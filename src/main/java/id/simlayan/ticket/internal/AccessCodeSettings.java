package id.simlayan.ticket.internal;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Throttle of tracking by access code ({@code simlayan.ticket.access-code.*}). A client address
 * or a ticket number with this many wrong attempts within {@code window} is refused (HTTP 429)
 * until the oldest of them leaves the window, even with the right code.
 *
 * @param maxFailuresPerAddress wrong attempts from one client address (default 5)
 * @param maxFailuresPerNumber wrong attempts on one ticket number, from any address (default 10)
 * @param window the window of both counts (default 15 minutes)
 */
@ConfigurationProperties("simlayan.ticket.access-code")
public record AccessCodeSettings(int maxFailuresPerAddress, int maxFailuresPerNumber, Duration window) {

    public AccessCodeSettings {
        if (maxFailuresPerAddress <= 0) {
            maxFailuresPerAddress = 5;
        }
        if (maxFailuresPerNumber <= 0) {
            maxFailuresPerNumber = 10;
        }
        if (window == null || window.isNegative() || window.isZero()) {
            window = Duration.ofMinutes(15);
        }
    }
}
