package id.simlayan.platform;

import jakarta.validation.constraints.Min;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Live updates ({@code simlayan.live}).
 *
 * @param maxStreamsPerClient open event streams one client (a signed-in user, else a session,
 *                            else an address) may hold on one node; a page opens one or two
 *                            (its ticket, the notification badge), so 10 leaves room for tabs
 */
@Validated
@ConfigurationProperties("simlayan.live")
public record LiveSettings(@DefaultValue("10") @Min(1) int maxStreamsPerClient) {
}
