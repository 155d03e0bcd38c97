package id.simlayan.calendar;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.zone.ZoneRules;
import java.util.BitSet;
import java.util.Collection;
import java.util.Set;
import java.util.TreeSet;

/**
 * Business time on one calendar: a time zone, weekly opening periods and closed dates.
 * Immutable and thread-safe; build one per calendar version and share it.
 *
 * <h2>Rules (docs/time-limits.md has them with examples)</h2>
 * <ul>
 *   <li>Arithmetic is exact to the second; sub-second parts of inputs are dropped.</li>
 *   <li>A working day is a day that has opening periods on its weekday and is not a closed date.</li>
 *   <li>Opening periods are half-open {@code [start, end)}: at 15:45 a period ending at 15:45 is closed.</li>
 *   <li>{@link #plusBusiness}: counts only time inside opening periods, from {@code start} if open, else
 *       from the next opening. A result that lands exactly on the end of a period is that end,
 *       not the next opening.</li>
 *   <li>{@link #closeOfWorkingDays}: the close (end of the last period) of the N-th working day
 *       after the day of {@code t}; the day of {@code t} counts as the first when a cut-off is
 *       given, that day is a working day and {@code t} is before the cut-off.</li>
 * </ul>
 * Only days within ten years of an input are searched; a calendar without any opening in that
 * span answers {@link IllegalStateException}.
 */
public final class BusinessCalendar {

    private static final int SECONDS_PER_DAY = 86_400;
    private static final int SEARCH_DAYS = 3_660;
    private static final int NO_FIXED_OFFSET = Integer.MIN_VALUE;

    private final ZoneId zone;
    private final ZoneRules rules;
    private final int fixedOffset;
    private final WeeklyHours hours;
    private final Set<LocalDate> closedDates;
    /** per weekday (Monday = 0): period starts and ends in seconds of the day */
    private final int[][] starts = new int[7][];
    private final int[][] ends = new int[7][];
    private final long firstClosedDay;
    private final BitSet closed = new BitSet();

    public BusinessCalendar(ZoneId zone, WeeklyHours hours, Collection<LocalDate> closedDates) {
        if (zone == null || hours == null || closedDates == null) {
            throw new IllegalArgumentException("A calendar needs a zone, opening hours and closed dates");
        }
        if (hours.isEmpty()) {
            throw new IllegalArgumentException("A calendar needs at least one opening period in the week");
        }
        this.zone = zone;
        this.rules = zone.getRules();
        this.fixedOffset = rules.isFixedOffset() ? rules.getOffset(Instant.EPOCH).getTotalSeconds() : NO_FIXED_OFFSET;
        this.hours = hours;
        this.closedDates = Set.copyOf(new TreeSet<>(closedDates));
        for (DayOfWeek day : DayOfWeek.values()) {
            var periods = hours.on(day);
            starts[day.ordinal()] = periods.stream().mapToInt(OpeningPeriod::startSecond).toArray();
            ends[day.ordinal()] = periods.stream().mapToInt(OpeningPeriod::endSecond).toArray();
        }
        this.firstClosedDay = closedDates.stream().mapToLong(LocalDate::toEpochDay).min().orElse(0);
        closedDates.forEach(d -> closed.set(Math.toIntExact(d.toEpochDay() - firstClosedDay)));
    }

    public ZoneId zone() {
        return zone;
    }

    public WeeklyHours hours() {
        return hours;
    }

    public Set<LocalDate> closedDates() {
        return closedDates;
    }

    public boolean isWorkingDay(LocalDate date) {
        return isWorkingDay(date.toEpochDay());
    }

    /** Inside an opening period of a working day (end exclusive). */
    public boolean isOpen(Instant t) {
        long local = toLocal(t.getEpochSecond());
        long day = Math.floorDiv(local, SECONDS_PER_DAY);
        int sec = (int) Math.floorMod(local, SECONDS_PER_DAY);
        if (!isWorkingDay(day)) {
            return false;
        }
        int[] s = starts[weekday(day)];
        int[] e = ends[weekday(day)];
        for (int p = 0; p < s.length; p++) {
            if (s[p] <= sec && sec < e[p]) {
                return true;
            }
        }
        return false;
    }

    /** {@code t} (to the second) if open, else the start of the next opening period. */
    public Instant nextOpening(Instant t) {
        long local = toLocal(t.getEpochSecond());
        long day = Math.floorDiv(local, SECONDS_PER_DAY);
        int sec = (int) Math.floorMod(local, SECONDS_PER_DAY);
        for (int i = 0; i < SEARCH_DAYS; i++, day++, sec = 0) {
            if (!isWorkingDay(day)) {
                continue;
            }
            int[] s = starts[weekday(day)];
            int[] e = ends[weekday(day)];
            for (int p = 0; p < s.length; p++) {
                if (sec < e[p]) {
                    return toInstant(day, Math.max(sec, s[p]));
                }
            }
        }
        throw noOpening(t);
    }

    /**
     * When a notice to staff about something that happened at {@code t} may go out: {@code t}
     * itself if it lies inside an opening period, its end included (a breach at 15:45 on a
     * period ending at 15:45 is told at once), else the next opening.
     */
    public Instant notifiableAt(Instant t) {
        long local = toLocal(t.getEpochSecond());
        long day = Math.floorDiv(local, SECONDS_PER_DAY);
        int sec = (int) Math.floorMod(local, SECONDS_PER_DAY);
        if (isWorkingDay(day)) {
            int[] s = starts[weekday(day)];
            int[] e = ends[weekday(day)];
            for (int p = 0; p < s.length; p++) {
                if (s[p] <= sec && sec <= e[p]) {
                    return Instant.ofEpochSecond(t.getEpochSecond());
                }
            }
        }
        return nextOpening(t);
    }

    /** {@code start} plus {@code amount} of business time (see the class comment). */
    public Instant plusBusiness(Instant start, Duration amount) {
        long remaining = amount.getSeconds();
        if (remaining < 0) {
            throw new IllegalArgumentException("Business time to add must not be negative: " + amount);
        }
        if (remaining == 0) {
            return Instant.ofEpochSecond(start.getEpochSecond());
        }
        long local = toLocal(start.getEpochSecond());
        long day = Math.floorDiv(local, SECONDS_PER_DAY);
        int sec = (int) Math.floorMod(local, SECONDS_PER_DAY);
        for (int i = 0; i < SEARCH_DAYS; i++, day++, sec = 0) {
            if (!isWorkingDay(day)) {
                continue;
            }
            int[] s = starts[weekday(day)];
            int[] e = ends[weekday(day)];
            for (int p = 0; p < s.length; p++) {
                if (sec >= e[p]) {
                    continue;
                }
                int from = Math.max(sec, s[p]);
                int available = e[p] - from;
                if (remaining <= available) {
                    return toInstant(day, from + (int) remaining);
                }
                remaining -= available;
            }
        }
        throw noOpening(start);
    }

    /** Business time inside {@code [from, to)}; zero when {@code to} is not after {@code from}. */
    public Duration businessTimeBetween(Instant from, Instant to) {
        long fromLocal = toLocal(from.getEpochSecond());
        long toLocal = toLocal(to.getEpochSecond());
        if (toLocal <= fromLocal) {
            return Duration.ZERO;
        }
        long firstDay = Math.floorDiv(fromLocal, SECONDS_PER_DAY);
        long lastDay = Math.floorDiv(toLocal, SECONDS_PER_DAY);
        long total = 0;
        for (long day = firstDay; day <= lastDay; day++) {
            if (!isWorkingDay(day)) {
                continue;
            }
            int lo = day == firstDay ? (int) Math.floorMod(fromLocal, SECONDS_PER_DAY) : 0;
            int hi = day == lastDay ? (int) Math.floorMod(toLocal, SECONDS_PER_DAY) : SECONDS_PER_DAY;
            int[] s = starts[weekday(day)];
            int[] e = ends[weekday(day)];
            for (int p = 0; p < s.length; p++) {
                int a = Math.max(lo, s[p]);
                int b = Math.min(hi, e[p]);
                if (b > a) {
                    total += b - a;
                }
            }
        }
        return Duration.ofSeconds(total);
    }

    /**
     * The close of the {@code n}-th working day after the day of {@code t} (in this calendar's
     * zone). With a {@code cutoff}, the day of {@code t} counts as the first working day when it
     * is one and {@code t} is before the cut-off. {@code n} must be at least 1.
     */
    public Instant closeOfWorkingDays(Instant t, int n, LocalTime cutoff) {
        if (n < 1) {
            throw new IllegalArgumentException("Working days must be at least 1: " + n);
        }
        long local = toLocal(t.getEpochSecond());
        long day = Math.floorDiv(local, SECONDS_PER_DAY);
        int sec = (int) Math.floorMod(local, SECONDS_PER_DAY);
        int counted = cutoff != null && isWorkingDay(day) && sec < cutoff.toSecondOfDay() ? 1 : 0;
        int searched = 0;
        while (counted < n) {
            day++;
            if (++searched > SEARCH_DAYS * 4) {
                throw noOpening(t);
            }
            if (isWorkingDay(day)) {
                counted++;
            }
        }
        int[] e = ends[weekday(day)];
        return toInstant(day, e[e.length - 1]);
    }

    /** When {@code target} counted from {@code start} falls due on this calendar. */
    public Instant due(Instant start, Target target) {
        return target.dueFrom(this, start);
    }

    private boolean isWorkingDay(long epochDay) {
        if (starts[weekday(epochDay)].length == 0) {
            return false;
        }
        long index = epochDay - firstClosedDay;
        return index < 0 || index > Integer.MAX_VALUE || !closed.get((int) index);
    }

    private static int weekday(long epochDay) {
        // 1970-01-01 was a Thursday (ordinal 3)
        return (int) Math.floorMod(epochDay + 3, 7);
    }

    private long toLocal(long epochSecond) {
        if (fixedOffset != NO_FIXED_OFFSET) {
            return epochSecond + fixedOffset;
        }
        return epochSecond + rules.getOffset(Instant.ofEpochSecond(epochSecond)).getTotalSeconds();
    }

    private Instant toInstant(long epochDay, int secondOfDay) {
        long local = epochDay * SECONDS_PER_DAY + secondOfDay;
        if (fixedOffset != NO_FIXED_OFFSET) {
            return Instant.ofEpochSecond(local - fixedOffset);
        }
        var dateTime = LocalDateTime.ofEpochSecond(local, 0, ZoneOffset.UTC);
        return dateTime.atZone(zone).toInstant();
    }

    private IllegalStateException noOpening(Instant from) {
        return new IllegalStateException("The calendar has no opening within ten years of " + from);
    }
}
