package id.simlayan.calendar;

import java.time.LocalTime;

/**
 * One opening period of a day, at minute precision, start inclusive and end exclusive.
 * An end of {@code 00:00} means midnight at the end of the day, so {@code 00:00–00:00} is
 * the whole day.
 */
public record OpeningPeriod(LocalTime start, LocalTime end) {

    public OpeningPeriod {
        if (start == null || end == null) {
            throw new IllegalArgumentException("An opening period needs a start and an end");
        }
        if (start.getSecond() != 0 || start.getNano() != 0 || end.getSecond() != 0 || end.getNano() != 0) {
            throw new IllegalArgumentException("Opening periods are given in whole minutes");
        }
        if (endSecond(end) <= start.toSecondOfDay()) {
            throw new IllegalArgumentException("An opening period must end after it starts: " + start + "–" + end);
        }
    }

    public static OpeningPeriod of(String start, String end) {
        return new OpeningPeriod(LocalTime.parse(start), LocalTime.parse(end));
    }

    /** Start as seconds of the day. */
    public int startSecond() {
        return start.toSecondOfDay();
    }

    /** End as seconds of the day; 86 400 for midnight. */
    public int endSecond() {
        return endSecond(end);
    }

    public int minutes() {
        return (endSecond() - startSecond()) / 60;
    }

    private static int endSecond(LocalTime end) {
        return end.equals(LocalTime.MIDNIGHT) ? 86_400 : end.toSecondOfDay();
    }

    @Override
    public String toString() {
        return start + "–" + end;
    }
}
