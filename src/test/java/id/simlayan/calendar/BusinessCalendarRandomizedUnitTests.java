package id.simlayan.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import id.simlayan.RandomCases;
import java.util.Random;
import java.util.Set;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Random calendars, starts and targets from a fixed seed ({@link RandomCases}: 1 000 by default,
 * {@code -Dsimlayan.random.cases=20000} for a large run), each checked against
 * {@link MinuteSteppingReference}. A failure names its case number; rerun with the same seed and
 * count to reproduce it.
 */
class BusinessCalendarRandomizedUnitTests {

    private static final long SEED = RandomCases.seed(20261123L);
    private static final int CASES = RandomCases.count();
    private static final List<ZoneId> ZONES = List.of(CalendarExamples.WIB, CalendarExamples.WITA, CalendarExamples.WIT, ZoneId.of("UTC"));
    private static final Instant FIRST = Instant.parse("2024-12-20T00:00:00Z");
    private static final long SPAN_MINUTES = Duration.ofDays(3 * 365 + 10).toMinutes();

    record Case(int number, MinuteSteppingReference reference, BusinessCalendar calendar, Instant start, long minutes,
                int workingDays, LocalTime cutoff, Instant[][] pauses) {

        @Override
        public String toString() {
            return "case " + number + " start " + start + " +" + minutes + " min / " + workingDays + " wd in " + reference.zone();
        }
    }

    static Stream<Arguments> cases() {
        var random = new Random(SEED);
        return IntStream.range(0, CASES).mapToObj(n -> Arguments.of(randomCase(n, random)));
    }

    @ParameterizedTest
    @MethodSource("cases")
    void addingBusinessTimeMatchesTheMinuteSteppingReference(Case c) {
        assertThat(c.calendar().plusBusiness(c.start(), Duration.ofMinutes(c.minutes())))
                .as(c.toString()).isEqualTo(c.reference().plusBusiness(c.start(), c.minutes()));
    }

    @ParameterizedTest
    @MethodSource("cases")
    void businessTimeBetweenMatchesTheReferenceAndInvertsAddition(Case c) {
        var end = c.start().plus(Duration.ofMinutes(c.minutes() * 3));
        assertThat(c.calendar().businessTimeBetween(c.start(), end).toMinutes())
                .as(c.toString()).isEqualTo(c.reference().businessMinutesBetween(c.start(), end));
        var due = c.calendar().plusBusiness(c.start(), Duration.ofMinutes(c.minutes()));
        assertThat(c.calendar().businessTimeBetween(c.start(), due)).as(c.toString()).isEqualTo(Duration.ofMinutes(c.minutes()));
    }

    @ParameterizedTest
    @MethodSource("cases")
    void openingAndWorkingDaysMatchTheReference(Case c) {
        assertThat(c.calendar().isOpen(c.start())).as(c.toString())
                .isEqualTo(c.reference().businessMinute(c.start().atZone(c.reference().zone()).toLocalDateTime()));
        assertThat(c.calendar().nextOpening(c.start())).as(c.toString()).isEqualTo(c.reference().nextOpening(c.start()));
        assertThat(c.calendar().closeOfWorkingDays(c.start(), c.workingDays(), c.cutoff())).as(c.toString())
                .isEqualTo(c.reference().closeOfWorkingDays(c.start(), c.workingDays(), c.cutoff()));
    }

    @ParameterizedTest
    @MethodSource("cases")
    void aClockResumedAfterPausesIsDueWhenTheReferenceUsesUpItsBudget(Case c) {
        // the clock's rule: on each resume, the budget left is counted from the resume instant
        var calendar = c.calendar();
        long left = c.minutes() * 60;
        var running = c.start();
        Instant due = null;
        for (var pause : c.pauses()) {
            var candidate = calendar.plusBusiness(running, Duration.ofSeconds(left));
            if (!candidate.isAfter(pause[0])) {
                due = candidate;
                break;
            }
            left -= calendar.businessTimeBetween(running, pause[0]).getSeconds();
            running = pause[1];
        }
        if (due == null) {
            due = calendar.plusBusiness(running, Duration.ofSeconds(left));
        }
        assertThat(due).as(c.toString()).isEqualTo(c.reference().dueWithPauses(c.start(), c.minutes(), c.pauses()));
    }

    private static Case randomCase(int number, Random random) {
        var zone = ZONES.get(random.nextInt(ZONES.size()));
        var hours = randomHours(random);
        Set<LocalDate> closed = new HashSet<>(random.nextBoolean() ? CalendarExamples.allClosed() : CalendarExamples.NATIONAL_HOLIDAYS);
        int extra = random.nextInt(20);
        for (int i = 0; i < extra; i++) {
            closed.add(LocalDate.of(2025, 1, 1).plusDays(random.nextInt(3 * 365)));
        }
        var start = FIRST.plus(Duration.ofMinutes(random.nextLong(SPAN_MINUTES)));
        long minutes = switch (random.nextInt(4)) {
            case 0 -> 1 + random.nextInt(60);
            case 1 -> 60L * (1 + random.nextInt(8));
            case 2 -> 1 + random.nextInt(2_000);
            default -> 1 + random.nextInt(6_000);
        };
        int workingDays = 1 + random.nextInt(random.nextBoolean() ? 3 : 15);
        LocalTime cutoff = random.nextInt(3) == 0 ? LocalTime.of(6 + random.nextInt(12), 15 * random.nextInt(4)) : null;
        var pauses = randomPauses(random, start);
        var reference = new MinuteSteppingReference(zone, hours, closed);
        return new Case(number, reference, new BusinessCalendar(zone, hours, closed), start, minutes, workingDays, cutoff, pauses);
    }

    /** 1–3 periods on most weekdays, minute boundaries anywhere, sometimes a whole day, sometimes the weekend. */
    private static WeeklyHours randomHours(Random random) {
        var days = new EnumMap<DayOfWeek, List<OpeningPeriod>>(DayOfWeek.class);
        for (DayOfWeek day : DayOfWeek.values()) {
            boolean weekend = day == DayOfWeek.SATURDAY || day == DayOfWeek.SUNDAY;
            if (weekend ? random.nextInt(4) != 0 : random.nextInt(8) == 0) {
                continue;
            }
            if (random.nextInt(15) == 0) {
                days.put(day, List.of(new OpeningPeriod(LocalTime.MIDNIGHT, LocalTime.MIDNIGHT)));
                continue;
            }
            int count = 1 + random.nextInt(3);
            var cuts = new java.util.TreeSet<Integer>();
            while (cuts.size() < count * 2) {
                cuts.add(1 + random.nextInt(24 * 60 - 1));
            }
            var list = new ArrayList<Integer>(cuts);
            var periods = new ArrayList<OpeningPeriod>();
            for (int i = 0; i < list.size(); i += 2) {
                periods.add(new OpeningPeriod(LocalTime.ofSecondOfDay(list.get(i) * 60L), LocalTime.ofSecondOfDay(list.get(i + 1) * 60L)));
            }
            // cuts are distinct, but two periods must not touch either
            boolean touching = false;
            for (int i = 1; i < periods.size(); i++) {
                touching |= periods.get(i).start().equals(periods.get(i - 1).end());
            }
            days.put(day, touching ? List.of(periods.get(0)) : periods);
        }
        if (days.isEmpty()) {
            days.put(DayOfWeek.WEDNESDAY, List.of(OpeningPeriod.of("09:00", "10:00")));
        }
        return new WeeklyHours(days);
    }

    private static Instant[][] randomPauses(Random random, Instant start) {
        int count = random.nextInt(3);
        var pauses = new Instant[count][];
        var t = start;
        for (int i = 0; i < count; i++) {
            var from = t.plus(Duration.ofMinutes(1 + random.nextInt(3_000)));
            var to = from.plus(Duration.ofMinutes(1 + random.nextInt(5_000)));
            pauses[i] = new Instant[] {from, to};
            t = to;
        }
        return pauses;
    }
}
