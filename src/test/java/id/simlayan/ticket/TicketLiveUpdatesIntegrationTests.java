package id.simlayan.ticket;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.request;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import id.simlayan.catalog.TicketKind;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Open ticket pages hear about changes through Server-Sent Events, after the access check. */
class TicketLiveUpdatesIntegrationTests extends TicketTestSupport {

    @Test
    void theRequestersOpenPageHearsThatTheTicketChanged() throws Exception {
        var service = aService(TicketKind.REQUEST);
        var requester = login(people.aRequester());
        var agent = login(people.anAgent());
        UUID id = submit(requester, service, "Pantau langsung");

        var stream = mvc.perform(get("/lacak/" + id + "/live").session(requester))
                .andExpect(request().asyncStarted())
                .andReturn();
        var staffStream = mvc.perform(get("/petugas/tiket/" + id + "/live").session(agent))
                .andExpect(request().asyncStarted())
                .andReturn();

        postAs(agent, "/petugas/tiket/" + id + "/verifikasi", "version", version(id)).andExpect(status().is3xxRedirection());

        await().atMost(Duration.ofSeconds(5)).untilAsserted(() -> {
            assertThat(stream.getResponse().getContentAsString()).contains("event:ticket-changed");
            assertThat(staffStream.getResponse().getContentAsString()).contains("event:ticket-changed");
        });
    }

    @Test
    void someoneWhoMayNotSeeTheTicketCannotSubscribe() throws Exception {
        var service = aService(TicketKind.REQUEST);
        UUID id = submit(login(people.aRequester()), service, "Bukan untuk Anda");
        var stranger = login(people.aRequester());
        mvc.perform(get("/lacak/" + id + "/live").session(stranger)).andExpect(status().isNotFound());
        // as a browser's EventSource asks
        mvc.perform(get("/lacak/" + id + "/live").accept("text/event-stream").session(stranger)).andExpect(status().isNotFound());
        mvc.perform(get("/petugas/tiket/" + id + "/live").session(login(people.aTechnician(people.aUnit()))))
                .andExpect(status().isNotFound());
    }
}
