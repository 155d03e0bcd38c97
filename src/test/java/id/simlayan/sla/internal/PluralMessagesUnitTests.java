package id.simlayan.sla.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.context.support.ResourceBundleMessageSource;

/** English texts with a count say "1 working day" and "2 working days"; Indonesian has one form. */
class PluralMessagesUnitTests {

    static final Locale ID = Locale.forLanguageTag("id");

    static final ResourceBundleMessageSource MESSAGES = messages();

    static ResourceBundleMessageSource messages() {
        var source = new ResourceBundleMessageSource();
        source.setBasenames("messages/sla", "messages/calendar", "messages/ticket");
        source.setDefaultEncoding("UTF-8");
        source.setFallbackToSystemLocale(false);
        return source;
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            calendar.target.WORKING_DAYS.BUSINESS | 1 | 1 working day (until the end of the next working day)
            calendar.target.WORKING_DAYS.BUSINESS | 2 | 2 working days (until the end of the last of the next 2 working days)
            calendar.target.HOURS.BUSINESS        | 1 | 1 business hour
            calendar.target.HOURS.BUSINESS        | 8 | 8 business hours
            calendar.target.MINUTES.BUSINESS      | 1 | 1 business minute
            calendar.target.HOURS.CALENDAR        | 1 | 1 hour (calendar time)
            calendar.target.MINUTES.CALENDAR      | 30 | 30 minutes (calendar time)
            calendar.holidays.count          | 1 | 1 date
            calendar.holidays.count          | 0 | 0 dates
            calendar.import.added            | 1 | 1 new date saved
            calendar.import.refusedCount     | 3 | 3 events refused
            ticket.duration.hours            | 1 | 1 hour
            ticket.duration.days             | 2 | 2 days
            """)
    void englishCountsAgreeWithTheirNoun(String key, long count, String expected) {
        assertThat(MESSAGES.getMessage(key, new Object[] {count}, Locale.ENGLISH)).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            calendar.target.WORKING_DAYS.BUSINESS | 1 | 1 hari kerja (sampai akhir hari kerja berikutnya)
            calendar.target.WORKING_DAYS.BUSINESS | 2 | 2 hari kerja (sampai akhir hari kerja ke-2 berikutnya)
            calendar.target.HOURS.CALENDAR        | 1 | 1 jam (waktu kalender)
            """)
    void indonesianKeepsOneForm(String key, long count, String expected) {
        assertThat(MESSAGES.getMessage(key, new Object[] {count}, ID)).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource({"LOW", "NORMAL", "HIGH", "URGENT"})
    void prioritiesHaveOneWordingSharedWithTheTickets(String priority) {
        assertThat(MESSAGES.getMessage("ticket.priority." + priority, null, ID)).isNotBlank();
        assertThat(MESSAGES.getMessage("sla.priority." + priority, null, null, ID)).as("no second wording in the SLA bundle").isNull();
    }
}
