package id.simlayan.calendar;

import static id.simlayan.calendar.BusinessCalendarUnitTests.wib;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.LocalTime;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TargetUnitTests {

    private final BusinessCalendar seed001 = CalendarExamples.seed001(CalendarExamples.WIB);

    @Test
    void theApiNotationReadsWorkingDaysAndIsoDurations() {
        assertThat(Target.parse("10d", ClockMode.BUSINESS)).isEqualTo(Target.workingDays(10));
        assertThat(Target.parse("PT30M", ClockMode.BUSINESS)).isEqualTo(Target.minutes(30, ClockMode.BUSINESS));
        assertThat(Target.parse("pt2h", ClockMode.BUSINESS)).isEqualTo(Target.hours(2, ClockMode.BUSINESS));
        assertThat(Target.parse("P2D", ClockMode.CALENDAR)).isEqualTo(Target.hours(48, ClockMode.CALENDAR));
        assertThat(Target.parse("PT1H30M", ClockMode.BUSINESS)).isEqualTo(Target.minutes(90, ClockMode.BUSINESS));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " ", "0d", "PT0M", "-PT1H", "PT30S", "PT1M30S", "P1M", "abc", "10", "10 d", "99999d", "P10000D", "1.5d"})
    void anythingElseIsRefusedWithAReason(String text) {
        assertThatThrownBy(() -> Target.parse(text, ClockMode.BUSINESS)).isInstanceOf(IllegalArgumentException.class).message().isNotBlank();
    }

    @Test
    void twoTimesTwentyFourHoursInCalendarTimeIgnoreTheCalendar() {
        var target = Target.hours(48, ClockMode.CALENDAR);
        assertThat(target.dueFrom(seed001, wib("2026-11-27T10:00"))).isEqualTo(wib("2026-11-29T10:00"));
        assertThat(target.budget(seed001, wib("2026-11-27T10:00"))).isEqualTo(Duration.ofHours(48));
    }

    @Test
    void workingDaysInCalendarTimeAreDaysOfTwentyFourHours() {
        assertThat(Target.parse("2d", ClockMode.CALENDAR).dueFrom(seed001, wib("2026-11-27T10:00"))).isEqualTo(wib("2026-11-29T10:00"));
    }

    @Test
    void theBudgetOfWorkingDaysIsTheBusinessTimeUpToTheirClose() {
        // Fri 10:00: one hour left on Friday, then Monday (405 min) is the first working day after Friday
        var target = Target.workingDays(1);
        assertThat(target.dueFrom(seed001, wib("2026-11-27T10:00"))).isEqualTo(wib("2026-11-30T15:45"));
        assertThat(target.budget(seed001, wib("2026-11-27T10:00"))).isEqualTo(Duration.ofMinutes(60 + 405));
        // an unpaused clock given that budget is due at the same instant
        assertThat(seed001.plusBusiness(wib("2026-11-27T10:00"), target.budget(seed001, wib("2026-11-27T10:00"))))
                .isEqualTo(wib("2026-11-30T15:45"));
    }

    @Test
    void aCutOffAppliesOnlyToWorkingDaysInBusinessTime() {
        assertThat(Target.workingDays(1).withCutoff(LocalTime.NOON).dueFrom(seed001, wib("2026-11-23T09:00"))).isEqualTo(wib("2026-11-23T15:45"));
        assertThatThrownBy(() -> Target.hours(2, ClockMode.BUSINESS).withCutoff(LocalTime.NOON)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void anAmountTooLargeForAnyUnitIsRefusedAsBadInput() {
        assertThatThrownBy(() -> Target.hours(Long.MAX_VALUE, ClockMode.BUSINESS)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Target.minutes(Target.MAX_MINUTES + 1, ClockMode.CALENDAR)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Target.workingDays(Target.MAX_WORKING_DAYS + 1)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theNotationRoundTrips() {
        assertThat(Target.workingDays(10).notation()).isEqualTo("10d");
        assertThat(Target.minutes(30, ClockMode.BUSINESS).notation()).isEqualTo("30m");
        assertThat(Target.hours(3, ClockMode.BUSINESS).notation()).isEqualTo("3h");
    }

    @Test
    void wholeCalendarDaysCountedInHoursReadAsDaysTimes24AndEverythingElseByUnitAndMode() {
        assertThat(Target.hours(48, ClockMode.CALENDAR).wordsCode()).isEqualTo("calendar.target.days24");
        assertThat(Target.hours(48, ClockMode.CALENDAR).wordsAmount()).isEqualTo(2);
        assertThat(Target.hours(36, ClockMode.CALENDAR).wordsCode()).isEqualTo("calendar.target.HOURS.CALENDAR");
        assertThat(Target.hours(48, ClockMode.BUSINESS).wordsCode()).isEqualTo("calendar.target.HOURS.BUSINESS");
        assertThat(Target.hours(48, ClockMode.BUSINESS).wordsAmount()).isEqualTo(48);
        assertThat(Target.workingDays(5).wordsCode()).isEqualTo("calendar.target.WORKING_DAYS." + Target.workingDays(5).mode());
    }
}
