package id.simlayan.calendar.internal;

import static org.assertj.core.api.Assertions.assertThat;

import id.simlayan.calendar.internal.ICalendarDates.Entry;
import id.simlayan.calendar.internal.ICalendarDates.Refused;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class ICalendarDatesUnitTests {

    /** As Google Calendar exports a holiday calendar: CRLF, folded lines, DATE values, exclusive DTEND. */
    private static final String GOOGLE_STYLE = String.join("\r\n",
            "BEGIN:VCALENDAR",
            "PRODID:-//Google Inc//Google Calendar 70.9054//EN",
            "VERSION:2.0",
            "CALSCALE:GREGORIAN",
            "X-WR-CALNAME:Hari libur di Indonesia",
            "BEGIN:VEVENT",
            "DTSTART;VALUE=DATE:20260321",
            "DTEND;VALUE=DATE:20260323",
            "DTSTAMP:20260101T000000Z",
            "UID:20260321_idulfitri@google.com",
            "SUMMARY:Hari Raya Idulfitri 1447 H",
            "END:VEVENT",
            "BEGIN:VEVENT",
            "DTSTART;VALUE=DATE:20260324",
            "DTEND;VALUE=DATE:20260325",
            "SUMMARY:Cuti Bersama Hari Raya Idulfitri 1447 H (dilipat sangat panjang sek",
            " ali)",
            "DESCRIPTION:Hari libur umum\\nlihat https://example.org/a:b",
            "END:VEVENT",
            "BEGIN:VEVENT",
            "DTSTART:20261225T000000Z",
            "SUMMARY:Hari Raya Natal\\, Kelahiran Yesus Kristus\\; libur",
            "END:VEVENT",
            "END:VCALENDAR",
            "");

    @Test
    void readsDatesMultiDayEventsFoldedLinesAndEscapes() {
        var result = ICalendarDates.parse(GOOGLE_STYLE);
        assertThat(result.calendar()).isTrue();
        assertThat(result.refused()).isEmpty();
        assertThat(result.entries()).extracting(Entry::date).containsExactly(
                LocalDate.of(2026, 3, 21), LocalDate.of(2026, 3, 22), LocalDate.of(2026, 3, 24), LocalDate.of(2026, 12, 25));
        assertThat(result.entries().get(0).name()).isEqualTo("Hari Raya Idulfitri 1447 H");
        assertThat(result.entries().get(2).name()).isEqualTo("Cuti Bersama Hari Raya Idulfitri 1447 H (dilipat sangat panjang sekali)");
        assertThat(result.entries().get(2).looksLikeCutiBersama()).isTrue();
        assertThat(result.entries().get(0).looksLikeCutiBersama()).isFalse();
        assertThat(result.entries().get(3).name()).isEqualTo("Hari Raya Natal, Kelahiran Yesus Kristus; libur");
    }

    @Test
    void acceptsLfOnlyTimezoneDateTimesAndDurations() {
        var text = """
                BEGIN:VCALENDAR
                BEGIN:VEVENT
                DTSTART;TZID=Asia/Jakarta:20270310T080000
                DTEND;TZID=Asia/Jakarta:20270310T170000
                SUMMARY:Idulfitri\\nhari pertama
                END:VEVENT
                BEGIN:VEVENT
                DTSTART;VALUE=DATE:20270312
                DURATION:P2D
                SUMMARY:Cuti bersama
                END:VEVENT
                END:VCALENDAR
                """;
        var result = ICalendarDates.parse(text);
        assertThat(result.refused()).isEmpty();
        assertThat(result.entries()).extracting(Entry::date)
                .containsExactly(LocalDate.of(2027, 3, 10), LocalDate.of(2027, 3, 12), LocalDate.of(2027, 3, 13));
        assertThat(result.entries().get(0).name()).isEqualTo("Idulfitri hari pertama");
    }

    @Test
    void refusesBadEventsWithTheirLineAndKeepsTheRest() {
        var text = String.join("\n",
                "BEGIN:VCALENDAR",
                "BEGIN:VEVENT",
                "DTSTART;VALUE=DATE:2026-13-45",
                "SUMMARY:Tanggal rusak",
                "END:VEVENT",
                "BEGIN:VEVENT",
                "SUMMARY:Tanpa tanggal",
                "END:VEVENT",
                "BEGIN:VEVENT",
                "DTSTART;VALUE=DATE:20260101",
                "END:VEVENT",
                "BEGIN:VEVENT",
                "DTSTART;VALUE=DATE:20260101",
                "RRULE:FREQ=YEARLY",
                "SUMMARY:Tahun baru tiap tahun",
                "END:VEVENT",
                "BEGIN:VEVENT",
                "DTSTART;VALUE=DATE:20260101",
                "DTEND;VALUE=DATE:20260301",
                "SUMMARY:Terlalu panjang",
                "END:VEVENT",
                "BEGIN:VEVENT",
                "DTSTART;VALUE=DATE:20260817",
                "SUMMARY:Proklamasi",
                "END:VEVENT",
                "BEGIN:VEVENT",
                "DTSTART;VALUE=DATE:20260817",
                "SUMMARY:Proklamasi lagi",
                "END:VEVENT",
                "this line is garbage",
                "BEGIN:VEVENT",
                "DTSTART;VALUE=DATE:20261225",
                "SUMMARY:Tidak ditutup",
                "END:VCALENDAR");
        var result = ICalendarDates.parse(text);
        assertThat(result.entries()).extracting(Entry::date).containsExactly(LocalDate.of(2026, 8, 17));
        assertThat(result.refused()).extracting(Refused::reason)
                .containsExactly("badDate", "noStart", "noSummary", "recurring", "tooLong", "duplicate", "unterminated");
        assertThat(result.refused()).extracting(Refused::line).containsExactly(2, 6, 9, 12, 17, 26, 31);
    }

    @Test
    void textThatIsNotACalendarIsRecognised() {
        assertThat(ICalendarDates.parse("Tanggal,Nama\n2026-01-01,Tahun Baru\n").calendar()).isFalse();
        assertThat(ICalendarDates.parse("").entries()).isEmpty();
        assertThat(ICalendarDates.parse(null).calendar()).isFalse();
    }
}
