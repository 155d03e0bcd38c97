package id.simlayan.ticket.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;

class DurationTextUnitTests {

    static final Locale ID = Locale.forLanguageTag("id");

    final DurationText text = new DurationText(messages());

    static ResourceBundleMessageSource messages() {
        var source = new ResourceBundleMessageSource();
        source.setBasenames("messages/ticket", "messages/calendar");
        source.setDefaultEncoding("UTF-8");
        source.setFallbackToSystemLocale(false);
        return source;
    }

    @Test
    void businessTimeIsHoursAndMinutesOfWorkingTime() {
        assertThat(text.human(Duration.ofMinutes(200), true, ID)).isEqualTo("3 jam 20 menit kerja");
        assertThat(text.human(Duration.ofMinutes(125), true, ID)).isEqualTo("2 jam 5 menit kerja");
        assertThat(text.human(Duration.ofHours(52), true, ID)).as("no days: a working day is not 24 hours").isEqualTo("52 jam kerja");
        assertThat(text.human(Duration.ofMinutes(45), true, ID)).isEqualTo("45 menit kerja");
    }

    @Test
    void calendarTimeCountsWholeDays() {
        assertThat(text.human(Duration.ofHours(52).plusMinutes(30), false, ID)).isEqualTo("2 hari 4 jam 30 menit");
        assertThat(text.human(Duration.ofDays(2), false, ID)).isEqualTo("2 hari");
    }

    @Test
    void zeroSecondsAndNegativeDurationsAreWrittenPlainly() {
        assertThat(text.human(Duration.ZERO, true, ID)).isEqualTo("0 menit kerja");
        assertThat(text.human(Duration.ofSeconds(59), false, ID)).isEqualTo("0 menit");
        assertThat(text.human(Duration.ofMinutes(-90), false, ID)).isEqualTo("1 jam 30 menit");
    }

    @Test
    void englishHasSingularAndPlural() {
        assertThat(text.human(Duration.ofMinutes(61), true, Locale.ENGLISH)).isEqualTo("1 hour 1 minute of working time");
        assertThat(text.human(Duration.ofMinutes(200), true, Locale.ENGLISH)).isEqualTo("3 hours 20 minutes of working time");
        assertThat(text.human(Duration.ofDays(1), false, Locale.ENGLISH)).isEqualTo("1 day");
    }

    @Test
    void compactFormForBadges() {
        assertThat(text.compact(Duration.ofMinutes(130), ID)).isEqualTo("2 j 10 m");
        assertThat(text.compact(Duration.ofMinutes(45), ID)).isEqualTo("45 m");
        assertThat(text.compact(Duration.ofHours(3), ID)).isEqualTo("3 j");
        assertThat(text.compact(Duration.ofHours(50).plusMinutes(7), ID)).as("minutes dropped beyond a day").isEqualTo("2 h 2 j");
        assertThat(text.compact(Duration.ofMinutes(-180), ID)).isEqualTo("3 j");
        assertThat(text.compact(Duration.ZERO, ID)).isEqualTo("0 m");
        assertThat(text.compact(Duration.ofMinutes(130), Locale.ENGLISH)).isEqualTo("2 h 10 m");
    }
}
