package id.simlayan.calendar.web;

import static org.assertj.core.api.Assertions.assertThat;

import id.simlayan.calendar.OpeningPeriod;
import java.time.LocalTime;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class OpeningHoursTextUnitTests {

    @Test
    void readsPeriodsInAnyOrderWithDotsDashesAndSpaces() {
        var parsed = OpeningHoursText.parse(" 13.00 – 15.45 ;08:00-12:00 ");
        assertThat(parsed.ok()).isTrue();
        assertThat(parsed.periods()).containsExactly(OpeningPeriod.of("08:00", "12:00"), OpeningPeriod.of("13:00", "15:45"));
    }

    @Test
    void emptyTextIsAClosedDay() {
        assertThat(OpeningHoursText.parse("  ").periods()).isEmpty();
        assertThat(OpeningHoursText.parse(null).ok()).isTrue();
    }

    @Test
    void twentyFourHundredIsMidnightAtTheEndOfTheDayAndFormatsBack() {
        var parsed = OpeningHoursText.parse("00:00-24:00");
        assertThat(parsed.periods()).containsExactly(new OpeningPeriod(LocalTime.MIDNIGHT, LocalTime.MIDNIGHT));
        assertThat(OpeningHoursText.format(parsed.periods())).isEqualTo("00:00-24:00");
        assertThat(OpeningHoursText.format(OpeningHoursText.parse("8:00-12:00, 13:00-15:45").periods())).isEqualTo("08:00-12:00, 13:00-15:45");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            08:00                      | calendar.hours.error.format
            pagi                       | calendar.hours.error.format
            08:00-12:00 13:00-15:00    | calendar.hours.error.format
            25:00-26:00                | calendar.hours.error.time
            08:60-09:00                | calendar.hours.error.time
            12:00-08:00                | calendar.hours.error.order
            08:00-08:00                | calendar.hours.error.order
            08:00-12:00, 11:00-13:00   | calendar.hours.error.overlap
            08:00-12:00, 12:00-15:45   | calendar.hours.error.overlap
            """)
    void refusesWithAMessageCode(String text, String code) {
        var parsed = OpeningHoursText.parse(text);
        assertThat(parsed.ok()).isFalse();
        assertThat(parsed.errorCode()).isEqualTo(code);
    }
}
