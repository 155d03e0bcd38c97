package id.simlayan.platform;

import java.nio.charset.StandardCharsets;

/** One live event as it travels through PostgreSQL NOTIFY: the payload {@code <topic>|<eventName>}. */
record LiveMessage(String topic, String eventName) {

    /** PostgreSQL refuses NOTIFY payloads of 8000 bytes or more. */
    static final int MAX_PAYLOAD_BYTES = 7999;

    LiveMessage {
        if (topic == null || topic.isBlank()) {
            throw new IllegalArgumentException("A live update needs a topic");
        }
        if (eventName == null || eventName.isBlank() || eventName.indexOf('|') >= 0) {
            throw new IllegalArgumentException("A live event name must be non-blank and free of '|': " + eventName);
        }
    }

    String payload() {
        String payload = topic + "|" + eventName;
        if (payload.getBytes(StandardCharsets.UTF_8).length > MAX_PAYLOAD_BYTES) {
            throw new IllegalArgumentException("Live update topic too long: keep topics short (" + topic.length() + " chars)");
        }
        return payload;
    }

    /** The message in a payload, or {@code null} when the payload is not one of ours. */
    static LiveMessage parse(String payload) {
        int bar = payload == null ? -1 : payload.lastIndexOf('|');
        if (bar <= 0 || bar == payload.length() - 1) {
            return null;
        }
        return new LiveMessage(payload.substring(0, bar), payload.substring(bar + 1));
    }
}
