package id.simlayan.calendar;

import java.time.DayOfWeek;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Opening periods per day of the week. A day without periods is closed. Periods of a day are
 * kept sorted and must not overlap or touch (write 08:00–15:45, not 08:00–12:00 and 12:00–15:45).
 */
public record WeeklyHours(Map<DayOfWeek, List<OpeningPeriod>> days) {

    public WeeklyHours {
        var copy = new EnumMap<DayOfWeek, List<OpeningPeriod>>(DayOfWeek.class);
        for (DayOfWeek day : DayOfWeek.values()) {
            var periods = new ArrayList<>(days.getOrDefault(day, List.of()));
            periods.sort(Comparator.comparing(OpeningPeriod::start));
            for (int i = 1; i < periods.size(); i++) {
                if (periods.get(i).startSecond() <= periods.get(i - 1).endSecond()) {
                    throw new IllegalArgumentException("Opening periods of " + day + " overlap or touch: "
                            + periods.get(i - 1) + " and " + periods.get(i));
                }
            }
            copy.put(day, List.copyOf(periods));
        }
        days = Map.copyOf(copy);
    }

    public List<OpeningPeriod> on(DayOfWeek day) {
        return days.get(day);
    }

    public boolean isEmpty() {
        return days.values().stream().allMatch(List::isEmpty);
    }

    /** The same periods Monday to Thursday and others on Friday; closed at the weekend. */
    public static WeeklyHours mondayToThursdayAndFriday(List<OpeningPeriod> mondayToThursday, List<OpeningPeriod> friday) {
        var days = new EnumMap<DayOfWeek, List<OpeningPeriod>>(DayOfWeek.class);
        for (DayOfWeek day : List.of(DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY)) {
            days.put(day, mondayToThursday);
        }
        days.put(DayOfWeek.FRIDAY, friday);
        return new WeeklyHours(days);
    }
}
