package id.simlayan.sla;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import id.simlayan.IntegrationTest;
import id.simlayan.catalog.TicketKind;
import id.simlayan.identity.Membership;
import id.simlayan.identity.Role;
import id.simlayan.ticket.TicketFixtures;
import id.simlayan.ticket.TicketFixtures.TicketInProgress;
import id.simlayan.ticket.internal.DispositionHandling;
import java.time.Duration;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

/** Staff working a ticket raise it to the leaders with a reason, once; who may not work it cannot. */
class ManualEscalationIntegrationTests extends IntegrationTest {

    @Autowired
    ApplicationContext context;
    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;

    TicketFixtures fixtures;
    SlaFixtures sla;

    @BeforeEach
    void setUp() {
        fixtures = new TicketFixtures(context);
        sla = new SlaFixtures(context);
        fixtures.people().frontDesk();
    }

    TicketInProgress assignedTicket() {
        var t = fixtures.aReceived(TicketKind.INCIDENT).accepted().disposedTo(fixtures.people().aUnit()).acceptedByUnit().assigned();
        await().atMost(Duration.ofSeconds(20)).until(() -> t.technician().userId().value().equals(jdbc.sql(
                "SELECT holder_user_id FROM sla_tickets WHERE ticket_id = :id").param("id", t.uuid()).query(java.util.UUID.class).optional().orElse(null)));
        return t;
    }

    MockHttpSession login(id.simlayan.identity.IdentityFixtures.TestAccount account) throws Exception {
        return fixtures.people().login(mvc, account);
    }

    @Test
    void theTechnicianEscalatesWithAReasonAndTheLeadersAreToldAndListIt() throws Exception {
        var t = assignedTicket();
        var supervisor = fixtures.people().aSupervisor(t.unit());
        var technician = login(t.technician());
        mvc.perform(get("/petugas/tiket/" + t.uuid()).session(technician)).andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"escalation-form\"")));

        mvc.perform(post("/petugas/sla/{id}/eskalasi", t.uuid()).session(technician).with(csrf())
                        .param("reason", "Switch inti rusak total; perlu keputusan pengadaan dari pimpinan."))
                .andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/petugas/tiket/" + t.uuid()));

        assertThat(jdbc.sql("SELECT manual_escalation_reason FROM sla_tickets WHERE ticket_id = :id").param("id", t.uuid())
                .query(String.class).single()).isEqualTo("Switch inti rusak total; perlu keputusan pengadaan dari pimpinan.");
        // the e-mail is queued in the outbox (whose delivery to SMTP is MailOutbox's own tests' concern: in a long
        // suite the shared outbox has a backlog) and the in-app notice links the ticket
        await().atMost(Duration.ofSeconds(30)).until(() -> jdbc.sql("""
                        SELECT count(*) FROM outbound_emails WHERE recipient = :to AND subject LIKE '%dieskalasi%'
                        AND body_text LIKE '%Switch inti rusak total%' AND body_text LIKE :link""")
                .param("to", supervisor.email()).param("link", "%/petugas/tiket/" + t.uuid() + "%").query(Long.class).single() == 1);
        assertThat(jdbc.sql("SELECT count(*) FROM notifications WHERE user_id = :u AND link = :link AND text LIKE :number")
                .param("u", supervisor.userId().value()).param("link", "/petugas/tiket/" + t.uuid()).param("number", "%" + t.number() + "%")
                .query(Long.class).single()).isOne();
        mvc.perform(get("/petugas/eskalasi").session(login(supervisor))).andExpect(status().isOk())
                .andExpect(content().string(containsString(t.number())))
                .andExpect(content().string(containsString("Eskalasi manual: Switch inti rusak total")));
        mvc.perform(get("/petugas/tiket/" + t.uuid()).session(technician)).andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"manual-escalation-done\"")))
                .andExpect(content().string(org.hamcrest.Matchers.not(containsString("id=\"escalation-form\""))));

        // once per ticket
        mvc.perform(post("/petugas/sla/{id}/eskalasi", t.uuid()).session(technician).with(csrf()).param("reason", "Sekali lagi"))
                .andExpect(status().isConflict()).andExpect(content().string(containsString("sudah dieskalasi")));
        // the reason is staff-only: the requester's page does not show it
        mvc.perform(get("/lacak/" + t.uuid()).session(login(t.requester()))).andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.not(containsString("Switch inti rusak total"))));
    }

    @Test
    void aBlankReasonIsRefusedAndNothingIsSaved() throws Exception {
        var t = assignedTicket();
        mvc.perform(post("/petugas/sla/{id}/eskalasi", t.uuid()).session(login(t.technician())).with(csrf()).param("reason", "   "))
                .andExpect(status().isBadRequest()).andExpect(content().string(containsString("Tuliskan alasan eskalasi")));
        assertThat(jdbc.sql("SELECT manual_escalated_at IS NULL FROM sla_tickets WHERE ticket_id = :id").param("id", t.uuid())
                .query(Boolean.class).single()).isTrue();
    }

    @Test
    void staffOfAnotherUnitGet404AndAUnitThatReturnedTheTicketGets403() throws Exception {
        var t = fixtures.aReceived(TicketKind.INCIDENT).accepted();
        var returning = fixtures.people().aUnit();
        t.disposedTo(returning);
        var returningAdmin = fixtures.people().aUnitAdmin(returning);
        context.getBean(DispositionHandling.class).returnDisposition(TicketFixtures.staff(returningAdmin, Set.of(new Membership(returning,
                Role.UNIT_ADMIN))), t.id(), jdbc.sql("SELECT version FROM tickets WHERE id = :id").param("id", t.uuid()).query(Long.class).single(),
                "Bukan kewenangan kami.");
        sla.awaitRebuilt(t);

        mvc.perform(post("/petugas/sla/{id}/eskalasi", t.uuid()).session(login(fixtures.people().aTechnician(fixtures.people().aUnit()))).with(csrf())
                .param("reason", "Coba")).andExpect(status().isNotFound());
        mvc.perform(post("/petugas/sla/{id}/eskalasi", t.uuid()).session(login(returningAdmin)).with(csrf())
                .param("reason", "Coba")).andExpect(status().isForbidden());
        mvc.perform(post("/petugas/sla/{id}/eskalasi", java.util.UUID.randomUUID()).session(login(returningAdmin)).with(csrf())
                .param("reason", "Coba")).andExpect(status().isNotFound());
        assertThat(jdbc.sql("SELECT manual_escalated_at IS NULL FROM sla_tickets WHERE ticket_id = :id").param("id", t.uuid())
                .query(Boolean.class).single()).isTrue();
    }
}
