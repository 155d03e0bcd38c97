package id.simlayan.sla;

import static id.simlayan.sla.SlaFixtures.wib;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.containsString;
import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import id.simlayan.IntegrationTest;
import id.simlayan.calendar.CalendarAdministration;
import id.simlayan.calendar.ClockMode;
import id.simlayan.calendar.Target;
import id.simlayan.catalog.ServiceOfferingView;
import id.simlayan.catalog.TicketKind;
import id.simlayan.identity.IdentityFixtures.TestAccount;
import id.simlayan.identity.Membership;
import id.simlayan.identity.Role;
import id.simlayan.identity.UnitId;
import id.simlayan.notification.NotificationFixtures;
import id.simlayan.notification.internal.MailOutbox;
import id.simlayan.sla.internal.DeadlineNotices;
import id.simlayan.sla.internal.PolicyAdministration;
import id.simlayan.sla.internal.SlaPolicy;
import id.simlayan.sla.internal.SlaPolicy.StartEvent;
import id.simlayan.ticket.DeadlineKind;
import id.simlayan.ticket.DeadlineLevel;
import id.simlayan.ticket.TicketDeadlines;
import id.simlayan.ticket.TicketFixtures;
import id.simlayan.ticket.TicketFixtures.TicketInProgress;
import id.simlayan.ticket.TicketStatus;
import id.simlayan.ticket.internal.DispositionHandling;
import id.simlayan.ticket.internal.RequesterActions;
import id.simlayan.ticket.internal.Verification;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
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
import org.springframework.test.web.servlet.MockMvc;

/** Ticket clocks end to end: real tickets, real listeners, the notice scheduler, mail to GreenMail; time from the MutableClock. */
class SlaIntegrationTests extends IntegrationTest {


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
    MailOutbox outbox;
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
        fixtures.people().frontDesk(); // TicketHistory needs one (created once when the test database has none)
    }

    @BeforeEach
    void indonesian() {
        LocaleContextHolder.setLocale(Locale.forLanguageTag("id"));
    }

    @AfterEach
    void resetClock() {
        clock.reset();
        LocaleContextHolder.resetLocaleContext();
    }

    UUID policy(ServiceOfferingView service, Target response, Target resolution, StartEvent start, boolean escalate) {
        return policies.save(new SlaPolicy(null, service.id(), null, null, "Uji " + service.code(), response, resolution, null, null, start,
                Set.of(), 75, escalate, true, 0), null);
    }

    String clockState(TicketInProgress t, DeadlineKind kind) {
        return jdbc.sql("SELECT state || '/' || level FROM sla_clocks WHERE ticket_id = :id AND kind = :kind").param("id", t.uuid())
                .param("kind", kind.name()).query(String.class).optional().orElse("");
    }

    long version(TicketInProgress t) {
        return jdbc.sql("SELECT version FROM tickets WHERE id = :id").param("id", t.uuid()).query(Long.class).single();
    }

    /** A received ticket on a fresh service with its own calendar and the given policy; clocks computed. */
    TicketInProgress ticketWith(TicketKind kind, Target response, Target resolution, StartEvent start, boolean escalate) {
        var t = fixtures.aReceived(kind);
        sla.ownCalendar(t.service());
        sla.awaitRebuilt(t);
        policy(t.service(), response, resolution, start, escalate);
        await().atMost(Duration.ofSeconds(20)).until(() -> !clockState(t, DeadlineKind.RESOLUTION).isEmpty());
        return t;
    }

    @Test
    void dueIsSetWhenTheClockStartsAtReceipt() {
        clock.setTo(wib("2026-06-08T09:00"));
        var t = ticketWith(TicketKind.REQUEST, Target.hours(1, ClockMode.BUSINESS), Target.hours(4, ClockMode.BUSINESS), StartEvent.RECEIVED, false);
        // 09:00-12:00, lunch, 13:00-14:00
        sla.awaitDue(t, DeadlineKind.RESOLUTION, wib("2026-06-08T14:00"));
        sla.awaitDue(t, DeadlineKind.RESPONSE, wib("2026-06-08T10:00"));
        assertThat(clockState(t, DeadlineKind.RESOLUTION)).isEqualTo("RUNNING/ON_TRACK");
    }

    @Test
    void resolutionStartingAtVerificationStartsWhenTheTicketIsAcceptedAndResponseIsMetByTheFirstStaffStatusChange() {
        clock.setTo(wib("2026-06-08T09:00"));
        var t = ticketWith(TicketKind.COMPLAINT, Target.hours(2, ClockMode.BUSINESS), Target.hours(48, ClockMode.CALENDAR), StartEvent.VERIFIED, false);
        assertThat(clockState(t, DeadlineKind.RESOLUTION)).isEqualTo("NOT_STARTED/ON_TRACK");
        sla.awaitDue(t, DeadlineKind.RESPONSE, wib("2026-06-08T11:00"));

        clock.setTo(wib("2026-06-08T10:30"));
        t.accepted();
        sla.awaitDue(t, DeadlineKind.RESOLUTION, wib("2026-06-10T10:30"));
        await().atMost(Duration.ofSeconds(20)).until(() -> clockState(t, DeadlineKind.RESPONSE).equals("STOPPED/MET"));
    }

    @Test
    void aPolicyCreatedAfterTheTicketWasAcceptedFindsTheResponseAlreadyMet() {
        clock.setTo(wib("2026-06-08T09:00"));
        var t = fixtures.aReceived(TicketKind.INCIDENT);
        sla.ownCalendar(t.service());
        clock.setTo(wib("2026-06-08T09:30"));
        t.accepted();
        await().atMost(Duration.ofSeconds(20)).until(() -> jdbc.sql("SELECT first_response_at IS NOT NULL FROM sla_tickets WHERE ticket_id = :id")
                .param("id", t.uuid()).query(Boolean.class).optional().orElse(false));

        policy(t.service(), Target.hours(1, ClockMode.BUSINESS), Target.hours(8, ClockMode.BUSINESS), StartEvent.RECEIVED, false);

        await().atMost(Duration.ofSeconds(20)).until(() -> clockState(t, DeadlineKind.RESPONSE).equals("STOPPED/MET"));
        assertThat(deadlines.badges(List.of(t.id())).get(t.id()).kind()).isEqualTo(DeadlineKind.RESOLUTION);
        assertThat(deadlines.sheet(t.id()).orElseThrow().lines()).extracting(l -> l.level())
                .containsExactly(DeadlineLevel.MET, DeadlineLevel.ON_TRACK);
    }

    @Test
    void waitingForTheRequesterPausesTheClockAndTheDueMovesByThePausedBusinessTime() {
        clock.setTo(wib("2026-06-08T09:00"));
        var t = ticketWith(TicketKind.REQUEST, null, Target.hours(4, ClockMode.BUSINESS), StartEvent.RECEIVED, false);
        sla.awaitDue(t, DeadlineKind.RESOLUTION, wib("2026-06-08T14:00"));

        clock.setTo(wib("2026-06-08T10:00"));
        var agent = fixtures.people().anAgent();
        context.getBean(Verification.class).requestInformation(TicketFixtures.staff(agent, Set.of(new Membership(fixtures.people().frontDesk(),
                Role.AGENT))), t.id(), version(t), "Mohon lengkapi surat.");
        await().atMost(Duration.ofSeconds(20)).until(() -> clockState(t, DeadlineKind.RESOLUTION).equals("PAUSED/PAUSED"));
        assertThat(sla.due(t, DeadlineKind.RESOLUTION)).isNull();

        clock.setTo(wib("2026-06-09T09:00"));
        context.getBean(RequesterActions.class).provideInformation(TicketFixtures.asRequester(t.requester()), t.id(), version(t), "Terlampir.");
        // 1 h used before the pause, 3 h left from Tuesday 09:00
        sla.awaitDue(t, DeadlineKind.RESOLUTION, wib("2026-06-09T12:00"));
        assertThat(clockState(t, DeadlineKind.RESOLUTION)).isEqualTo("RUNNING/ON_TRACK");
    }

    @Test
    void warningAndBreachAreMailedOnceEachAndTheBreachEscalatesToTheSupervisor() throws Exception {
        clock.setTo(wib("2026-06-08T09:00"));
        var t = ticketWith(TicketKind.INCIDENT, null, Target.hours(2, ClockMode.BUSINESS), StartEvent.RECEIVED, true);
        UnitId unit = fixtures.people().aUnit();
        TestAccount supervisor = fixtures.people().aSupervisor(unit);
        t.accepted().disposedTo(unit).acceptedByUnit().assigned();
        var technician = t.technician();
        await().atMost(Duration.ofSeconds(20)).until(() -> technician.userId().value().equals(jdbc.sql(
                "SELECT holder_user_id FROM sla_tickets WHERE ticket_id = :id").param("id", t.uuid()).query(UUID.class).optional().orElse(null)));
        sla.awaitDue(t, DeadlineKind.RESOLUTION, wib("2026-06-08T11:00"));

        clock.setTo(wib("2026-06-08T10:29"));
        notices.tellDue();
        clock.setTo(wib("2026-06-08T10:31"));
        notices.tellDue();
        notices.tellDue();
        awaitMail(technician.email(), "hampir habis", 1);

        clock.setTo(wib("2026-06-08T11:01"));
        notices.tellDue();
        notices.tellDue();
        awaitMail(technician.email(), "terlewati", 1);
        awaitMail(supervisor.email(), "terlewati", 1);
        assertThat(SlaFixtures.mails(technician.email(), "hampir habis")).hasSize(1);
        var breach = SlaFixtures.mails(supervisor.email(), "terlewati").getFirst();
        assertThat(NotificationFixtures.body(breach)).contains(t.number()).contains("dieskalasi").contains("/petugas/tiket/" + t.uuid());
        assertThat(jdbc.sql("SELECT count(*) FROM notifications WHERE user_id = :u AND link = :link")
                .param("u", supervisor.userId().value()).param("link", "/petugas/tiket/" + t.uuid()).query(Long.class).single()).isOne();
        assertThat(jdbc.sql("SELECT escalated_at IS NOT NULL FROM sla_tickets WHERE ticket_id = :id").param("id", t.uuid())
                .query(Boolean.class).single()).isTrue();

        // the supervisor's escalation list shows it; a technician gets 403
        var session = fixtures.people().login(mvc, supervisor);
        mvc.perform(get("/petugas/eskalasi").session(session)).andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString(t.number())));
        mvc.perform(get("/petugas/eskalasi").session(fixtures.people().login(mvc, technician))).andExpect(status().isForbidden());

        // the sheet lists the moments, the badge is BREACHED (MockMvc reset the locale of this thread)
        indonesian();
        var badge = deadlines.badges(List.of(t.id())).get(t.id());
        assertThat(badge.level()).isEqualTo(DeadlineLevel.BREACHED);
        assertThat(badge.kind()).isEqualTo(DeadlineKind.RESOLUTION);
        var sheet = deadlines.sheet(t.id()).orElseThrow();
        assertThat(sheet.policyName()).isEqualTo("Uji " + t.service().code());
        assertThat(sheet.lines()).singleElement().satisfies(line -> {
            assertThat(line.target()).isEqualTo(Target.hours(2, ClockMode.BUSINESS));
            assertThat(line.extension()).isNull();
            assertThat(line.level()).isEqualTo(DeadlineLevel.BREACHED);
            assertThat(line.used()).isEqualTo(Duration.ofMinutes(121));
        });
        assertThat(sheet.unitShares()).singleElement().satisfies(share -> {
            assertThat(share.unitId()).isEqualTo(unit);
            assertThat(share.until()).isNull();
        });
        assertThat(sheet.moments()).extracting(TicketDeadlines.DeadlineMoment::type)
                .contains(TicketDeadlines.MomentType.STARTED, TicketDeadlines.MomentType.ESCALATED);
    }

    @Test
    void eachUnitATicketIsHandedToGetsItsOwnTargetWithItsOwnBreach() throws Exception {
        clock.setTo(wib("2026-06-08T09:00"));
        var t = fixtures.aReceived(TicketKind.INCIDENT);
        sla.ownCalendar(t.service());
        sla.awaitRebuilt(t);
        policies.save(new SlaPolicy(null, t.service().id(), null, null, "Uji OLA " + t.service().code(), null, Target.workingDays(5), null,
                Target.hours(2, ClockMode.BUSINESS), StartEvent.RECEIVED, Set.of(), 75, false, true, 0), null);
        await().atMost(Duration.ofSeconds(20)).until(() -> !clockState(t, DeadlineKind.RESOLUTION).isEmpty());
        UnitId first = fixtures.people().aUnit();
        UnitId second = fixtures.people().aUnit();
        sla.ownCalendar(first);
        sla.ownCalendar(second);
        assertThat(clockState(t, DeadlineKind.HANDOFF)).as("no unit holds it yet").isEmpty();

        clock.setTo(wib("2026-06-08T09:30"));
        t.accepted().disposedTo(first);
        sla.awaitDue(t, DeadlineKind.HANDOFF, wib("2026-06-08T11:30"));
        int firstRun = run(t);

        // the first unit returns it: its count ends; the second unit's count starts from its own hand-off
        clock.setTo(wib("2026-06-08T10:00"));
        var firstAdmin = fixtures.people().aUnitAdmin(first);
        context.getBean(DispositionHandling.class).returnDisposition(TicketFixtures.staff(firstAdmin, Set.of(new Membership(first, Role.UNIT_ADMIN))),
                t.id(), version(t), "Bukan kewenangan unit kami.");
        await().atMost(Duration.ofSeconds(20)).until(() -> clockState(t, DeadlineKind.HANDOFF).isEmpty());
        clock.setTo(wib("2026-06-08T10:30"));
        t.disposedTo(second);
        var secondAdmin = fixtures.people().aUnitAdmin(second);
        context.getBean(DispositionHandling.class).acceptDisposition(TicketFixtures.staff(secondAdmin, Set.of(new Membership(second, Role.UNIT_ADMIN))),
                t.id(), version(t));
        // 10:30-12:00, lunch, 13:00-13:30
        sla.awaitDue(t, DeadlineKind.HANDOFF, wib("2026-06-08T13:30"));
        assertThat(run(t)).isGreaterThan(firstRun);

        clock.setTo(wib("2026-06-08T13:31"));
        notices.tellDue();
        awaitMail(secondAdmin.email(), "terlewati", 1);
        assertThat(NotificationFixtures.body(SlaFixtures.mails(secondAdmin.email(), "terlewati").getFirst())).contains("OLA").contains(t.number());
        assertThat(SlaFixtures.mails(firstAdmin.email(), "terlewati")).as("the first unit no longer holds it").isEmpty();
        assertThat(clockState(t, DeadlineKind.RESOLUTION)).isEqualTo("RUNNING/ON_TRACK");
        indonesian();
        assertThat(deadlines.sheet(t.id()).orElseThrow().lines()).extracting(TicketDeadlines.DeadlineLine::kind)
                .containsExactly(DeadlineKind.RESOLUTION, DeadlineKind.HANDOFF);
    }

    int run(TicketInProgress t) {
        return jdbc.sql("SELECT run FROM sla_clocks WHERE ticket_id = :id AND kind = 'HANDOFF'").param("id", t.uuid()).query(Integer.class).single();
    }

    @Test
    void aBreachAtNightIsToldAtTheNextOpeningNotBefore() throws Exception {
        clock.setTo(wib("2026-06-08T09:00"));
        // 8 hours of calendar time: due Monday 17:00, after closing (15:45)
        var t = ticketWith(TicketKind.INCIDENT, null, Target.hours(8, ClockMode.CALENDAR), StartEvent.RECEIVED, false);
        UnitId unit = fixtures.people().aUnit();
        t.accepted().disposedTo(unit).acceptedByUnit().assigned();
        var technician = t.technician();
        await().atMost(Duration.ofSeconds(20)).until(() -> technician.userId().value().equals(jdbc.sql(
                "SELECT holder_user_id FROM sla_tickets WHERE ticket_id = :id").param("id", t.uuid()).query(UUID.class).optional().orElse(null)));
        sla.awaitDue(t, DeadlineKind.RESOLUTION, wib("2026-06-08T17:00"));

        clock.setTo(wib("2026-06-08T23:00"));
        notices.tellDue();
        assertThat(sla.breachSent(t)).as("nothing is told while the unit is closed").isFalse();
        clock.setTo(wib("2026-06-09T07:59"));
        notices.tellDue();
        assertThat(sla.breachSent(t)).isFalse();
        clock.setTo(wib("2026-06-09T08:00"));
        notices.tellDue();
        awaitMail(technician.email(), "terlewati", 1);
    }

    @Test
    void addingAHolidayMovesARunningDueByOneWorkingDay() {
        clock.setTo(wib("2026-06-08T09:00"));
        var t = fixtures.aReceived(TicketKind.REQUEST);
        var calendar = sla.ownCalendar(t.service());
        sla.awaitRebuilt(t);
        policy(t.service(), null, Target.workingDays(2), StartEvent.RECEIVED, false);
        sla.awaitDue(t, DeadlineKind.RESOLUTION, wib("2026-06-10T15:45"));

        calendars.addClosedDate(calendar, LocalDate.of(2026, 6, 9), "Hari jadi kota (uji)", null);
        sla.awaitDue(t, DeadlineKind.RESOLUTION, wib("2026-06-11T15:45"));
        assertThat(deadlines.sheet(t.id()).orElseThrow().moments())
                .anySatisfy(m -> {
                    assertThat(m.type()).isEqualTo(TicketDeadlines.MomentType.RECOMPUTED);
                    assertThat(m.due()).isEqualTo(wib("2026-06-11T15:45"));
                });
    }

    @Test
    void queueAndTicketPageCountTheSameWorkingTimeLeftAndACalendarLimitDueWhileClosedSaysSo() throws Exception {
        clock.setTo(wib("2026-06-08T11:30"));
        // resolution: 2 working hours, 11:30-12:00 and 13:00-14:30; response: 6 hours of calendar time, due 17:30 after closing (15:45)
        var t = ticketWith(TicketKind.REQUEST, Target.hours(6, ClockMode.CALENDAR), Target.hours(2, ClockMode.BUSINESS), StartEvent.RECEIVED, false);
        sla.awaitDue(t, DeadlineKind.RESOLUTION, wib("2026-06-08T14:30"));
        clock.setTo(wib("2026-06-08T11:40"));

        // 2 h 50 m on the wall clock, 1 h 50 m of working time: both pages say the working time
        var agent = fixtures.people().login(mvc, fixtures.people().anAgent());
        mvc.perform(get("/petugas/antrean").param("service", t.service().id().value().toString()).session(agent))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("sisa 1 j 50 m kerja")))
                .andExpect(content().string(not(containsString("sisa 2 j 50 m"))));
        mvc.perform(get("/petugas/tiket/" + t.uuid()).session(agent))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("sisa 1 jam 50 menit kerja")))
                .andExpect(content().string(containsString("jatuh di luar jam kerja")));

        var requester = fixtures.people().login(mvc, t.requester());
        mvc.perform(get("/lacak/" + t.uuid()).session(requester))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(
                        "Target tanggapan pertama petugas: Senin, 8 Jun 2026 17:30 WIB (jatuh di luar jam kerja) — 6 jam (waktu kalender)")))
                .andExpect(content().string(containsString("Target penyelesaian: Senin, 8 Jun 2026 14:30 WIB — 2 jam kerja")));
    }

    @Test
    void resolvedTicketStopsTheClockAsMet() {
        clock.setTo(wib("2026-06-08T09:00"));
        var t = ticketWith(TicketKind.REQUEST, null, Target.hours(4, ClockMode.BUSINESS), StartEvent.RECEIVED, false);
        clock.setTo(wib("2026-06-08T10:00"));
        t.accepted().resolved();
        await().atMost(Duration.ofSeconds(20)).until(() -> clockState(t, DeadlineKind.RESOLUTION).equals("STOPPED/MET"));
        assertThat(deadlines.badges(List.of(t.id())).get(t.id()).level()).isEqualTo(DeadlineLevel.MET);
        assertThat(t.status()).isEqualTo(TicketStatus.SELESAI.name());
    }

    void awaitMail(String email, String subjectPart, int count) {
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            outbox.dispatchDue();
            assertThat(SlaFixtures.mails(email, subjectPart)).hasSize(count);
        });
    }

}
