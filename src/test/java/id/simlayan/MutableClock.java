package id.simlayan;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicReference;

/** A clock tests can set and advance. Shared by all integration tests: reset it after moving it. */
public final class MutableClock extends Clock {

    private final AtomicReference<Instant> now;
    private volatile boolean frozen;

    public MutableClock() {
        this.now = new AtomicReference<>(Instant.now());
    }

    /** Follow the system clock again. */
    public void reset() {
        frozen = false;
    }

    public void setTo(Instant instant) {
        now.set(instant);
        frozen = true;
    }

    public void advance(Duration duration) {
        if (!frozen) {
            setTo(Instant.now());
        }
        now.updateAndGet(i -> i.plus(duration));
    }

    @Override
    public Instant instant() {
        return frozen ? now.get() : Instant.now();
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return Clock.fixed(instant(), zone);
    }
}
