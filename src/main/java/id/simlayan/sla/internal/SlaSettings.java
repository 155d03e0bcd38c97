package id.simlayan.sla.internal;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * SLA settings ({@code simlayan.sla.*}).
 *
 * @param noticeInterval how often warnings and breaches due to be told are looked for (fixed delay). Default 1 minute.
 * @param recomputeChunk open tickets read and written per round trip when all clocks are recomputed. Default 5000.
 */
@ConfigurationProperties("simlayan.sla")
public record SlaSettings(Duration noticeInterval, int recomputeChunk) {

    public SlaSettings {
        if (noticeInterval == null) {
            noticeInterval = Duration.ofMinutes(1);
        }
        if (recomputeChunk <= 0) {
            recomputeChunk = 5000;
        }
    }
}
