package id.simlayan.calendar;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A time limit: an amount of minutes, hours or working days, counted in business time of a
 * calendar or in calendar time.
 *
 * @param cutoff only for working days in business time: the day the clock starts counts as the
 *               first working day when the clock starts before this time; null: never counts
 */
public record Target(long amount, TargetUnit unit, ClockMode mode, LocalTime cutoff) {

    /** Upper bounds that keep every computation within the calendar's ten-year search span. */
    public static final long MAX_MINUTES = 1_000_000;
    public static final long MAX_WORKING_DAYS = 1_000;

    private static final Pattern WORKING_DAYS = Pattern.compile("(\\d{1,4})d");

    public Target {
        if (unit == null || mode == null) {
            throw new IllegalArgumentException("A target needs a unit and a clock mode");
        }
        if (amount < 1) {
            throw new IllegalArgumentException("A target must be at least 1 " + unit);
        }
        if (unit == TargetUnit.WORKING_DAYS ? amount > MAX_WORKING_DAYS : amount > MAX_MINUTES || minutesOf(amount, unit) > MAX_MINUTES) {
            throw new IllegalArgumentException("A target is too long: " + amount + " " + unit);
        }
        if (cutoff != null && (unit != TargetUnit.WORKING_DAYS || mode != ClockMode.BUSINESS)) {
            throw new IllegalArgumentException("A cut-off applies only to working days in business time");
        }
    }

    public static Target minutes(long minutes, ClockMode mode) {
        return new Target(minutes, TargetUnit.MINUTES, mode, null);
    }

    public static Target hours(long hours, ClockMode mode) {
        return new Target(hours, TargetUnit.HOURS, mode, null);
    }

    public static Target workingDays(long days) {
        return new Target(days, TargetUnit.WORKING_DAYS, ClockMode.BUSINESS, null);
    }

    /**
     * Reads the API's notation: {@code Nd} for N working days (hari kerja), else an ISO-8601
     * duration in whole minutes ({@code PT30M}, {@code PT8H}, {@code P2D} = 48 hours).
     *
     * @throws IllegalArgumentException with a plain reason when the text is not a target
     */
    public static Target parse(String text, ClockMode mode) {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("target is empty");
        }
        String trimmed = text.strip();
        var days = WORKING_DAYS.matcher(trimmed.toLowerCase(Locale.ROOT));
        if (days.matches()) {
            return new Target(Long.parseLong(days.group(1)), TargetUnit.WORKING_DAYS, mode, null);
        }
        Duration duration;
        try {
            duration = Duration.parse(trimmed.toUpperCase(Locale.ROOT));
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("target is neither Nd nor an ISO-8601 duration: " + trimmed);
        }
        if (duration.isNegative() || duration.isZero() || duration.toSecondsPart() != 0 || duration.toNanosPart() != 0) {
            throw new IllegalArgumentException("target must be a positive whole number of minutes: " + trimmed);
        }
        long minutes = duration.toMinutes();
        if (minutes > MAX_MINUTES) {
            throw new IllegalArgumentException("target is too long: " + trimmed);
        }
        return minutes % 60 == 0 ? new Target(minutes / 60, TargetUnit.HOURS, mode, null)
                : new Target(minutes, TargetUnit.MINUTES, mode, null);
    }

    public Target withCutoff(LocalTime cutoff) {
        return new Target(amount, unit, mode, cutoff);
    }

    /** The target as plain elapsed time: working days count as 24 hours each. */
    public Duration calendarDuration() {
        return Duration.ofMinutes(minutesOf(amount, unit));
    }

    /** When the target falls due for a clock started at {@code start} and never paused. */
    public Instant dueFrom(BusinessCalendar calendar, Instant start) {
        if (mode == ClockMode.CALENDAR) {
            return Instant.ofEpochSecond(start.getEpochSecond()).plus(calendarDuration());
        }
        if (unit == TargetUnit.WORKING_DAYS) {
            return calendar.closeOfWorkingDays(start, Math.toIntExact(amount), cutoff);
        }
        return calendar.plusBusiness(start, calendarDuration());
    }

    /**
     * The time a clock started at {@code start} may use: business time up to the due instant
     * (for working days: up to the close of the N-th working day), or plain elapsed time in
     * calendar mode. A paused clock resumes with what is left of this budget.
     */
    public Duration budget(BusinessCalendar calendar, Instant start) {
        if (mode == ClockMode.CALENDAR || unit != TargetUnit.WORKING_DAYS) {
            return calendarDuration();
        }
        return calendar.businessTimeBetween(start, dueFrom(calendar, start));
    }

    /** Compact notation, the inverse of {@link #parse}: {@code 30m}, {@code 8h}, {@code 10d}. */
    public String notation() {
        return amount + switch (unit) {
            case MINUTES -> "m";
            case HOURS -> "h";
            case WORKING_DAYS -> "d";
        };
    }

    /**
     * The message code that says this target in words ({@code calendar.target.*} in this module's
     * bundle, argument {@link #wordsAmount()}), one wording on every page: whole calendar days
     * counted in hours read "2×24 jam", everything else "N jam kerja", "N hari kerja", ...
     */
    public String wordsCode() {
        return isWholeCalendarDays() ? "calendar.target.days24" : "calendar.target." + unit + "." + mode;
    }

    /** The number {@link #wordsCode()} is said with. */
    public long wordsAmount() {
        return isWholeCalendarDays() ? amount / 24 : amount;
    }

    private boolean isWholeCalendarDays() {
        return mode == ClockMode.CALENDAR && unit == TargetUnit.HOURS && amount % 24 == 0;
    }

    private static long minutesOf(long amount, TargetUnit unit) {
        return switch (unit) {
            case MINUTES -> amount;
            case HOURS -> Math.multiplyExact(amount, 60);
            case WORKING_DAYS -> Math.multiplyExact(amount, 24 * 60);
        };
    }
}
