package id.simlayan.sla.internal;

import id.simlayan.calendar.BusinessCalendar;
import id.simlayan.calendar.ClockMode;
import id.simlayan.calendar.Target;
import id.simlayan.ticket.DeadlineLevel;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * One clock as a pure function of its inputs, so that it can always be recomputed.
 *
 * <h2>Semantics</h2>
 * <ul>
 *   <li><b>budget</b> = {@link Target#budget}: business time up to the close of the N-th working day
 *       for working days, the amount for minutes/hours, plain elapsed time in calendar mode.</li>
 *   <li><b>running segments</b>: from {@code start} to {@code min(stop, now)}, minus the pause
 *       intervals (clipped to that span; an open pause runs to {@code min(stop, now)}).</li>
 *   <li><b>used</b> = the sum of the running segments, measured as business time of the calendar
 *       (or elapsed time in calendar mode).</li>
 *   <li><b>due</b> = the instant at which used reaches the budget: walking the segments, inside the
 *       segment where it is reached ({@code plusBusiness(segment start, what is left)}); while the
 *       clock runs now, from the last resume ({@code plusBusiness(last resume, budget - used at last
 *       resume)}); unknown (null) while paused or stopped before reaching it, except that a stopped
 *       clock keeps the due it had while running.</li>
 *   <li><b>warning</b> = the same instant for {@code warningPercent} of the budget (floored to whole minutes).</li>
 *   <li><b>level</b>: stopped: MET when the budget was not exhausted before the stop (stop at or before
 *       due), else MISSED; paused: BREACHED if the due already passed, else PAUSED; running: BREACHED from
 *       the due instant on, WARNING from the warning instant on, else ON_TRACK.</li>
 * </ul>
 */
public final class ClockMath {

    private ClockMath() {
    }

    /** A pause from {@code from} to {@code to}; {@code to} null while it lasts. */
    public record Pause(Instant from, Instant to) {
    }

    /** What a clock is doing now. */
    public enum State {
        NOT_STARTED, RUNNING, PAUSED, STOPPED
    }

    /**
     * @param due      null when unknown (paused or not started)
     * @param warnAt   null when unknown
     * @param remaining budget minus used (negative once breached, in the clock's own measure)
     */
    public record Result(State state, Duration budget, Duration used, Instant due, Instant warnAt, DeadlineLevel level,
                         Instant lastResume, Duration remaining) {
    }

    public static Result compute(Target target, BusinessCalendar calendar, Instant start, List<Pause> pauses, Instant stop,
                                 Instant now, int warningPercent) {
        return compute(target, calendar, start, pauses, stop, now, warningPercent, Duration.ZERO);
    }

    /**
     * @param extra budget added to the target's (a granted extension), in the clock's own measure:
     *              business time, or elapsed time in calendar mode
     */
    public static Result compute(Target target, BusinessCalendar calendar, Instant start, List<Pause> pauses, Instant stop,
                                 Instant now, int warningPercent, Duration extra) {
        if (start == null) {
            return new Result(State.NOT_STARTED, null, Duration.ZERO, null, null, DeadlineLevel.ON_TRACK, null, null);
        }
        start = trim(start);
        Instant end = trim(stop != null && stop.isBefore(now) ? stop : now);
        boolean stopped = stop != null && !stop.isAfter(now);
        boolean business = target.mode() == ClockMode.BUSINESS;
        Duration budget = target.budget(calendar, start);
        if (extra != null && extra.isPositive()) {
            budget = budget.plus(extra);
        }
        long budgetSeconds = budget.getSeconds();
        long warnSeconds = budgetSeconds / 60 * warningPercent / 100 * 60;

        // running segments [a, b) within [start, end]
        List<Instant[]> segments = new ArrayList<>();
        Instant cursor = start;
        boolean pausedAtEnd = false;
        for (Pause p : normalise(pauses, start)) {
            Instant from = p.from();
            if (from.isAfter(end)) {
                break;
            }
            if (from.isAfter(cursor)) {
                segments.add(new Instant[] {cursor, from});
            }
            if (p.to() == null || p.to().isAfter(end)) {
                cursor = null;
                pausedAtEnd = true;
                break;
            }
            if (p.to().isAfter(cursor)) {
                cursor = p.to();
            }
        }
        if (cursor != null && end.isAfter(cursor)) {
            segments.add(new Instant[] {cursor, end});
        } else if (cursor != null) {
            segments.add(new Instant[] {cursor, cursor});
        }

        long used = 0;
        Instant due = null;
        Instant warnAt = null;
        for (Instant[] s : segments) {
            long length = measure(business, calendar, s[0], s[1]);
            if (warnAt == null && used + length >= warnSeconds) {
                warnAt = plus(business, calendar, s[0], warnSeconds - used);
            }
            if (due == null && used + length >= budgetSeconds) {
                due = plus(business, calendar, s[0], budgetSeconds - used);
            }
            used += length;
        }
        Instant lastResume = pausedAtEnd ? null : segments.getLast()[0];
        if (!pausedAtEnd) {
            // the clock runs (or ran until the stop): project from the last resume
            Instant[] last = segments.getLast();
            long before = used - measure(business, calendar, last[0], last[1]);
            if (warnAt == null) {
                warnAt = plus(business, calendar, last[0], warnSeconds - before);
            }
            if (due == null) {
                due = plus(business, calendar, last[0], budgetSeconds - before);
            }
        }
        Duration usedDuration = Duration.ofSeconds(used);
        Duration remaining = Duration.ofSeconds(budgetSeconds - used);
        State state;
        DeadlineLevel level;
        if (stopped) {
            state = State.STOPPED;
            level = due != null && due.isBefore(end) ? DeadlineLevel.MISSED : DeadlineLevel.MET;
        } else if (pausedAtEnd) {
            state = State.PAUSED;
            level = due != null && !due.isAfter(end) ? DeadlineLevel.BREACHED : DeadlineLevel.PAUSED;
        } else {
            state = State.RUNNING;
            level = levelWhileRunning(due, warnAt, end);
        }
        return new Result(state, budget, usedDuration, due, warnAt, level, lastResume, remaining);
    }

    /** The level of a running clock at {@code now} from its stored instants. */
    public static DeadlineLevel levelWhileRunning(Instant due, Instant warnAt, Instant now) {
        if (due != null && !now.isBefore(due)) {
            return DeadlineLevel.BREACHED;
        }
        if (warnAt != null && !now.isBefore(warnAt)) {
            return DeadlineLevel.WARNING;
        }
        return DeadlineLevel.ON_TRACK;
    }

    /** Business (or elapsed) time in {@code [from, to)} minus the pauses. For the per-unit shares. */
    public static Duration measured(BusinessCalendar calendar, ClockMode mode, Instant from, Instant to, List<Pause> pauses) {
        boolean business = mode == ClockMode.BUSINESS;
        from = trim(from);
        to = trim(to);
        if (!to.isAfter(from)) {
            return Duration.ZERO;
        }
        long total = measure(business, calendar, from, to);
        for (Pause p : normalise(pauses, from)) {
            Instant a = p.from().isBefore(from) ? from : p.from();
            Instant b = p.to() == null || p.to().isAfter(to) ? to : p.to();
            if (b.isAfter(a)) {
                total -= measure(business, calendar, a, b);
            }
        }
        return Duration.ofSeconds(total);
    }

    /** Sorted, clipped to start at {@code start}, overlapping pauses merged, empty ones dropped. */
    static List<Pause> normalise(List<Pause> pauses, Instant start) {
        var sorted = new ArrayList<>(pauses);
        sorted.sort(Comparator.comparing(Pause::from));
        List<Pause> out = new ArrayList<>();
        for (Pause p : sorted) {
            Instant from = trim(p.from());
            Instant to = p.to() == null ? null : trim(p.to());
            if (to != null && !to.isAfter(start)) {
                continue;
            }
            if (from.isBefore(start)) {
                from = start;
            }
            if (to != null && !to.isAfter(from)) {
                continue;
            }
            if (!out.isEmpty()) {
                Pause last = out.getLast();
                if (last.to() == null) {
                    break;
                }
                if (!from.isAfter(last.to())) {
                    out.set(out.size() - 1, new Pause(last.from(), to == null || to.isAfter(last.to()) ? to : last.to()));
                    continue;
                }
            }
            out.add(new Pause(from, to));
        }
        return out;
    }

    /** The time from {@code from} to {@code to} in the measure of a clock of {@code mode}. */
    public static Duration between(BusinessCalendar calendar, ClockMode mode, Instant from, Instant to) {
        return Duration.ofSeconds(measure(mode == ClockMode.BUSINESS, calendar, trim(from), trim(to)));
    }

    /** {@code from} plus {@code amount} in the measure of a clock of {@code mode}. */
    public static Instant plus(BusinessCalendar calendar, ClockMode mode, Instant from, Duration amount) {
        return plus(mode == ClockMode.BUSINESS, calendar, trim(from), amount.getSeconds());
    }

    private static long measure(boolean business, BusinessCalendar calendar, Instant a, Instant b) {
        if (!b.isAfter(a)) {
            return 0;
        }
        return business ? calendar.businessTimeBetween(a, b).getSeconds() : b.getEpochSecond() - a.getEpochSecond();
    }

    private static Instant plus(boolean business, BusinessCalendar calendar, Instant from, long seconds) {
        if (seconds <= 0) {
            return from;
        }
        return business ? calendar.plusBusiness(from, Duration.ofSeconds(seconds)) : from.plusSeconds(seconds);
    }

    private static Instant trim(Instant t) {
        return Instant.ofEpochSecond(t.getEpochSecond());
    }
}
