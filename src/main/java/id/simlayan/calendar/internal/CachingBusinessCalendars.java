package id.simlayan.calendar.internal;

import id.simlayan.calendar.BusinessCalendar;
import id.simlayan.calendar.BusinessCalendars;
import id.simlayan.calendar.CalendarChanged;
import id.simlayan.calendar.CalendarId;
import id.simlayan.identity.UnitId;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.ReentrantLock;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * {@link BusinessCalendars} from the calendar tables, cached.
 * <p>
 * Cache rule: built calendars are kept per calendar id, the unit assignments and the instance
 * calendar id as one snapshot. A change on this node clears everything after its commit
 * ({@link CalendarChanged} with a transactional listener). Other nodes see it through the
 * revision counter ({@code calendar_revision}, bumped by every change in its transaction):
 * a lookup compares it with the cached one at most every {@code simlayan.calendar.cache-check-interval}
 * (default 30 s) and clears the cache when it moved. A load that raced with a clear is not cached.
 */
@Service
class CachingBusinessCalendars implements BusinessCalendars {

    private final CalendarStore store;
    private final TransactionTemplate readOnly;
    private final Clock clock;
    private final CalendarSettings settings;

    private final Map<CalendarId, BusinessCalendar> calendars = new ConcurrentHashMap<>();
    private volatile Assignments assignments;
    /** bumped on every clear; a load started under an older generation is not cached */
    private final AtomicLong generation = new AtomicLong();
    private final ReentrantLock checking = new ReentrantLock();
    private volatile long knownRevision = Long.MIN_VALUE;
    private volatile Instant lastCheck = Instant.MIN;

    CachingBusinessCalendars(CalendarStore store, PlatformTransactionManager transactions, Clock clock, CalendarSettings settings) {
        this.store = store;
        this.readOnly = new TransactionTemplate(transactions);
        this.readOnly.setReadOnly(true);
        this.clock = clock;
        this.settings = settings;
    }

    private record Assignments(CalendarId instance, Map<UUID, CalendarId> units) {
    }

    @Override
    public BusinessCalendar forUnit(UnitId unit) {
        var id = idForUnit(unit);
        return find(id).orElseThrow(() -> new IllegalStateException("Calendar " + id + " of unit " + unit + " is missing"));
    }

    @Override
    public CalendarId idForUnit(UnitId unit) {
        var a = assignments();
        return a.units().getOrDefault(unit.value(), a.instance());
    }

    @Override
    public Optional<BusinessCalendar> find(CalendarId id) {
        checkRevision();
        var cached = calendars.get(id);
        if (cached != null) {
            return Optional.of(cached);
        }
        long gen = generation.get();
        Optional<BusinessCalendar> loaded = readOnly.execute(tx -> load(id));
        if (loaded.isPresent() && generation.get() == gen) {
            calendars.putIfAbsent(id, loaded.get());
        }
        return loaded;
    }

    @Override
    public BusinessCalendar instanceCalendar() {
        var id = assignments().instance();
        return find(id).orElseThrow(() -> new IllegalStateException("The instance calendar is missing"));
    }

    /** Clears the cache after a change on this node has been committed. */
    @TransactionalEventListener(fallbackExecution = true)
    void on(CalendarChanged event) {
        clear();
    }

    void clear() {
        generation.incrementAndGet();
        calendars.clear();
        assignments = null;
    }

    private Assignments assignments() {
        checkRevision();
        var a = assignments;
        if (a != null) {
            return a;
        }
        long gen = generation.get();
        a = readOnly.execute(tx -> {
            var units = new ConcurrentHashMap<UUID, CalendarId>();
            store.unitAssignments().forEach((unit, calendar) -> units.put(unit, new CalendarId(calendar)));
            return new Assignments(new CalendarId(store.instanceId()), Map.copyOf(units));
        });
        if (generation.get() == gen) {
            assignments = a;
        }
        return a;
    }

    /** At most once per interval (on the injected clock): clear when another node changed calendars. */
    private void checkRevision() {
        var now = clock.instant();
        var last = lastCheck;
        boolean due = now.isBefore(last) || !now.isBefore(last.plus(settings.cacheCheckInterval()));
        if (!due || !checking.tryLock()) {
            return;
        }
        try {
            long gen = generation.get();
            long revision = store.revision();
            if (revision != knownRevision) {
                if (knownRevision != Long.MIN_VALUE) {
                    clear();
                } else if (generation.get() != gen) {
                    return;
                }
                knownRevision = revision;
            }
            lastCheck = now;
        } finally {
            checking.unlock();
        }
    }

    private Optional<BusinessCalendar> load(CalendarId id) {
        return store.calendar(id.value()).map(row -> {
            var closed = new HashSet<LocalDate>();
            for (var holiday : store.nationalHolidays()) {
                if (holiday.kind() == HolidayKind.NATIONAL_HOLIDAY || row.cutiBersamaClosed()) {
                    closed.add(holiday.date());
                }
            }
            store.ownDates(row.id()).forEach(d -> closed.add(d.date()));
            return new BusinessCalendar(row.zoneId(), store.hours(row.id()), closed);
        });
    }
}
