package id.simlayan.calendar.web;

import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import id.simlayan.IntegrationTest;
import id.simlayan.calendar.CalendarAdministration;
import id.simlayan.identity.AccountProvisioning;
import id.simlayan.identity.Directory;
import id.simlayan.identity.IdentityFixtures;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

class CalendarApiIntegrationTests extends IntegrationTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    CalendarAdministration administration;
    @Autowired
    AccountProvisioning provisioning;
    @Autowired
    Directory directory;

    IdentityFixtures people;
    MockHttpSession staff;
    String instance;

    @BeforeEach
    void setUp() {
        people = new IdentityFixtures(provisioning, directory);
        staff = people.login(mvc, people.anAgent());
        instance = administration.instanceCalendarId().toString();
    }

    @Test
    void countsOneBusinessHourFromFridayMorningToMondayOnTheInstanceCalendar() throws Exception {
        // Friday 2026-11-27 10:30 WIB: 30 minutes until the 11:00 close, 30 more from Monday 08:00
        mvc.perform(get("/api/v1/calendars/{id}/due", instance).param("start", "2026-11-27T03:30:00Z").param("target", "PT1H").session(staff))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.calendarId").value(instance))
                .andExpect(jsonPath("$.zone").value("Asia/Jakarta"))
                .andExpect(jsonPath("$.start").value("2026-11-27T03:30:00Z"))
                .andExpect(jsonPath("$.target").value("PT1H"))
                .andExpect(jsonPath("$.clock").value("business"))
                .andExpect(jsonPath("$.dueUtc").value("2026-11-30T01:30:00Z"))
                .andExpect(jsonPath("$.dueLocal").value("2026-11-30T08:30:00+07:00"))
                .andExpect(jsonPath("$.businessMinutes").value(60));
    }

    @Test
    void countsWorkingDaysToTheCloseOfTheNthDayAfterTheStartDay() throws Exception {
        // Friday 10:30 + 2 working days = Tuesday 15:45 WIB; business minutes 30 (Fri) + 405 (Mon) + 405 (Tue)
        mvc.perform(get("/api/v1/calendars/{id}/due", instance).param("start", "2026-11-27T03:30:00Z").param("target", "2d").session(staff))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.dueUtc").value("2026-12-01T08:45:00Z"))
                .andExpect(jsonPath("$.dueLocal").value("2026-12-01T15:45:00+07:00"))
                .andExpect(jsonPath("$.businessMinutes").value(840));
    }

    @Test
    void calendarClockIgnoresOpeningHoursButStillReportsTheBusinessMinutesInside() throws Exception {
        mvc.perform(get("/api/v1/calendars/{id}/due", instance).param("start", "2026-11-27T10:30:00+07:00").param("target", "PT1H")
                        .param("clock", "calendar").session(staff))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.clock").value("calendar"))
                .andExpect(jsonPath("$.dueUtc").value("2026-11-27T04:30:00Z"))
                .andExpect(jsonPath("$.businessMinutes").value(30));
    }

    @ParameterizedTest
    @CsvSource(nullValues = "NULL", textBlock = """
            NULL,                   PT1H,    business, start
            kemarin,                PT1H,    business, start
            2026-11-27,             PT1H,    business, start
            3000-01-01T00:00:00Z,   PT1H,    business, start
            2026-11-27T03:30:00Z,   NULL,    business, target
            2026-11-27T03:30:00Z,   satu jam, business, target
            2026-11-27T03:30:00Z,   PT30S,   business, target
            2026-11-27T03:30:00Z,   PT0M,    business, target
            2026-11-27T03:30:00Z,   P1000D,  business, target
            2026-11-27T03:30:00Z,   1001d,   business, target
            2026-11-27T03:30:00Z,   0d,      business, target
            2026-11-27T03:30:00Z,   PT1H,    weekly,   clock
            """)
    void answersEveryBadParameterWith400NamingIt(String start, String target, String clock, String parameter) throws Exception {
        var request = get("/api/v1/calendars/{id}/due", instance).param("clock", clock).session(staff);
        if (start != null) {
            request.param("start", start);
        }
        if (target != null) {
            request.param("target", target);
        }
        mvc.perform(request)
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.error").value("bad_request"))
                .andExpect(jsonPath("$.message").value(containsString("Parameter " + parameter)));
    }

    @Test
    void aCalendarIdThatIsNoUuidIs400AndAnUnknownOne404() throws Exception {
        mvc.perform(get("/api/v1/calendars/{id}/due", "kalender-1").param("start", "2026-11-27T03:30:00Z").param("target", "PT1H").session(staff))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.error").value("bad_request"))
                .andExpect(jsonPath("$.message").value(containsString("Parameter id")));
        mvc.perform(get("/api/v1/calendars/{id}/due", UUID.randomUUID()).param("start", "2026-11-27T03:30:00Z").param("target", "PT1H")
                        .session(staff))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.error").value("not_found"));
    }

    @Test
    void withoutASessionTheAnswerIs401JsonAndARequesterIsRefused() throws Exception {
        mvc.perform(get("/api/v1/calendars/{id}/due", instance).param("start", "2026-11-27T03:30:00Z").param("target", "PT1H"))
                .andExpect(status().isUnauthorized())
                .andExpect(jsonPath("$.error").value("unauthorized"));
        var requester = people.login(mvc, people.aRequester());
        mvc.perform(get("/api/v1/calendars/{id}/due", instance).param("start", "2026-11-27T03:30:00Z").param("target", "PT1H").session(requester))
                .andExpect(status().isForbidden());
    }
}
