package id.simlayan.calendar;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.Set;

/**
 * A deliberately simple business calendar that walks minute by minute in local time: slow,
 * obviously right, and written without looking at {@link BusinessCalendar}'s day arithmetic.
 * Only for zones without daylight saving time (all of Indonesia), on minute-aligned instants.
 */
public record MinuteSteppingReference(ZoneId zone, WeeklyHours hours, Set<LocalDate> closed) {

    /** Is the minute starting at {@code t} a business minute? */
    boolean businessMinute(LocalDateTime t) {
        if (closed.contains(t.toLocalDate())) {
            return false;
        }
        int minuteOfDay = t.getHour() * 60 + t.getMinute();
        for (var period : hours.on(t.getDayOfWeek())) {
            if (period.startSecond() / 60 <= minuteOfDay && minuteOfDay < period.endSecond() / 60) {
                return true;
            }
        }
        return false;
    }

    Instant plusBusiness(Instant start, long minutes) {
        var t = local(start);
        long left = minutes;
        while (left > 0) {
            if (businessMinute(t)) {
                left--;
            }
            t = t.plusMinutes(1);
        }
        return t.atZone(zone).toInstant();
    }

    long businessMinutesBetween(Instant from, Instant to) {
        long count = 0;
        for (var t = local(from); t.isBefore(local(to)); t = t.plusMinutes(1)) {
            if (businessMinute(t)) {
                count++;
            }
        }
        return count;
    }

    Instant nextOpening(Instant t) {
        var local = local(t);
        while (!businessMinute(local)) {
            local = local.plusMinutes(1);
        }
        return local.atZone(zone).toInstant();
    }

    boolean workingDay(LocalDate date) {
        return !closed.contains(date) && !hours.on(date.getDayOfWeek()).isEmpty();
    }

    Instant closeOfWorkingDays(Instant t, int n, LocalTime cutoff) {
        var start = local(t);
        var day = start.toLocalDate();
        int counted = cutoff != null && workingDay(day) && start.toLocalTime().isBefore(cutoff) ? 1 : 0;
        while (counted < n) {
            day = day.plusDays(1);
            if (workingDay(day)) {
                counted++;
            }
        }
        var periods = hours.on(day.getDayOfWeek());
        var last = periods.get(periods.size() - 1);
        return day.atStartOfDay(zone).toInstant().plusSeconds(last.endSecond());
    }

    /**
     * A clock with pauses, stepped minute by minute: counts business minutes outside the pauses
     * from {@code start} until {@code budget} minutes are used; answers the instant they are.
     */
    Instant dueWithPauses(Instant start, long budget, Instant[][] pauses) {
        var t = local(start);
        long left = budget;
        while (left > 0) {
            if (businessMinute(t) && !paused(t.atZone(zone).toInstant(), pauses)) {
                left--;
            }
            t = t.plusMinutes(1);
        }
        return t.atZone(zone).toInstant();
    }

    private static boolean paused(Instant minute, Instant[][] pauses) {
        for (var p : pauses) {
            if (!minute.isBefore(p[0]) && minute.isBefore(p[1])) {
                return true;
            }
        }
        return false;
    }

    private LocalDateTime local(Instant t) {
        return LocalDateTime.ofInstant(t, zone).truncatedTo(ChronoUnit.MINUTES);
    }

    static Duration minutes(long m) {
        return Duration.ofMinutes(m);
    }
}
