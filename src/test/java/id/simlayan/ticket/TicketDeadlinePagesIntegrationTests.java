package id.simlayan.ticket;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import id.simlayan.catalog.TicketKind;
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
