package id.simlayan.calendar.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.simlayan.IntegrationTest;
import id.simlayan.audit.AuditLog;
import id.simlayan.calendar.BusinessCalendars;
import id.simlayan.calendar.CalendarAdministration.NewCalendar;
import id.simlayan.calendar.CalendarChanged;
import id.simlayan.calendar.CalendarId;
import id.simlayan.calendar.OpeningPeriod;
import id.simlayan.calendar.WeeklyHours;
import id.simlayan.identity.AccountProvisioning;
import id.simlayan.identity.Directory;
import id.simlayan.identity.IdentityFixtures;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

@RecordApplicationEvents
class CalendarDataIntegrationTests extends IntegrationTest {

    private static final ZoneId WIB = ZoneId.of("Asia/Jakarta");

    @Autowired
    CalendarService service;
    @Autowired
    BusinessCalendars calendars;
    @Autowired
    AccountProvisioning provisioning;
    @Autowired
    Directory directory;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    ApplicationEvents events;
    @Autowired
    PlatformTransactionManager transactions;
    @Autowired
    AuditLog audit;

    IdentityFixtures people;

    @BeforeEach
    void setUp() {
        people = new IdentityFixtures(provisioning, directory);
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void migrationShipsEveryNationalHolidayAndCutiBersamaOf2025To2027() {
        var counts = Map.of(2025, new int[] {17, 11}, 2026, new int[] {17, 8}, 2027, new int[] {18, 8});
        counts.forEach((year, expected) -> {
            var dates = service.nationalHolidays(year);
            assertThat(dates.stream().filter(d -> d.kind() == HolidayKind.NATIONAL_HOLIDAY)).as("libur nasional " + year).hasSize(expected[0]);
            assertThat(dates.stream().filter(d -> d.kind() == HolidayKind.CUTI_BERSAMA)).as("cuti bersama " + year).hasSize(expected[1]);
            assertThat(dates).allSatisfy(d -> {
                assertThat(d.name()).isNotBlank();
                assertThat(d.source()).startsWith("SKB 3 Menteri " + year);
            });
        });
        assertThat(service.nationalHolidays(2025)).anySatisfy(d -> {
            assertThat(d.date()).isEqualTo(LocalDate.of(2025, 8, 18));
            assertThat(d.kind()).isEqualTo(HolidayKind.CUTI_BERSAMA);
        });
        assertThat(service.nationalHolidays(2026)).anySatisfy(d -> {
            assertThat(d.date()).isEqualTo(LocalDate.of(2026, 3, 21));
            assertThat(d.name()).isEqualTo("Hari Raya Idulfitri 1447 H");
        });
    }

    @Test
    void migrationCreatesTheInstanceCalendarWithTheServiceHoursOfSeed001() {
        var id = service.instanceCalendarId();
        var details = service.details(id).orElseThrow();
        assertThat(details.name()).isEqualTo("Jam Layanan Diskominfo");
        assertThat(details.instance()).isTrue();
        assertThat(details.zone()).isEqualTo(WIB);
        assertThat(details.cutiBersamaClosed()).isTrue();
        var monToThu = List.of(OpeningPeriod.of("08:00", "12:00"), OpeningPeriod.of("13:00", "15:45"));
        for (var day : List.of(DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY)) {
            assertThat(details.hours().on(day)).isEqualTo(monToThu);
        }
        assertThat(details.hours().on(DayOfWeek.FRIDAY)).containsExactly(OpeningPeriod.of("08:00", "11:00"));
        assertThat(details.hours().on(DayOfWeek.SATURDAY)).isEmpty();
        assertThat(details.hours().on(DayOfWeek.SUNDAY)).isEmpty();

        var instance = calendars.instanceCalendar();
        assertThat(instance.isWorkingDay(LocalDate.of(2026, 3, 23))).as("cuti bersama Idulfitri").isFalse();
        assertThat(instance.isWorkingDay(LocalDate.of(2026, 3, 25))).isTrue();
        assertThat(instance.isWorkingDay(LocalDate.of(2027, 12, 24))).isFalse();
    }

    @Test
    void aUnitWithoutAssignmentUsesTheInstanceCalendarAndAnAssignedUnitItsOwn() {
        var unit = people.aUnit();
        assertThat(calendars.idForUnit(unit)).isEqualTo(service.instanceCalendarId());
        assertThat(calendars.forUnit(unit)).isSameAs(calendars.instanceCalendar());

        var own = aCalendar(ZoneId.of("Asia/Makassar"), false);
        service.assign(unit, own, null);

        assertThat(calendars.idForUnit(unit)).isEqualTo(own);
        assertThat(calendars.forUnit(unit).zone()).isEqualTo(ZoneId.of("Asia/Makassar"));
        assertThat(events.stream(CalendarChanged.class)).anySatisfy(e -> assertThat(e.calendarId()).isEqualTo(own));
    }

    @Test
    void cutiBersamaCountsOnlyWhereTheCalendarClosesForIt() {
        var closes = aCalendar(WIB, true);
        var opens = aCalendar(WIB, false);
        var cutiBersama = LocalDate.of(2026, 3, 24);
        var liburNasional = LocalDate.of(2026, 5, 14);
        assertThat(calendars.find(closes).orElseThrow().isWorkingDay(cutiBersama)).isFalse();
        assertThat(calendars.find(opens).orElseThrow().isWorkingDay(cutiBersama)).isTrue();
        assertThat(calendars.find(opens).orElseThrow().isWorkingDay(liburNasional)).isFalse();
    }

    @Test
    void aChangeOnThisNodeIsSeenAtOnce() {
        var id = aCalendar(WIB, true);
        var before = calendars.find(id).orElseThrow();
        var date = LocalDate.of(2090, 1, 2).plusDays(ThreadLocalRandom.current().nextInt(300));
        assertThat(before.closedDates()).doesNotContain(date);

        service.addClosedDate(id, date, "Hari jadi kota", null);

        var after = calendars.find(id).orElseThrow();
        assertThat(after).isNotSameAs(before);
        assertThat(after.closedDates()).contains(date);
        assertThat(calendars.find(id).orElseThrow()).as("cached again").isSameAs(after);

        service.setWeeklyHours(id, WeeklyHours.mondayToThursdayAndFriday(List.of(OpeningPeriod.of("07:00", "15:30")),
                List.of(OpeningPeriod.of("07:00", "14:00"))), null);
        assertThat(calendars.find(id).orElseThrow().hours().on(DayOfWeek.MONDAY)).containsExactly(OpeningPeriod.of("07:00", "15:30"));
        assertThat(audit.entriesFor("CALENDAR", id.toString(), 10)).extracting(AuditLog.RecordedEntry::action)
                .contains("CALENDAR_CREATE", "CALENDAR_DATE_ADD", "CALENDAR_UPDATE");
    }

    @Test
    void aCalendarReadInsideAChangeThatRollsBackIsNotKept() {
        var id = aCalendar(WIB, true);
        var date = LocalDate.of(2091, 1, 2).plusDays(ThreadLocalRandom.current().nextInt(300));
        new TransactionTemplate(transactions).executeWithoutResult(tx -> {
            service.addClosedDate(id, date, "Batal", null);
            assertThat(calendars.find(id).orElseThrow().closedDates()).as("inside the transaction").contains(date);
            tx.setRollbackOnly();
        });
        assertThat(calendars.find(id).orElseThrow().closedDates()).doesNotContain(date);
        assertThat(service.details(id).orElseThrow().ownDates()).isEmpty();
    }

    @Test
    void aChangeMadeByAnotherNodeIsSeenAfterTheCheckInterval() {
        var id = aCalendar(WIB, true);
        clock.setTo(Instant.now().plus(Duration.ofDays(1)));
        assertThat(calendars.find(id).orElseThrow().zone()).isEqualTo(WIB);

        // another node: changes the row and bumps the revision, without this node's event
        jdbc.sql("UPDATE calendars SET zone = 'Asia/Jayapura', version = version + 1 WHERE id = ?").param(id.value()).update();
        jdbc.sql("UPDATE calendar_revision SET revision = revision + 1").update();

        clock.advance(Duration.ofSeconds(10));
        assertThat(calendars.find(id).orElseThrow().zone()).as("still cached within the interval").isEqualTo(WIB);
        clock.advance(Duration.ofSeconds(21));
        assertThat(calendars.find(id).orElseThrow().zone()).isEqualTo(ZoneId.of("Asia/Jayapura"));
    }

    @Test
    void addingANationalHolidayChangesEveryCalendarAndPublishesCalendarChangedForEach() {
        var a = aCalendar(WIB, false);
        var b = aCalendar(ZoneId.of("Asia/Jayapura"), true);
        var random = LocalDate.of(2095, 1, 2).plusDays(ThreadLocalRandom.current().nextInt(3000));
        // a weekday, so that the holiday is what makes it a closed day
        var date = random.getDayOfWeek().getValue() > 5 ? random.plusDays(8 - random.getDayOfWeek().getValue()) : random;
        assertThat(calendars.find(a).orElseThrow().isWorkingDay(date)).as("a working day before the holiday").isTrue();
        try {
            service.addNationalHoliday(date, HolidayKind.NATIONAL_HOLIDAY, "Libur uji " + date, "uji", null);

            assertThat(events.stream(CalendarChanged.class).map(CalendarChanged::calendarId))
                    .contains(a, b, service.instanceCalendarId());
            assertThat(calendars.find(a).orElseThrow().closedDates()).contains(date);
            assertThat(calendars.find(b).orElseThrow().closedDates()).contains(date);
            assertThatThrownBy(() -> service.addNationalHoliday(date, HolidayKind.CUTI_BERSAMA, "lagi", null, null))
                    .isInstanceOfSatisfying(CalendarRefused.class, e -> assertThat(e.code()).isEqualTo("calendar.error.duplicateDate"));
        } finally {
            service.removeNationalHoliday(date, null);
        }
        assertThat(calendars.find(a).orElseThrow().closedDates()).doesNotContain(date);
    }

    @Test
    void aCutiBersamaDateChangesOnlyTheCalendarsClosedOnCutiBersama() {
        var closes = aCalendar(WIB, true);
        var opens = aCalendar(WIB, false);
        var date = LocalDate.of(2096, 1, 2).plusDays(ThreadLocalRandom.current().nextInt(3000));
        events.clear();
        try {
            service.addNationalHoliday(date, HolidayKind.CUTI_BERSAMA, "Cuti bersama uji " + date, null, null);
            assertThat(events.stream(CalendarChanged.class).map(CalendarChanged::calendarId)).contains(closes).doesNotContain(opens);
            assertThat(calendars.find(closes).orElseThrow().closedDates()).contains(date);
            assertThat(calendars.find(opens).orElseThrow().closedDates()).doesNotContain(date);
        } finally {
            service.removeNationalHoliday(date, null);
        }
        assertThat(events.stream(CalendarChanged.class).filter(e -> e.calendarId().equals(closes))).as("added and removed").hasSize(2);
        assertThat(calendars.find(closes).orElseThrow().closedDates()).doesNotContain(date);
    }

    @Test
    void refusesBlankNamesAWeekWithoutOpeningAndDeletingTheInstanceOrAUsedCalendar() {
        var hours = WeeklyHours.mondayToThursdayAndFriday(List.of(OpeningPeriod.of("08:00", "12:00")), List.of());
        assertThatThrownBy(() -> service.create(new NewCalendar(" ", WIB, hours, true), null))
                .isInstanceOfSatisfying(CalendarRefused.class, e -> assertThat(e.code()).isEqualTo("calendar.error.nameBlank"));
        assertThatThrownBy(() -> service.create(new NewCalendar("x".repeat(121), WIB, hours, true), null))
                .isInstanceOfSatisfying(CalendarRefused.class, e -> assertThat(e.code()).isEqualTo("calendar.error.nameTooLong"));
        assertThatThrownBy(() -> service.create(new NewCalendar("Tutup", WIB, new WeeklyHours(Map.of()), true), null))
                .isInstanceOfSatisfying(CalendarRefused.class, e -> assertThat(e.code()).isEqualTo("calendar.error.noOpening"));
        assertThatThrownBy(() -> service.delete(service.instanceCalendarId(), null))
                .isInstanceOfSatisfying(CalendarRefused.class, e -> assertThat(e.code()).isEqualTo("calendar.error.deleteInstance"));

        var used = aCalendar(WIB, true);
        service.assign(people.aUnit(), used, null);
        assertThatThrownBy(() -> service.delete(used, null))
                .isInstanceOfSatisfying(CalendarRefused.class, e -> assertThat(e.code()).isEqualTo("calendar.error.deleteInUse"));

        var unused = aCalendar(WIB, true);
        service.delete(unused, null);
        assertThat(service.details(unused)).isEmpty();
        assertThat(calendars.find(unused)).isEmpty();
    }

    private CalendarId aCalendar(ZoneId zone, boolean cutiBersamaClosed) {
        var hours = WeeklyHours.mondayToThursdayAndFriday(
                List.of(new OpeningPeriod(LocalTime.of(8, 0), LocalTime.of(12, 0)), new OpeningPeriod(LocalTime.of(13, 0), LocalTime.of(16, 0))),
                List.of(new OpeningPeriod(LocalTime.of(8, 0), LocalTime.of(11, 30))));
        return service.create(new NewCalendar("Kalender uji " + UUID.randomUUID(), zone, hours, cutiBersamaClosed), null);
    }
}
