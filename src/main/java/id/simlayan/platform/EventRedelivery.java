package id.simlayan.platform;

import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.modulith.events.IncompleteEventPublications;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Re-delivers domain events whose listener failed (e.g. the database blipped while a
 * notification was being written). Spring Modulith only re-publishes them on restart by
 * itself; this job does it while the node runs. Listeners must be idempotent, which ours
 * are (the notification module de-duplicates by key).
 */
@Component
class EventRedelivery {

    private static final Logger log = LoggerFactory.getLogger(EventRedelivery.class);

    private final IncompleteEventPublications incomplete;
    private final Duration minimumAge;

    EventRedelivery(IncompleteEventPublications incomplete, @Value("${simlayan.events.redeliver-after:PT5M}") Duration minimumAge) {
        this.incomplete = incomplete;
        this.minimumAge = minimumAge;
    }

    @Scheduled(fixedDelayString = "${simlayan.events.redelivery-interval:PT2M}", initialDelayString = "PT1M")
    void redeliverStuckEvents() {
        try {
            incomplete.resubmitIncompletePublicationsOlderThan(minimumAge);
        } catch (RuntimeException e) {
            log.warn("Re-delivery of incomplete event publications failed; will try again: {}", e.toString());
        }
    }
}
