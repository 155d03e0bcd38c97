package id.simlayan.ticket;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import static org.awaitility.Awaitility.await;

import id.simlayan.catalog.TicketKind;
import id.simlayan.identity.Membership;
import id.simlayan.identity.Role;
import id.simlayan.sla.SlaPolicyFixtures;
import id.simlayan.ticket.internal.Verification;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import org.hamcrest.Matcher;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/**
 * The ticket pages with the time-limit provider this application has (the {@code sla} module's
 * {@link TicketDeadlines}, or none): they render, and show the "Batas waktu" parts exactly when
 * a provider is present. Never warnings or breaches on the requester's page.
 */
class TicketDeadlinePagesIntegrationTests extends TicketTestSupport {

    @Autowired
    ApplicationContext context;
    @Autowired
    ObjectProvider<TicketDeadlines> deadlines;

    @Autowired
    Verification verification;

    @Test
    void staffSeeTheBreachTheRequesterOnlyTheTargetAndThePauseWhileWaitingForThem() throws Exception {
        clock.setTo(Instant.parse("2026-06-08T02:00:00Z")); // Monday 8 June 2026, 09:00 WIB
        var ticket = new TicketFixtures(context).aReceived(TicketKind.REQUEST);
        // calendar time: no dependence on any calendar's closed dates
        var slaPolicies = new SlaPolicyFixtures(context);
        slaPolicies.calendarHoursPolicy(ticket.service(), "Uji pelanggaran " + ticket.service().code(), 1, 2);
        slaPolicies.awaitResolutionDue(ticket.id());

        clock.setTo(Instant.parse("2026-06-08T05:00:00Z")); // 12:00 WIB: two hours past the response target, one past the resolution target
        var agent = login(people.anAgent());
        mvc.perform(get("/petugas/antrean").param("service", ticket.service().id().value().toString()).session(agent))
                .andExpect(status().isOk()).andExpect(content().string(containsString("lewat 2 j")));
        mvc.perform(get("/petugas/tiket/" + ticket.uuid()).session(agent)).andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"deadline-card\"")))
                .andExpect(content().string(containsString("Lewat batas")))
                .andExpect(content().string(containsString("Senin, 8 Jun 2026 11:00 WIB")));
        var requester = login(ticket.requester());
        mvc.perform(get("/lacak/" + ticket.uuid()).session(requester)).andExpect(status().isOk())
                .andExpect(content().string(containsString("Target penyelesaian: Senin, 8 Jun 2026 11:00 WIB")))
                .andExpect(content().string(not(containsString("Lewat batas"))))
                .andExpect(content().string(not(containsString("lewat 1"))))
                .andExpect(content().string(not(containsString("deadline-card"))));

        verification.requestInformation(TicketFixtures.staff(people.anAgent(), Set.of(new Membership(people.frontDesk(), Role.AGENT))),
                ticket.id(), Long.parseLong(version(ticket.uuid())), "Mohon lengkapi nomor aset.");
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> mvc.perform(get("/lacak/" + ticket.uuid()).session(requester))
                .andExpect(content().string(containsString("Target penyelesaian dijeda — menunggu tanggapan Anda"))));
    }

    @Test
    void everyTicketPageRendersWithOrWithoutATimeLimitProvider() throws Exception {
        var ticket = new TicketFixtures(context).aReceived(TicketKind.INCIDENT).accepted().disposedTo(people.aUnit()).acceptedByUnit()
                .assigned();
        boolean shown = deadlines.getIfAvailable() != null;
        Matcher<String> legend = shown ? containsString("id=\"deadline-legend\"") : not(containsString("id=\"deadline-legend\""));

        mvc.perform(get("/petugas/antrean").param("service", ticket.service().id().value().toString()).session(login(ticket.agent())))
                .andExpect(status().isOk()).andExpect(content().string(containsString(ticket.number())))
                .andExpect(content().string(legend));
        mvc.perform(get("/petugas/unit").session(login(ticket.unitAdmin())))
                .andExpect(status().isOk()).andExpect(content().string(legend));
        mvc.perform(get("/petugas/tugas").session(login(ticket.technician())))
                .andExpect(status().isOk()).andExpect(content().string(containsString(ticket.number())))
                .andExpect(content().string(legend));
        mvc.perform(get("/petugas/tiket/" + ticket.uuid()).session(login(ticket.agent())))
                .andExpect(status().isOk()).andExpect(content().string(containsString(ticket.number())));
        mvc.perform(get("/petugas/tiket/" + ticket.uuid()).header("HX-Request", "true").session(login(ticket.agent())))
                .andExpect(status().isOk()).andExpect(content().string(containsString("id=\"ticket-live\"")));
        mvc.perform(get("/lacak/" + ticket.uuid()).session(login(ticket.requester())))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString("deadline-legend"))))
                .andExpect(content().string(not(containsString("deadline-card"))))
                .andExpect(content().string(not(containsString("Lewat batas"))))
                .andExpect(content().string(not(containsString("Mendekati batas"))));
    }
}
