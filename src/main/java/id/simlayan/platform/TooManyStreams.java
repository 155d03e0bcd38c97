package id.simlayan.platform;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** A client asked for one event stream more than {@link LiveSettings#maxStreamsPerClient()}: 429 (EventSource then stops retrying). */
@ResponseStatus(HttpStatus.TOO_MANY_REQUESTS)
class TooManyStreams extends RuntimeException {

    TooManyStreams() {
        super("Too many open event streams for this client");
    }
}
