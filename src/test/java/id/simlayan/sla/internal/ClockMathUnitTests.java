package id.simlayan.sla.internal;

import static org.assertj.core.api.Assertions.assertThat;

import id.simlayan.RandomCases;
import id.simlayan.calendar.BusinessCalendar;
import id.simlayan.calendar.ClockMode;
import id.simlayan.calendar.OpeningPeriod;
import id.simlayan.calendar.Target;
import id.simlayan.calendar.WeeklyHours;
import id.simlayan.sla.internal.ClockMath.Pause;
import id.simlayan.sla.internal.ClockMath.Result;
import id.simlayan.sla.internal.ClockMath.State;
import id.simlayan.ticket.DeadlineLevel;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class ClockMathUnitTests {

    static final ZoneId WIB = ZoneId.of("Asia/Jakarta");
    /** seed 001: Mon–Thu 08:00–12:00 and 13:00–15:45, Fri 08:00–11:00 */
    static final WeeklyHours HOURS = WeeklyHours.mondayToThursdayAndFriday(
            List.of(OpeningPeriod.of("08:00", "12:00"), OpeningPeriod.of("13:00", "15:45")), List.of(OpeningPeriod.of("08:00", "11:00")));
    static final Set<LocalDate> HOLIDAYS = Set.of(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 2, 17), LocalDate.of(2026, 3, 19),
            LocalDate.of(2026, 3, 20), LocalDate.of(2026, 3, 23), LocalDate.of(2026, 3, 24), LocalDate.of(2026, 5, 1),
            LocalDate.of(2026, 5, 14), LocalDate.of(2026, 6, 1), LocalDate.of(2026, 8, 17), LocalDate.of(2026, 12, 25));
    static final BusinessCalendar CALENDAR = new BusinessCalendar(WIB, HOURS, HOLIDAYS);

    static Instant wib(String localDateTime) {
        return LocalDateTime.parse(localDateTime).atZone(WIB).toInstant();
    }

    static Result compute(Target target, Instant start, List<Pause> pauses, Instant stop, Instant now) {
        return ClockMath.compute(target, CALENDAR, start, pauses, stop, now, 75);
    }

    @Test
    void runningBusinessClockIsDueAfterTheBudgetInOpeningHoursAndWarnsAtThreeQuarters() {
        // Monday 2026-06-08 11:00 + 2 h business: 11:00–12:00, lunch, 13:00–14:00
        var r = compute(Target.hours(2, ClockMode.BUSINESS), wib("2026-06-08T11:00"), List.of(), null, wib("2026-06-08T11:30"));
        assertThat(r.state()).isEqualTo(State.RUNNING);
        assertThat(r.due()).isEqualTo(wib("2026-06-08T14:00"));
        assertThat(r.warnAt()).isEqualTo(wib("2026-06-08T13:30"));
        assertThat(r.used()).isEqualTo(Duration.ofMinutes(30));
        assertThat(r.level()).isEqualTo(DeadlineLevel.ON_TRACK);
        assertThat(compute(Target.hours(2, ClockMode.BUSINESS), wib("2026-06-08T11:00"), List.of(), null, wib("2026-06-08T13:40")).level())
                .isEqualTo(DeadlineLevel.WARNING);
        assertThat(compute(Target.hours(2, ClockMode.BUSINESS), wib("2026-06-08T11:00"), List.of(), null, wib("2026-06-08T14:00")).level())
                .isEqualTo(DeadlineLevel.BREACHED);
    }

    @Test
    void pauseSpanningAWeekendAndAHolidayMovesTheDueByThePausedBusinessTimeOnly() {
        // Thursday 2026-05-28 14:00, 10 h business. Paused Fri 2026-05-29 09:00 until Tue 2026-06-02 10:00
        // (Sat, Sun and the holiday on Mon 1 June are closed anyway).
        var start = wib("2026-05-28T14:00");
        var pauses = List.of(new Pause(wib("2026-05-29T09:00"), wib("2026-06-02T10:00")));
        var r = compute(Target.hours(10, ClockMode.BUSINESS), start, pauses, null, wib("2026-06-02T10:00"));
        // used before the pause: Thu 14:00–15:45 (105) + Fri 08:00–09:00 (60) = 165 min; 435 min left from Tue 10:00:
        // Tue 10:00–12:00 (120), 13:00–15:45 (165) = 285; Wed 08:00–10:30 (150) = 435
        assertThat(r.used()).isEqualTo(Duration.ofMinutes(165));
        assertThat(r.due()).isEqualTo(wib("2026-06-03T10:30"));
        assertThat(r.lastResume()).isEqualTo(wib("2026-06-02T10:00"));
    }

    @Test
    void aGrantedExtensionMovesTheDueToTheCloseOfTheNthWorkingDayAfterTheOldDueAndLaterPausesStillCount() {
        // 10 working days from Monday 2026-06-08 09:00: Monday 22 June 15:45; 7 more working days: Wednesday 1 July 15:45
        var start = wib("2026-06-08T09:00");
        var tenDays = Target.workingDays(10);
        var oldDue = compute(tenDays, start, List.of(), null, wib("2026-06-19T10:00")).due();
        assertThat(oldDue).isEqualTo(wib("2026-06-22T15:45"));
        var extra = new ClockStore.GrantedExtension(Target.workingDays(7), oldDue).budget(CALENDAR, ClockMode.BUSINESS);

        var extended = ClockMath.compute(tenDays, CALENDAR, start, List.of(), null, wib("2026-06-19T10:00"), 75, extra);
        assertThat(extended.due()).isEqualTo(wib("2026-07-01T15:45"));
        assertThat(extended.budget()).isEqualTo(tenDays.budget(CALENDAR, start).plus(extra));
        assertThat(extended.level()).isEqualTo(DeadlineLevel.ON_TRACK);
        assertThat(compute(tenDays, start, List.of(), null, wib("2026-06-23T08:00")).level()).isEqualTo(DeadlineLevel.BREACHED);
        assertThat(ClockMath.compute(tenDays, CALENDAR, start, List.of(), null, wib("2026-06-23T08:00"), 75, extra).level())
                .as("not breached any more after the old due").isNotEqualTo(DeadlineLevel.BREACHED);

        // paused for one whole working day after the grant: the extended due moves by that day
        var pauses = List.of(new Pause(wib("2026-06-23T08:00"), wib("2026-06-24T08:00")));
        assertThat(ClockMath.compute(tenDays, CALENDAR, start, pauses, null, wib("2026-06-24T09:00"), 75, extra).due())
                .isEqualTo(wib("2026-07-02T15:45"));
    }

    @Test
    void whilePausedTheDueIsUnknownAndTheLevelIsPaused() {
        var start = wib("2026-06-08T08:00");
        var r = compute(Target.hours(4, ClockMode.BUSINESS), start, List.of(new Pause(wib("2026-06-08T09:00"), null)), null,
                wib("2026-06-10T09:00"));
        assertThat(r.state()).isEqualTo(State.PAUSED);
        assertThat(r.due()).isNull();
        assertThat(r.level()).isEqualTo(DeadlineLevel.PAUSED);
        assertThat(r.used()).isEqualTo(Duration.ofHours(1));
    }

    @Test
    void aPauseStartingExactlyNowPausesTheClock() {
        var now = wib("2026-06-08T09:00");
        var r = compute(Target.hours(4, ClockMode.BUSINESS), wib("2026-06-08T08:00"), List.of(new Pause(now, null)), null, now);
        assertThat(r.state()).isEqualTo(State.PAUSED);
    }

    @Test
    void aClockPausedAfterItsDueStaysBreached() {
        var r = compute(Target.minutes(30, ClockMode.BUSINESS), wib("2026-06-08T08:00"), List.of(new Pause(wib("2026-06-08T09:00"), null)),
                null, wib("2026-06-08T10:00"));
        assertThat(r.level()).isEqualTo(DeadlineLevel.BREACHED);
        assertThat(r.due()).isEqualTo(wib("2026-06-08T08:30"));
    }

    @Test
    void aPauseBeforeTheStartIsIgnoredAndOneOverlappingTheStartCountsFromTheStart() {
        var start = wib("2026-06-08T10:00");
        var target = Target.hours(1, ClockMode.BUSINESS);
        var before = compute(target, start, List.of(new Pause(wib("2026-06-08T08:00"), wib("2026-06-08T09:00"))), null, start);
        assertThat(before.due()).isEqualTo(wib("2026-06-08T11:00"));
        var overlapping = compute(target, start, List.of(new Pause(wib("2026-06-08T09:00"), wib("2026-06-08T10:30"))), null,
                wib("2026-06-08T10:30"));
        assertThat(overlapping.used()).isZero();
        assertThat(overlapping.due()).isEqualTo(wib("2026-06-08T11:30"));
    }

    @Test
    void resumingInTheLunchBreakCountsFromTheAfternoonOpening() {
        var start = wib("2026-06-08T11:00");
        var pauses = List.of(new Pause(wib("2026-06-08T11:30"), wib("2026-06-08T12:20")));
        var r = compute(Target.hours(1, ClockMode.BUSINESS), start, pauses, null, wib("2026-06-08T12:30"));
        assertThat(r.used()).isEqualTo(Duration.ofMinutes(30));
        assertThat(r.due()).isEqualTo(wib("2026-06-08T13:30"));
    }

    @Test
    void calendarModeCountsEveryMinuteAndAPauseMovesTheDueByItsLength() {
        // "2×24 jam" from Friday 2026-06-05 10:00, paused Saturday 10:00–22:00 (12 h)
        var target = Target.hours(48, ClockMode.CALENDAR);
        var start = wib("2026-06-05T10:00");
        var r = compute(target, start, List.of(new Pause(wib("2026-06-06T10:00"), wib("2026-06-06T22:00"))), null, wib("2026-06-07T00:00"));
        assertThat(r.used()).isEqualTo(Duration.ofHours(26));
        assertThat(r.due()).isEqualTo(wib("2026-06-07T22:00"));
        assertThat(r.warnAt()).isEqualTo(wib("2026-06-07T10:00"));
    }

    @Test
    void workingDaysAreDueAtTheCloseOfTheNthWorkingDayAndAPauseShiftsIt() {
        // Monday 2026-06-08 10:00, 2 working days: close of Wednesday 15:45
        var target = Target.workingDays(2);
        var start = wib("2026-06-08T10:00");
        assertThat(compute(target, start, List.of(), null, start).due()).isEqualTo(wib("2026-06-10T15:45"));
        // paused a whole Tuesday: due moves to the close... of Thursday
        var pauses = List.of(new Pause(wib("2026-06-09T08:00"), wib("2026-06-09T15:45")));
        assertThat(compute(target, start, pauses, null, wib("2026-06-10T08:00")).due()).isEqualTo(wib("2026-06-11T15:45"));
    }

    @Test
    void aClockStoppedInTimeIsMetAndOneStoppedLateIsMissed() {
        var target = Target.minutes(30, ClockMode.BUSINESS);
        var start = wib("2026-06-08T08:00");
        var met = compute(target, start, List.of(), wib("2026-06-08T08:30"), wib("2026-06-09T08:00"));
        assertThat(met.state()).isEqualTo(State.STOPPED);
        assertThat(met.level()).isEqualTo(DeadlineLevel.MET);
        assertThat(met.used()).isEqualTo(Duration.ofMinutes(30));
        var missed = compute(target, start, List.of(), wib("2026-06-08T08:31"), wib("2026-06-09T08:00"));
        assertThat(missed.level()).isEqualTo(DeadlineLevel.MISSED);
    }

    @Test
    void aBreachAtTheEndOfTheDayStaysBreachedOvernight() {
        var r = compute(Target.minutes(45, ClockMode.BUSINESS), wib("2026-06-08T15:00"), List.of(), null, wib("2026-06-08T20:00"));
        assertThat(r.due()).isEqualTo(wib("2026-06-08T15:45"));
        assertThat(r.level()).isEqualTo(DeadlineLevel.BREACHED);
    }

    @Test
    void notStartedClockHasNoDue() {
        var r = compute(Target.hours(1, ClockMode.BUSINESS), null, List.of(), null, wib("2026-06-08T08:00"));
        assertThat(r.state()).isEqualTo(State.NOT_STARTED);
        assertThat(r.due()).isNull();
    }

    @Test
    void measuredShareSubtractsPauses() {
        var share = ClockMath.measured(CALENDAR, ClockMode.BUSINESS, wib("2026-06-08T08:00"), wib("2026-06-08T15:45"),
                List.of(new Pause(wib("2026-06-08T10:00"), wib("2026-06-08T11:00"))));
        assertThat(share).isEqualTo(Duration.ofMinutes(405 - 60));
    }

    // --- seeded randomized comparison with a minute-by-minute reference -----------------------

    record Case(Target target, Instant start, List<Pause> pauses, Instant stop, Instant now) {
        @Override
        public String toString() {
            return target.notation() + " " + target.mode() + " start=" + start + " pauses=" + pauses + " stop=" + stop + " now=" + now;
        }
    }

    static Stream<Arguments> randomCases() {
        var random = new Random(RandomCases.seed(20261123L));
        long base = wib("2026-01-01T00:00").getEpochSecond() / 60;
        List<Arguments> cases = new ArrayList<>();
        for (int i = 0, n = RandomCases.count(); i < n; i++) {
            Instant start = Instant.ofEpochSecond((base + random.nextInt(330 * 24 * 60)) * 60);
            Target target = switch (random.nextInt(5)) {
                case 0 -> Target.minutes(1 + random.nextInt(240), ClockMode.BUSINESS);
                case 1 -> Target.hours(1 + random.nextInt(30), ClockMode.BUSINESS);
                case 2 -> Target.workingDays(1 + random.nextInt(5));
                case 3 -> Target.hours(1 + random.nextInt(72), ClockMode.CALENDAR);
                default -> Target.minutes(1 + random.nextInt(2000), random.nextBoolean() ? ClockMode.BUSINESS : ClockMode.CALENDAR);
            };
            Instant now = start.plusSeconds(60L * random.nextInt(14 * 24 * 60));
            List<Pause> pauses = new ArrayList<>();
            long cursor = start.getEpochSecond() / 60 - random.nextInt(600);
            int count = random.nextInt(4);
            for (int p = 0; p < count; p++) {
                long from = cursor + random.nextInt(3 * 24 * 60);
                long to = from + 1 + random.nextInt(3 * 24 * 60);
                if (from * 60 > now.getEpochSecond()) {
                    break;
                }
                boolean open = to * 60 > now.getEpochSecond();
                pauses.add(new Pause(Instant.ofEpochSecond(from * 60), open ? null : Instant.ofEpochSecond(to * 60)));
                if (open) {
                    break;
                }
                cursor = to + 1 + random.nextInt(600);
            }
            Instant stop = random.nextInt(4) == 0 ? start.plusSeconds(60L * random.nextInt(10 * 24 * 60)) : null;
            cases.add(Arguments.of(new Case(target, start, List.copyOf(pauses), stop, now)));
        }
        return cases.stream();
    }

    @ParameterizedTest
    @MethodSource("randomCases")
    void agreesWithAMinuteByMinuteReference(Case c) {
        var actual = ClockMath.compute(c.target(), CALENDAR, c.start(), c.pauses(), c.stop(), c.now(), 75);
        var expected = Reference.compute(c);
        assertThat(actual.used()).as("used").isEqualTo(expected.used());
        assertThat(actual.state()).as("state").isEqualTo(expected.state());
        assertThat(actual.due()).as("due").isEqualTo(expected.due());
        assertThat(actual.warnAt()).as("warning").isEqualTo(expected.warnAt());
    }

    /** Deliberately simple: steps minute by minute, checks opening hours from the weekly table and the holiday set. */
    static final class Reference {

        record Expected(Duration used, State state, Instant due, Instant warnAt) {
        }

        static Expected compute(Case c) {
            boolean business = c.target().mode() == ClockMode.BUSINESS;
            long budget = c.target().budget(CALENDAR, c.start()).toMinutes();
            long warn = budget * 75 / 100;
            long start = c.start().getEpochSecond() / 60;
            boolean stopped = c.stop() != null && !c.stop().isAfter(c.now());
            long end = (stopped ? c.stop() : c.now()).getEpochSecond() / 60;
            boolean pausedAtEnd = paused(c.pauses(), end);
            long used = 0;
            Instant due = null;
            Instant warnAt = null;
            long counter = 0;
            for (long m = start; m < end + 120L * 24 * 60 && due == null; m++) {
                boolean before = m < end;
                if (!before && pausedAtEnd) {
                    break;
                }
                boolean active = (!before || !paused(c.pauses(), m)) && (!business || open(m));
                if (active) {
                    counter++;
                    if (before) {
                        used++;
                    }
                    if (counter == warn && warnAt == null) {
                        warnAt = Instant.ofEpochSecond((m + 1) * 60);
                    }
                    if (counter == budget) {
                        due = Instant.ofEpochSecond((m + 1) * 60);
                    }
                }
            }
            if (warn == 0) {
                warnAt = c.start();
            }
            for (long m = due == null ? end : Math.max(due.getEpochSecond() / 60, start); m < end; m++) {
                if (!paused(c.pauses(), m) && (!business || open(m))) {
                    used++;
                }
            }
            State state = stopped ? State.STOPPED : pausedAtEnd ? State.PAUSED : State.RUNNING;
            return new Expected(Duration.ofMinutes(end < start ? 0 : used), state, due, warnAt);
        }

        static boolean paused(List<Pause> pauses, long minute) {
            long s = minute * 60;
            for (Pause p : pauses) {
                if (p.from().getEpochSecond() <= s && (p.to() == null || s < p.to().getEpochSecond())) {
                    return true;
                }
            }
            return false;
        }

        static boolean open(long minute) {
            var local = LocalDateTime.ofInstant(Instant.ofEpochSecond(minute * 60), WIB);
            if (HOLIDAYS.contains(local.toLocalDate())) {
                return false;
            }
            DayOfWeek day = local.getDayOfWeek();
            for (OpeningPeriod p : HOURS.on(day)) {
                int sec = local.toLocalTime().toSecondOfDay();
                if (p.startSecond() <= sec && sec < p.endSecond()) {
                    return true;
                }
            }
            return false;
        }
    }
}
