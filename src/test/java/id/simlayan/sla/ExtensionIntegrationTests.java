package id.simlayan.sla;

import static id.simlayan.sla.SlaFixtures.wib;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import id.simlayan.IntegrationTest;
import id.simlayan.calendar.CalendarAdministration;
import id.simlayan.calendar.CalendarId;
import id.simlayan.calendar.Target;
import id.simlayan.catalog.TicketKind;
import id.simlayan.identity.UnitId;
import id.simlayan.sla.internal.DeadlineNotices;
import id.simlayan.sla.internal.PolicyAdministration;
import id.simlayan.sla.internal.SlaPolicy;
import id.simlayan.sla.internal.SlaPolicy.StartEvent;
import id.simlayan.ticket.DeadlineKind;
import id.simlayan.ticket.TicketDeadlines;
import id.simlayan.ticket.TicketFixtures;
import id.simlayan.ticket.TicketFixtures.TicketInProgress;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The extension of a public information request's resolution time limit (10 working days, extended once by 7 working days
 * with a written reason), end to end: staff form, clocks, recompute, requester mail and tracking page.
 * Monday 8 June 2026 09:00 WIB; 16 June 2026 is a national holiday (Tahun Baru Islam), so 10 working days after 8 June
 * end on Tuesday 23 June 15:45, and 7 working days after that on Thursday 2 July 15:45.
 */
class ExtensionIntegrationTests extends IntegrationTest {

    static final Instant RECEIVED = wib("2026-06-08T09:00");
    static final Instant OLD_DUE = wib("2026-06-23T15:45");
    static final Instant EXTENDED_DUE = wib("2026-07-02T15:45");
    static final String REASON = "Informasi yang diminta tersebar di tiga bidang dan perlu dihimpun serta diuji konsekuensinya.";

    @Autowired
    ApplicationContext context;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    PolicyAdministration policies;
    @Autowired
    CalendarAdministration calendars;
    @Autowired
    DeadlineNotices notices;
    @Autowired
    TicketDeadlines deadlines;
    @Autowired
    MockMvc mvc;

    TicketFixtures fixtures;
    SlaFixtures sla;

    @BeforeEach
    void setUp() {
        fixtures = new TicketFixtures(context);
        sla = new SlaFixtures(context);
        fixtures.people().frontDesk();
        LocaleContextHolder.setLocale(Locale.forLanguageTag("id"));
    }

    @AfterEach
    void resetClock() {
        clock.reset();
        LocaleContextHolder.resetLocaleContext();
    }

    record Setup(TicketInProgress ticket, CalendarId calendar) {
    }

    /** A public information request on its own calendar with the UU 14/2008 policy: 10 working days, extension 7 working days. */
    Setup informationRequest() {
        clock.setTo(RECEIVED);
        var t = fixtures.aReceived(TicketKind.INFORMATION_REQUEST);
        var calendar = sla.ownCalendar(t.service());
        sla.awaitRebuilt(t);
        policies.save(new SlaPolicy(null, t.service().id(), null, null, "PPID uji " + t.service().code(), null, Target.workingDays(10),
                Target.workingDays(7), null, StartEvent.RECEIVED, Set.of(), 75, false, true, 0), null);
        awaitDue(t, OLD_DUE);
        return new Setup(t, calendar);
    }

    Instant due(TicketInProgress t) {
        return sla.due(t, DeadlineKind.RESOLUTION);
    }

    void awaitDue(TicketInProgress t, Instant expected) {
        sla.awaitDue(t, DeadlineKind.RESOLUTION, expected);
    }

    boolean extended(TicketInProgress t) {
        return jdbc.sql("SELECT extended_at IS NOT NULL FROM sla_tickets WHERE ticket_id = :id").param("id", t.uuid()).query(Boolean.class).single();
    }

    long moments(TicketInProgress t) {
        return jdbc.sql("SELECT count(*) FROM sla_moments WHERE ticket_id = :id AND type = 'EXTENDED'").param("id", t.uuid()).query(Long.class).single();
    }

    String path(TicketInProgress t) {
        return "/petugas/sla/" + t.uuid() + "/perpanjangan";
    }

    @Test
    void theFrontDeskGrantsTheExtensionOnceAndTheRequesterIsToldWhyByMailAndOnTheTrackingPage() throws Exception {
        var t = informationRequest().ticket();
        var agent = fixtures.people().anAgent();
        MockHttpSession session = fixtures.people().login(mvc, agent);
        clock.setTo(wib("2026-06-19T10:00"));

        mvc.perform(get("/petugas/tiket/" + t.uuid()).session(session)).andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"deadline-extension\"")))
                .andExpect(content().string(containsString("7 hari kerja")));

        mvc.perform(post(path(t)).session(session).with(csrf()).param("reason", REASON))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/petugas/tiket/" + t.uuid()))
                .andExpect(flash().attribute("flash", containsString(t.number())));

        assertThat(due(t)).as("the close of the 7th working day after the day of the old due").isEqualTo(EXTENDED_DUE);
        assertThat(jdbc.sql("SELECT extension_from_due FROM sla_tickets WHERE ticket_id = :id").param("id", t.uuid())
                .query(Timestamp.class).single().toInstant()).isEqualTo(OLD_DUE);
        assertThat(moments(t)).isOne();

        // stale second grant: 409, nothing changes
        mvc.perform(post(path(t)).session(session).with(csrf()).param("reason", "Sekali lagi"))
                .andExpect(status().isConflict())
                .andExpect(content().string(containsString("sudah pernah diperpanjang")));
        assertThat(due(t)).isEqualTo(EXTENDED_DUE);
        assertThat(moments(t)).isOne();
        assertThat(jdbc.sql("SELECT extension_reason FROM sla_tickets WHERE ticket_id = :id").param("id", t.uuid()).query(String.class).single())
                .isEqualTo(REASON);

        // the form is gone from the staff page
        mvc.perform(get("/petugas/tiket/" + t.uuid()).session(session)).andExpect(status().isOk())
                .andExpect(content().string(not(containsString("id=\"deadline-extension\""))))
                .andExpect(content().string(containsString("7 hari kerja")));

        // the requester: one e-mail with the reason and the new due, an in-app notice, the moment on the tracking page
        var requester = t.requester();
        // the e-mail as queued in the outbox: late in a long suite the shared outbox has a backlog of other tests' mails,
        // and its delivery to SMTP is MailOutbox's own tests' concern
        await().atMost(Duration.ofSeconds(30)).until(() -> jdbc.sql(
                        "SELECT count(*) FROM outbound_emails WHERE recipient = :to AND subject LIKE '%diperpanjang%'")
                .param("to", requester.email()).query(Long.class).single() == 1);
        String body = jdbc.sql("SELECT body_text FROM outbound_emails WHERE recipient = :to AND subject LIKE '%diperpanjang%'")
                .param("to", requester.email()).query(String.class).single();
        assertThat(body).contains(t.number()).contains(REASON).contains("2 Jul 2026").contains("/lacak/" + t.uuid());
        assertThat(jdbc.sql("SELECT count(*) FROM notifications WHERE user_id = :u AND link = :link AND text LIKE '%diperpanjang%'")
                .param("u", requester.userId().value()).param("link", "/lacak/" + t.uuid()).query(Long.class).single()).isOne();
        mvc.perform(get("/lacak/" + t.uuid()).session(fixtures.people().login(mvc, requester))).andExpect(status().isOk())
                .andExpect(content().string(containsString(REASON)))
                .andExpect(content().string(containsString("diperpanjang")));
    }

    @Test
    void onlyTheFrontDeskOrTheHoldingUnitsAdminsMayExtendStrangersGet404AndAReasonIsRequired() throws Exception {
        var t = informationRequest().ticket();
        UnitId unit = fixtures.people().aUnit();
        t.accepted().disposedTo(unit).acceptedByUnit().assigned();
        await().atMost(Duration.ofSeconds(20)).until(() -> unit.value().equals(jdbc.sql("SELECT holder_unit_id FROM sla_tickets WHERE ticket_id = :id")
                .param("id", t.uuid()).query(UUID.class).optional().orElse(null)));

        var technician = fixtures.people().login(mvc, t.technician());
        mvc.perform(get("/petugas/tiket/" + t.uuid()).session(technician)).andExpect(status().isOk())
                .andExpect(content().string(not(containsString("id=\"deadline-extension\""))));
        mvc.perform(post(path(t)).session(technician).with(csrf()).param("reason", REASON))
                .andExpect(status().isForbidden());
        mvc.perform(post(path(t)).session(fixtures.people().login(mvc, t.requester())).with(csrf()).param("reason", REASON))
                .andExpect(status().isForbidden());
        // staff who may not see the ticket learn nothing about it: 404, as the ticket page answers them
        var stranger = fixtures.people().login(mvc, fixtures.people().aUnitAdmin(fixtures.people().aUnit()));
        mvc.perform(get("/petugas/tiket/" + t.uuid()).session(stranger)).andExpect(status().isNotFound());
        mvc.perform(post(path(t)).session(stranger).with(csrf()).param("reason", REASON))
                .andExpect(status().isNotFound());
        mvc.perform(post("/petugas/sla/" + UUID.randomUUID() + "/perpanjangan").session(stranger).with(csrf()).param("reason", REASON))
                .andExpect(status().isNotFound());
        assertThat(extended(t)).isFalse();

        var unitAdmin = fixtures.people().login(mvc, fixtures.people().aUnitAdmin(unit));
        mvc.perform(get("/petugas/tiket/" + t.uuid()).session(unitAdmin)).andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"deadline-extension\"")));
        mvc.perform(post(path(t)).session(unitAdmin).with(csrf()).param("reason", "  "))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("Tuliskan alasan perpanjangan")));
        mvc.perform(post(path(t)).session(unitAdmin).with(csrf()).param("reason", "x".repeat(2001)))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("paling banyak 2000 karakter")));
        assertThat(extended(t)).isFalse();
        assertThat(moments(t)).isZero();
        assertThat(due(t)).isEqualTo(OLD_DUE);

        mvc.perform(post(path(t)).session(unitAdmin).with(csrf()).param("reason", REASON)).andExpect(status().is3xxRedirection());
        assertThat(due(t)).isEqualTo(EXTENDED_DUE);

        mvc.perform(post("/petugas/sla/" + UUID.randomUUID() + "/perpanjangan").session(unitAdmin).with(csrf()).param("reason", REASON))
                .andExpect(status().isNotFound());
    }

    @Test
    void aDateClosedInsideTheExtendedWindowMovesTheExtendedDueByOneWorkingDayAndABreachToldForTheOldDueDoesNotCount() {
        var setup = informationRequest();
        var t = setup.ticket();
        // the old due passes and its breach is told (to the front desk's agents, who hold the ticket)
        fixtures.people().anAgent();
        clock.setTo(wib("2026-06-24T08:30"));
        notices.tellDue();
        assertThat(sla.breachSent(t)).isTrue();

        var agent = fixtures.people().anAgent();
        var granted = context.getBean(id.simlayan.sla.internal.DeadlineExtensions.class)
                .grant(t.id(), TicketFixtures.staff(agent, Set.of(new id.simlayan.identity.Membership(fixtures.people().frontDesk(),
                        id.simlayan.identity.Role.AGENT))), REASON);
        assertThat(granted.oldDue()).isEqualTo(OLD_DUE);
        assertThat(granted.newDue()).isEqualTo(EXTENDED_DUE);
        assertThat(due(t)).isEqualTo(EXTENDED_DUE);
        assertThat(sla.breachSent(t)).as("the breach of the old due does not count for the extended due").isFalse();
        assertThat(deadlines.sheet(t.id()).orElseThrow().extension()).isNull();

        // Tuesday 30 June closed: the 7th working day after 23 June is now Friday 3 July (closes 11:00)
        calendars.addClosedDate(setup.calendar(), LocalDate.of(2026, 6, 30), "Cuti daerah (uji)", null);
        awaitDue(t, wib("2026-07-03T11:00"));

        // a ticket event rebuilds from the facts and keeps the extension
        clock.setTo(wib("2026-06-24T09:00"));
        t.accepted();
        await().atMost(Duration.ofSeconds(20)).until(() -> jdbc.sql("SELECT status FROM sla_tickets WHERE ticket_id = :id")
                .param("id", t.uuid()).query(String.class).single().equals("DIPROSES"));
        assertThat(due(t)).isEqualTo(wib("2026-07-03T11:00"));
    }

}
