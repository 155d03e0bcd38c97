package id.simlayan.calendar.web;

import id.simlayan.calendar.OpeningPeriod;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The opening periods of one day as an admin types them: {@code 08:00-12:00, 13:00-15:45}.
 * Times as {@code 8:00}, {@code 08:00} or {@code 08.00}; {@code 24:00} (or {@code 00:00} as an end)
 * is midnight; dash, en dash or "s.d."/"sd" between; comma or semicolon between periods.
 * Empty text: closed that day.
 */
final class OpeningHoursText {

    private static final Pattern PERIOD = Pattern.compile(
            "(\\d{1,2})[:.](\\d{2})\\s*(?:-|–|—|s\\.?d\\.?)\\s*(\\d{1,2})[:.](\\d{2})", Pattern.CASE_INSENSITIVE);
    static final int MAX_LENGTH = 200;

    private OpeningHoursText() {
    }

    /** The outcome: periods, or an error message key with its arguments. */
    record Parsed(List<OpeningPeriod> periods, String errorCode, Object[] errorArgs) {

        boolean ok() {
            return errorCode == null;
        }

        static Parsed error(String code, Object... args) {
            return new Parsed(List.of(), code, args);
        }
    }

    static Parsed parse(String text) {
        if (text == null || text.isBlank()) {
            return new Parsed(List.of(), null, null);
        }
        if (text.length() > MAX_LENGTH) {
            return Parsed.error("calendar.hours.error.tooLong", MAX_LENGTH);
        }
        var periods = new ArrayList<OpeningPeriod>();
        for (String part : text.split("[,;]")) {
            String p = part.strip();
            if (p.isEmpty()) {
                continue;
            }
            var m = PERIOD.matcher(p);
            if (!m.matches()) {
                return Parsed.error("calendar.hours.error.format", p);
            }
            LocalTime start = time(m.group(1), m.group(2), false);
            LocalTime end = time(m.group(3), m.group(4), true);
            if (start == null || end == null) {
                return Parsed.error("calendar.hours.error.time", p);
            }
            int startSecond = start.toSecondOfDay();
            int endSecond = end.equals(LocalTime.MIDNIGHT) ? 86_400 : end.toSecondOfDay();
            if (endSecond <= startSecond) {
                return Parsed.error("calendar.hours.error.order", p);
            }
            periods.add(new OpeningPeriod(start, end));
        }
        periods.sort(Comparator.comparing(OpeningPeriod::start));
        for (int i = 1; i < periods.size(); i++) {
            if (periods.get(i).startSecond() <= periods.get(i - 1).endSecond()) {
                return Parsed.error("calendar.hours.error.overlap", format(periods.get(i - 1)), format(periods.get(i)));
            }
        }
        return new Parsed(List.copyOf(periods), null, null);
    }

    /** The text form of periods, the inverse of {@link #parse}. */
    static String format(List<OpeningPeriod> periods) {
        return periods.stream().map(OpeningHoursText::format).collect(Collectors.joining(", "));
    }

    static String format(OpeningPeriod p) {
        return p.start() + "-" + (p.end().equals(LocalTime.MIDNIGHT) ? "24:00" : p.end().toString());
    }

    private static LocalTime time(String hours, String minutes, boolean end) {
        int h = Integer.parseInt(hours);
        int m = Integer.parseInt(minutes);
        if (m > 59) {
            return null;
        }
        if (h == 24 && m == 0 && end) {
            return LocalTime.MIDNIGHT;
        }
        if (h > 23) {
            return null;
        }
        return LocalTime.of(h, m);
    }
}
