package id.simlayan.platform;

import java.util.Collection;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/**
 * Server-Sent Events to browsers that watch a topic (e.g. {@code ticket:<id>}, {@code user:<id>}).
 * Callers check authorisation before subscribing someone; a published event carries no data
 * beyond its name, so the page fetches what changed through its normal, checked routes.
 */
public interface LiveUpdates {

    SseEmitter subscribe(String topic);

    /** Tells every subscriber of {@code topic} that {@code eventName} happened, after the current transaction commits. */
    void publish(String topic, String eventName);

    /** {@link #publish} for many topics at once (one round trip), e.g. after a bulk change of many tickets. */
    void publishAll(Collection<String> topics, String eventName);
}
