package id.simlayan.identity.internal;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Login throttling ({@code simlayan.identity.login.*}).
 *
 * @param maxFailures consecutive failed logins after which an account is locked (default 5)
 * @param lockDuration how long the account stays locked (default 15 minutes)
 * @param ipMaxFailures failed logins from one client address within {@code ipWindow} after
 *        which that address is refused (default 20)
 * @param ipWindow the window for the per-address count (default 10 minutes)
 */
@ConfigurationProperties("simlayan.identity.login")
public record LoginSettings(int maxFailures, Duration lockDuration, int ipMaxFailures, Duration ipWindow) {

    public LoginSettings {
        if (maxFailures <= 0) {
            maxFailures = 5;
        }
        if (lockDuration == null || lockDuration.isNegative() || lockDuration.isZero()) {
            lockDuration = Duration.ofMinutes(15);
        }
        if (ipMaxFailures <= 0) {
            ipMaxFailures = 20;
        }
        if (ipWindow == null || ipWindow.isNegative() || ipWindow.isZero()) {
            ipWindow = Duration.ofMinutes(10);
        }
    }
}
