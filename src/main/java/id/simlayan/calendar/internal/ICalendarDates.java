package id.simlayan.calendar.internal;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Reads closed dates from iCalendar text (RFC 5545), as published for holiday lists: each
 * VEVENT gives its SUMMARY as the name and every day from DTSTART up to the exclusive DTEND
 * (or DURATION of whole days; a single day when neither is given). Dates ({@code VALUE=DATE})
 * and date-times (the date part as written, any TZID or Z ignored) are accepted. Lines are
 * unfolded; CRLF, LF or CR line ends; {@code \\}, {@code \;}, {@code \,} and {@code \n} in texts
 * are unescaped. An event that cannot be read is refused with a reason code and its line, the
 * rest is kept. Recurring events (RRULE) are refused: a holiday list names each date.
 */
public final class ICalendarDates {

    /** Longest event accepted, in days. */
    static final int MAX_EVENT_DAYS = 31;
    private static final int MAX_NAME = CalendarService.MAX_DATE_NAME;
    private static final DateTimeFormatter BASIC = DateTimeFormatter.BASIC_ISO_DATE;
    private static final Pattern DAYS = Pattern.compile("P(\\d{1,3})D");
    private static final Pattern WEEKS = Pattern.compile("P(\\d{1,2})W");

    private ICalendarDates() {
    }

    /** One closed day read from the file. */
    public record Entry(LocalDate date, String name, int line) {

        /** The file's own hint: a SUMMARY that mentions cuti bersama. */
        public boolean looksLikeCutiBersama() {
            return name.toLowerCase(Locale.ROOT).contains("cuti bersama");
        }
    }

    /** An event that was not read; {@code reason} is a message key (calendar.import.refused.*). */
    public record Refused(int line, String reason, String detail) {
    }

    /**
     * @param calendar false when the text is not an iCalendar file at all
     */
    public record Result(boolean calendar, List<Entry> entries, List<Refused> refused) {
    }

    public static Result parse(String text) {
        var lines = unfold(text == null ? "" : text);
        boolean sawCalendar = false;
        var entries = new LinkedHashMap<LocalDate, Entry>();
        var refused = new ArrayList<Refused>();
        Event event = null;
        for (Line line : lines) {
            String upper = line.text().strip().toUpperCase(Locale.ROOT);
            if (upper.equals("BEGIN:VCALENDAR")) {
                sawCalendar = true;
                continue;
            }
            if (upper.equals("BEGIN:VEVENT")) {
                if (event != null) {
                    refused.add(new Refused(event.line, "unterminated", null));
                }
                event = new Event(line.number());
                continue;
            }
            if (upper.equals("END:VEVENT")) {
                if (event != null) {
                    finish(event, entries, refused);
                    event = null;
                }
                continue;
            }
            if (event == null) {
                continue;
            }
            int colon = valueColon(line.text());
            if (colon < 0) {
                continue;
            }
            String head = line.text().substring(0, colon);
            String value = line.text().substring(colon + 1);
            String name = head.split(";", 2)[0].strip().toUpperCase(Locale.ROOT);
            switch (name) {
                case "DTSTART" -> event.start = value.strip();
                case "DTEND" -> event.end = value.strip();
                case "DURATION" -> event.duration = value.strip().toUpperCase(Locale.ROOT);
                case "SUMMARY" -> event.summary = unescape(value);
                case "RRULE", "RDATE" -> event.recurring = true;
                default -> {
                }
            }
        }
        if (event != null) {
            refused.add(new Refused(event.line, "unterminated", null));
        }
        return new Result(sawCalendar, List.copyOf(entries.values()), List.copyOf(refused));
    }

    private static void finish(Event e, Map<LocalDate, Entry> entries, List<Refused> refused) {
        if (e.recurring) {
            refused.add(new Refused(e.line, "recurring", e.summary));
            return;
        }
        if (e.start == null) {
            refused.add(new Refused(e.line, "noStart", e.summary));
            return;
        }
        LocalDate start = date(e.start);
        if (start == null) {
            refused.add(new Refused(e.line, "badDate", e.start));
            return;
        }
        String summary = e.summary == null ? "" : e.summary.strip().replaceAll("\\s+", " ");
        if (summary.isEmpty()) {
            refused.add(new Refused(e.line, "noSummary", e.start));
            return;
        }
        if (summary.length() > MAX_NAME) {
            summary = summary.substring(0, MAX_NAME);
        }
        int days = 1;
        if (e.end != null) {
            LocalDate end = date(e.end);
            if (end == null) {
                refused.add(new Refused(e.line, "badDate", e.end));
                return;
            }
            // DTEND is exclusive for dates; a date-time end on the same day still means that day
            long span = end.toEpochDay() - start.toEpochDay();
            if (span > MAX_EVENT_DAYS) {
                refused.add(new Refused(e.line, "tooLong", summary));
                return;
            }
            days = (int) Math.max(1, span);
        } else if (e.duration != null) {
            var d = DAYS.matcher(e.duration);
            var w = WEEKS.matcher(e.duration);
            int span = d.matches() ? Integer.parseInt(d.group(1)) : w.matches() ? Integer.parseInt(w.group(1)) * 7 : 1;
            if (span > MAX_EVENT_DAYS) {
                refused.add(new Refused(e.line, "tooLong", summary));
                return;
            }
            days = Math.max(1, span);
        }
        if (start.getYear() < 1970 || start.getYear() > 2200) {
            refused.add(new Refused(e.line, "outOfRange", e.start));
            return;
        }
        for (int i = 0; i < days; i++) {
            var date = start.plusDays(i);
            if (entries.containsKey(date)) {
                refused.add(new Refused(e.line, "duplicate", date.toString()));
            } else {
                entries.put(date, new Entry(date, summary, e.line));
            }
        }
    }

    /** The date of a DATE or DATE-TIME value ({@code 20260321}, {@code 20260321T000000Z}). */
    private static LocalDate date(String value) {
        String v = value.strip();
        if (v.length() < 8) {
            return null;
        }
        String datePart = v.substring(0, 8);
        String rest = v.substring(8);
        if (!rest.isEmpty() && !rest.matches("T\\d{6}Z?")) {
            return null;
        }
        try {
            return LocalDate.parse(datePart, BASIC);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    /** The colon that ends the property name and parameters (quoted parameter values may hold colons). */
    private static int valueColon(String line) {
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            } else if (c == ':' && !quoted) {
                return i;
            }
        }
        return -1;
    }

    static String unescape(String text) {
        var out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\\' && i + 1 < text.length()) {
                char n = text.charAt(++i);
                switch (n) {
                    case 'n', 'N' -> out.append(' ');
                    case '\\', ';', ',' -> out.append(n);
                    default -> out.append('\\').append(n);
                }
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    private record Line(int number, String text) {
    }

    /** Splits at CRLF, LF or CR and joins continuation lines (starting with a space or tab). */
    private static List<Line> unfold(String text) {
        var result = new ArrayList<Line>();
        String[] raw = text.split("\r\n|\n|\r", -1);
        for (int i = 0; i < raw.length; i++) {
            String l = raw[i];
            if ((l.startsWith(" ") || l.startsWith("\t")) && !result.isEmpty()) {
                var last = result.removeLast();
                result.add(new Line(last.number(), last.text() + l.substring(1)));
            } else if (!l.isBlank()) {
                result.add(new Line(i + 1, l));
            }
        }
        return result;
    }

    private static final class Event {
        final int line;
        String start;
        String end;
        String duration;
        String summary;
        boolean recurring;

        Event(int line) {
            this.line = line;
        }
    }
}
