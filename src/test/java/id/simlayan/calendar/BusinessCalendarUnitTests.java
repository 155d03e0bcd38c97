package id.simlayan.calendar;

import static id.simlayan.calendar.CalendarExamples.WIB;
import static id.simlayan.calendar.CalendarExamples.WIT;
import static id.simlayan.calendar.CalendarExamples.WITA;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** Hand-checked business-time cases on the seed 001 calendar (WIB) unless said otherwise. 2026-11-23 is a Monday. */
class BusinessCalendarUnitTests {

    private final BusinessCalendar seed001 = CalendarExamples.seed001(WIB);

    @Nested
    class AddingBusinessTime {

        @Test
        void aStartBeforeOpeningCountsFromTheOpening() {
            assertThat(seed001.plusBusiness(wib("2026-11-23T07:00"), minutes(30))).isEqualTo(wib("2026-11-23T08:30"));
        }

        @Test
        void aStartInTheLunchBreakCountsFromTheAfternoonPeriod() {
            assertThat(seed001.plusBusiness(wib("2026-11-23T12:30"), minutes(30))).isEqualTo(wib("2026-11-23T13:30"));
        }

        @Test
        void aStartAtTheExactCloseCountsFromTheNextMorning() {
            assertThat(seed001.plusBusiness(wib("2026-11-23T15:45"), minutes(30))).isEqualTo(wib("2026-11-24T08:30"));
        }

        @Test
        void aResultOnTheEndOfAPeriodIsThatEndNotTheNextOpening() {
            assertThat(seed001.plusBusiness(wib("2026-11-23T15:15"), minutes(30))).isEqualTo(wib("2026-11-23T15:45"));
            assertThat(seed001.plusBusiness(wib("2026-11-23T11:30"), minutes(30))).isEqualTo(wib("2026-11-23T12:00"));
        }

        @Test
        void aResultOneMinuteAfterTheEndOfAPeriodIsOneMinuteIntoTheNextOne() {
            assertThat(seed001.plusBusiness(wib("2026-11-23T11:30"), minutes(31))).isEqualTo(wib("2026-11-23T13:01"));
        }

        @Test
        void fridayAfterElevenContinuesOnMonday() {
            assertThat(seed001.plusBusiness(wib("2026-11-27T11:30"), Duration.ofHours(1))).isEqualTo(wib("2026-11-30T09:00"));
            assertThat(seed001.plusBusiness(wib("2026-11-27T10:30"), Duration.ofHours(1))).isEqualTo(wib("2026-11-30T08:30"));
        }

        @Test
        void aStartOnAHolidayCountsFromTheNextWorkingDay() {
            // 2026-12-25 (Friday) is Christmas; the weekend follows
            assertThat(seed001.plusBusiness(wib("2026-12-25T09:00"), Duration.ofHours(1))).isEqualTo(wib("2026-12-28T09:00"));
        }

        @Test
        void cutiBersamaIsClosedOnlyWhenTheCalendarSaysSo() {
            // Wed 2026-12-23 15:00: 45 min left that day; Thu 24 is cuti bersama, Fri 25 Christmas
            assertThat(seed001.plusBusiness(wib("2026-12-23T15:00"), Duration.ofHours(1))).isEqualTo(wib("2026-12-28T08:15"));
            assertThat(CalendarExamples.seed001WithoutCutiBersama().plusBusiness(wib("2026-12-23T15:00"), Duration.ofHours(1)))
                    .isEqualTo(wib("2026-12-24T08:15"));
        }

        @Test
        void theDayBeforeTheLongIdulfitriBreakContinuesAfterIt() {
            // 2026: Wed 18 cuti, Thu 19 Nyepi, Fri 20 cuti, Sat 21 + Sun 22 Idulfitri, Mon 23 + Tue 24 cuti
            assertThat(seed001.plusBusiness(wib("2026-03-17T15:00"), Duration.ofHours(2))).isEqualTo(wib("2026-03-25T09:15"));
        }

        @Test
        void acrossTheYearEndSkipsNewYearAndIsraMikraj() {
            assertThat(seed001.plusBusiness(wib("2026-12-31T15:00"), Duration.ofHours(2))).isEqualTo(wib("2027-01-04T09:15"));
            // Mon 4 Jan has 6 h 45 min; Tue 5 Jan 2027 is Isra Mikraj
            assertThat(seed001.plusBusiness(wib("2026-12-31T15:00"), Duration.ofMinutes(45 + 405 + 60))).isEqualTo(wib("2027-01-06T09:00"));
        }

        @Test
        void daysWithDifferentHoursAreEachCountedWithTheirOwnPeriods() {
            var odd = new BusinessCalendar(WIB, new WeeklyHours(Map.of(
                    DayOfWeek.MONDAY, List.of(OpeningPeriod.of("07:00", "09:00")),
                    DayOfWeek.TUESDAY, List.of(OpeningPeriod.of("10:00", "11:00"), OpeningPeriod.of("13:00", "14:00")),
                    DayOfWeek.SATURDAY, List.of(OpeningPeriod.of("08:00", "10:00")))), List.of());
            // Mon 08:30–09:00 (30) + Tue 10–11 (60) + 13–14 (60) = 150; 30 more on Saturday
            assertThat(odd.plusBusiness(wib("2026-11-23T08:30"), Duration.ofHours(3))).isEqualTo(wib("2026-11-28T08:30"));
        }

        @Test
        void witaAndWitCountInTheirOwnZone() {
            var wita = CalendarExamples.seed001(WITA);
            var wit = CalendarExamples.seed001(WIT);
            // 08:30 WITA = 00:30 UTC
            assertThat(wita.plusBusiness(Instant.parse("2026-11-23T00:30:00Z"), Duration.ofHours(1)))
                    .isEqualTo(Instant.parse("2026-11-23T01:30:00Z"));
            // 07:00 WIB = 09:00 WIT on Monday: 3 h of the morning are left there
            assertThat(wit.plusBusiness(wib("2026-11-23T07:00"), Duration.ofHours(3))).isEqualTo(at(WIT, "2026-11-23T12:00"));
            // the same instant is before opening in WIB
            assertThat(seed001.plusBusiness(wib("2026-11-23T07:00"), Duration.ofHours(3))).isEqualTo(wib("2026-11-23T11:00"));
            // a Monday in UTC that is already Tuesday in WIT
            assertThat(wit.plusBusiness(Instant.parse("2026-11-23T23:30:00Z"), minutes(30))).isEqualTo(at(WIT, "2026-11-24T09:00"));
        }

        @Test
        void aWholeDayPeriodMakesBusinessTimeEqualToElapsedTimeOnOpenDays() {
            var always = new BusinessCalendar(WIB, new WeeklyHours(Map.of(
                    DayOfWeek.MONDAY, List.of(OpeningPeriod.of("00:00", "00:00")),
                    DayOfWeek.TUESDAY, List.of(OpeningPeriod.of("00:00", "00:00")),
                    DayOfWeek.WEDNESDAY, List.of(OpeningPeriod.of("00:00", "00:00")))), List.of());
            assertThat(always.plusBusiness(wib("2026-11-23T10:00"), Duration.ofHours(48))).isEqualTo(wib("2026-11-25T10:00"));
            assertThat(always.plusBusiness(wib("2026-11-23T10:00"), Duration.ofHours(62))).isEqualTo(wib("2026-11-26T00:00"));
        }

        @Test
        void zeroBusinessTimeIsTheStartAndSecondsAreKept() {
            assertThat(seed001.plusBusiness(wib("2026-11-23T20:00"), Duration.ZERO)).isEqualTo(wib("2026-11-23T20:00"));
            assertThat(seed001.plusBusiness(wib("2026-11-23T09:00").plusSeconds(30), minutes(1)))
                    .isEqualTo(wib("2026-11-23T09:01").plusSeconds(30));
        }

        @Test
        void negativeBusinessTimeIsRefused() {
            assertThatThrownBy(() -> seed001.plusBusiness(wib("2026-11-23T09:00"), minutes(-1))).isInstanceOf(IllegalArgumentException.class);
        }
    }

    @Nested
    class MeasuringBusinessTime {

        @Test
        void aFullDayOfSeed001HasSixHoursFortyFiveMinutes() {
            assertThat(seed001.businessTimeBetween(wib("2026-11-23T07:00"), wib("2026-11-24T07:00"))).isEqualTo(Duration.ofMinutes(405));
        }

        @Test
        void aWeekHasFourLongDaysAndAShortFriday() {
            assertThat(seed001.businessTimeBetween(wib("2026-11-23T00:00"), wib("2026-11-30T00:00"))).isEqualTo(Duration.ofMinutes(4 * 405 + 180));
        }

        @Test
        void thePausedTimeOverAWeekendCostsNothing() {
            // a 3 h clock started Fri 10:00 runs 30 min, is paused until Mon 10:00, then resumes with 150 min left
            var start = wib("2026-11-27T10:00");
            var pausedAt = wib("2026-11-27T10:30");
            var resumedAt = wib("2026-11-30T10:00");
            var used = seed001.businessTimeBetween(start, pausedAt);
            assertThat(used).isEqualTo(minutes(30));
            assertThat(seed001.plusBusiness(resumedAt, Duration.ofHours(3).minus(used))).isEqualTo(wib("2026-11-30T13:30"));
            // without the pause the limit would have been Monday 10:00
            assertThat(seed001.plusBusiness(start, Duration.ofHours(3))).isEqualTo(wib("2026-11-30T10:00"));
        }

        @Test
        void anIntervalEndingBeforeItStartsIsZero() {
            assertThat(seed001.businessTimeBetween(wib("2026-11-24T09:00"), wib("2026-11-23T09:00"))).isZero();
        }
    }

    @Nested
    class WorkingDays {

        @Test
        void theDayOfTheStartIsNotCounted() {
            assertThat(seed001.closeOfWorkingDays(wib("2026-11-23T09:00"), 1, null)).isEqualTo(wib("2026-11-24T15:45"));
            assertThat(seed001.closeOfWorkingDays(wib("2026-11-23T07:00"), 1, null)).isEqualTo(wib("2026-11-24T15:45"));
        }

        @Test
        void aFridayCloseIsElevenOClock() {
            assertThat(seed001.closeOfWorkingDays(wib("2026-11-26T09:00"), 1, null)).isEqualTo(wib("2026-11-27T11:00"));
        }

        @Test
        void aWeekendStartCountsFromMonday() {
            assertThat(seed001.closeOfWorkingDays(wib("2026-11-28T09:00"), 1, null)).isEqualTo(wib("2026-11-30T15:45"));
        }

        @Test
        void holidaysAndCutiBersamaAreSkipped() {
            assertThat(seed001.closeOfWorkingDays(wib("2026-03-17T10:00"), 1, null)).isEqualTo(wib("2026-03-25T15:45"));
            assertThat(seed001.closeOfWorkingDays(wib("2026-12-31T10:00"), 2, null)).isEqualTo(wib("2027-01-06T15:45"));
        }

        @Test
        void tenWorkingDaysForAnInformationRequest() {
            // Mon 23 Nov 2026: 24-27, 30 Nov, 1-4 Dec, 7 Dec is the 10th
            assertThat(seed001.closeOfWorkingDays(wib("2026-11-23T09:00"), 10, null)).isEqualTo(wib("2026-12-07T15:45"));
        }

        @Test
        void beforeTheCutOffTheDayOfTheStartCounts() {
            assertThat(seed001.closeOfWorkingDays(wib("2026-11-23T09:00"), 1, LocalTime.NOON)).isEqualTo(wib("2026-11-23T15:45"));
            assertThat(seed001.closeOfWorkingDays(wib("2026-11-23T12:00"), 1, LocalTime.NOON)).isEqualTo(wib("2026-11-24T15:45"));
            // a holiday never counts, cut-off or not
            assertThat(seed001.closeOfWorkingDays(wib("2026-12-25T09:00"), 1, LocalTime.NOON)).isEqualTo(wib("2026-12-28T15:45"));
        }

        @Test
        void workingDaysAreCountedInTheCalendarsZone() {
            // Mon 23:30 WIB is already Tuesday 01:30 in WIT
            assertThat(CalendarExamples.seed001(WIT).closeOfWorkingDays(wib("2026-11-23T23:30"), 1, null))
                    .isEqualTo(at(WIT, "2026-11-25T15:45"));
        }

        @Test
        void zeroWorkingDaysAreRefused() {
            assertThatThrownBy(() -> seed001.closeOfWorkingDays(wib("2026-11-23T09:00"), 0, null)).isInstanceOf(IllegalArgumentException.class);
        }
    }

    @Nested
    class OpeningAndNotices {

        @Test
        void periodsAreOpenAtTheirStartAndClosedAtTheirEnd() {
            assertThat(seed001.isOpen(wib("2026-11-23T08:00"))).isTrue();
            assertThat(seed001.isOpen(wib("2026-11-23T11:59"))).isTrue();
            assertThat(seed001.isOpen(wib("2026-11-23T12:00"))).isFalse();
            assertThat(seed001.isOpen(wib("2026-11-23T15:45"))).isFalse();
            assertThat(seed001.isOpen(wib("2026-12-25T09:00"))).isFalse();
        }

        @Test
        void nextOpeningSkipsLunchNightsWeekendsAndHolidays() {
            assertThat(seed001.nextOpening(wib("2026-11-23T12:10"))).isEqualTo(wib("2026-11-23T13:00"));
            assertThat(seed001.nextOpening(wib("2026-11-27T11:00"))).isEqualTo(wib("2026-11-30T08:00"));
            assertThat(seed001.nextOpening(wib("2026-12-23T16:00"))).isEqualTo(wib("2026-12-28T08:00"));
            assertThat(seed001.nextOpening(wib("2026-11-23T09:10"))).isEqualTo(wib("2026-11-23T09:10"));
        }

        @Test
        void aNoticeAtTheCloseGoesOutAtOnceButOneAtNightWaitsForTheMorning() {
            assertThat(seed001.notifiableAt(wib("2026-11-23T15:45"))).isEqualTo(wib("2026-11-23T15:45"));
            assertThat(seed001.notifiableAt(wib("2026-11-23T12:00"))).isEqualTo(wib("2026-11-23T12:00"));
            assertThat(seed001.notifiableAt(wib("2026-11-23T12:30"))).isEqualTo(wib("2026-11-23T13:00"));
            assertThat(seed001.notifiableAt(wib("2026-11-23T20:00"))).isEqualTo(wib("2026-11-24T08:00"));
            assertThat(seed001.notifiableAt(wib("2026-11-27T23:00"))).isEqualTo(wib("2026-11-30T08:00"));
        }
    }

    @Nested
    class Definitions {

        @Test
        void overlappingOrTouchingPeriodsAreRefused() {
            assertThatThrownBy(() -> new WeeklyHours(Map.of(DayOfWeek.MONDAY,
                    List.of(OpeningPeriod.of("08:00", "12:00"), OpeningPeriod.of("11:00", "13:00"))))).isInstanceOf(IllegalArgumentException.class);
            assertThatThrownBy(() -> new WeeklyHours(Map.of(DayOfWeek.MONDAY,
                    List.of(OpeningPeriod.of("08:00", "12:00"), OpeningPeriod.of("12:00", "13:00"))))).isInstanceOf(IllegalArgumentException.class);
        }

        @Test
        void aPeriodMustEndAfterItStartsAndBeInWholeMinutes() {
            assertThatThrownBy(() -> OpeningPeriod.of("12:00", "08:00")).isInstanceOf(IllegalArgumentException.class);
            assertThatThrownBy(() -> OpeningPeriod.of("08:00", "08:00")).isInstanceOf(IllegalArgumentException.class);
            assertThatThrownBy(() -> OpeningPeriod.of("08:00:30", "09:00")).isInstanceOf(IllegalArgumentException.class);
        }

        @Test
        void aCalendarWithoutAnyOpeningIsRefused() {
            assertThatThrownBy(() -> new BusinessCalendar(WIB, new WeeklyHours(Map.of()), List.of()))
                    .isInstanceOf(IllegalArgumentException.class);
        }

        @Test
        void periodsAreSortedWhateverTheOrderGiven() {
            var hours = new WeeklyHours(Map.of(DayOfWeek.MONDAY, List.of(OpeningPeriod.of("13:00", "15:45"), OpeningPeriod.of("08:00", "12:00"))));
            assertThat(hours.on(DayOfWeek.MONDAY)).extracting(OpeningPeriod::start).containsExactly(LocalTime.of(8, 0), LocalTime.of(13, 0));
        }
    }

    static Instant wib(String localDateTime) {
        return at(WIB, localDateTime);
    }

    static Instant at(ZoneId zone, String localDateTime) {
        return LocalDateTime.parse(localDateTime).atZone(zone).toInstant();
    }

    private static Duration minutes(long m) {
        return Duration.ofMinutes(m);
    }
}
