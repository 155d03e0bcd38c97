package id.simlayan.calendar.internal;

import id.simlayan.calendar.CalendarAdministration.NewCalendar;
import id.simlayan.calendar.CalendarId;
import id.simlayan.calendar.OpeningPeriod;
import id.simlayan.calendar.WeeklyHours;
import id.simlayan.identity.Directory;
import java.time.ZoneId;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Demo calendars behind {@code simlayan.demo.enabled}: the e-government service desk (seed 002)
 * for APTIKA, Batik.Net (seed 004) for INFRA and an unassigned WITA example. Idempotent: a
 * calendar whose name exists is not created again. Runs after the identity demo data (units)
 * and before the SLA policies and demo tickets.
 */
@Component
@Order(15)
@ConditionalOnProperty(name = "simlayan.demo.enabled", havingValue = "true")
class CalendarDemoData implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(CalendarDemoData.class);
    private static final ZoneId WIB = ZoneId.of("Asia/Jakarta");

    private final CalendarService calendars;
    private final CalendarStore store;
    private final Directory directory;

    CalendarDemoData(CalendarService calendars, CalendarStore store, Directory directory) {
        this.calendars = calendars;
        this.store = store;
        this.directory = directory;
    }

    @Override
    public void run(ApplicationArguments args) {
        calendar("Service Desk Aplikasi e-Government", WIB,
                WeeklyHours.mondayToThursdayAndFriday(List.of(OpeningPeriod.of("07:00", "15:30")), List.of(OpeningPeriod.of("07:00", "14:00"))),
                "APTIKA");
        calendar("Layanan Jaringan Batik.Net", WIB,
                WeeklyHours.mondayToThursdayAndFriday(List.of(OpeningPeriod.of("08:00", "12:00"), OpeningPeriod.of("12:30", "15:45")),
                        List.of(OpeningPeriod.of("08:00", "11:00"))),
                "INFRA");
        calendar("Contoh WITA", ZoneId.of("Asia/Makassar"),
                WeeklyHours.mondayToThursdayAndFriday(List.of(OpeningPeriod.of("08:00", "12:00"), OpeningPeriod.of("13:00", "16:00")),
                        List.of(OpeningPeriod.of("08:00", "11:30"))),
                null);
    }

    private void calendar(String name, ZoneId zone, WeeklyHours hours, String unitCode) {
        if (store.calendarByName(name).isPresent()) {
            return;
        }
        log.info("Demo data: calendar {}", name);
        CalendarId id = calendars.create(new NewCalendar(name, zone, hours, true), null);
        if (unitCode != null) {
            directory.unitByCode(unitCode).ifPresentOrElse(
                    unit -> calendars.assign(unit.id(), id, null),
                    () -> log.warn("Demo data: calendar {} not assigned, unit {} is missing", name, unitCode));
        }
    }
}
