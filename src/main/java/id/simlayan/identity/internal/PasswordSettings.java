package id.simlayan.identity.internal;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Password links ({@code simlayan.identity.password.*}).
 *
 * @param resetLinkValidity how long an e-mailed reset link works (default 60 minutes)
 * @param invitationValidity how long the invitation to an account created by an administrator works (default 7 days)
 * @param requestsPerEmail reset requests for one e-mail address within {@code requestWindow} that are mailed (default 3)
 * @param requestsPerAddress reset requests from one client address within {@code requestWindow} (default 10)
 * @param requestWindow the window of both request counts (default 15 minutes; in memory, per node)
 * @param minAnswerTime every reset request takes at least this long, so that the answer time
 *        does not tell whether the address is registered (default 400 ms)
 */
@ConfigurationProperties("simlayan.identity.password")
public record PasswordSettings(Duration resetLinkValidity, Duration invitationValidity, int requestsPerEmail, int requestsPerAddress,
                               Duration requestWindow, Duration minAnswerTime) {

    public PasswordSettings {
        resetLinkValidity = positiveOr(resetLinkValidity, Duration.ofMinutes(60));
        invitationValidity = positiveOr(invitationValidity, Duration.ofDays(7));
        requestsPerEmail = requestsPerEmail > 0 ? requestsPerEmail : 3;
        requestsPerAddress = requestsPerAddress > 0 ? requestsPerAddress : 10;
        requestWindow = positiveOr(requestWindow, Duration.ofMinutes(15));
        minAnswerTime = minAnswerTime == null || minAnswerTime.isNegative() ? Duration.ofMillis(400) : minAnswerTime;
    }

    private static Duration positiveOr(Duration value, Duration fallback) {
        return value == null || value.isNegative() || value.isZero() ? fallback : value;
    }
}
