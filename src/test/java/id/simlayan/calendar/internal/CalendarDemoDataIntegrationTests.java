package id.simlayan.calendar.internal;

import static org.assertj.core.api.Assertions.assertThat;

import id.simlayan.IntegrationTest;
import id.simlayan.calendar.BusinessCalendars;
import id.simlayan.calendar.OpeningPeriod;
import id.simlayan.identity.AccountProvisioning;
import id.simlayan.identity.Directory;
import java.time.DayOfWeek;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.DefaultApplicationArguments;

/** The demo runner is not a bean in tests (simlayan.demo.enabled is false); it is built here by hand. */
class CalendarDemoDataIntegrationTests extends IntegrationTest {

    @Autowired
    CalendarService service;
    @Autowired
    CalendarStore store;
    @Autowired
    BusinessCalendars calendars;
    @Autowired
    Directory directory;
    @Autowired
    AccountProvisioning provisioning;

    @Test
    void demoCalendarsFollowTheSeedsAreAssignedToTheirUnitsAndAreCreatedOnce() {
        for (String code : new String[] {"INFRA", "APTIKA"}) {
            if (directory.unitByCode(code).isEmpty()) {
                provisioning.createUnit(code, "Bidang " + code, false);
            }
        }
        var demo = new CalendarDemoData(service, store, directory);
        demo.run(new DefaultApplicationArguments());
        int afterFirstRun = service.summaries().size();
        demo.run(new DefaultApplicationArguments());
        assertThat(service.summaries()).hasSize(afterFirstRun);

        var aptika = calendars.forUnit(directory.unitByCode("APTIKA").orElseThrow().id());
        assertThat(aptika.hours().on(DayOfWeek.MONDAY)).containsExactly(OpeningPeriod.of("07:00", "15:30"));
        assertThat(aptika.hours().on(DayOfWeek.FRIDAY)).containsExactly(OpeningPeriod.of("07:00", "14:00"));
        var infra = calendars.forUnit(directory.unitByCode("INFRA").orElseThrow().id());
        assertThat(infra.hours().on(DayOfWeek.THURSDAY)).containsExactly(OpeningPeriod.of("08:00", "12:00"), OpeningPeriod.of("12:30", "15:45"));
        assertThat(infra.hours().on(DayOfWeek.FRIDAY)).containsExactly(OpeningPeriod.of("08:00", "11:00"));
        assertThat(service.summaries()).anySatisfy(c -> {
            assertThat(c.name()).isEqualTo("Contoh WITA");
            assertThat(c.zone()).isEqualTo(ZoneId.of("Asia/Makassar"));
            assertThat(c.unitCount()).isZero();
        });
    }
}
