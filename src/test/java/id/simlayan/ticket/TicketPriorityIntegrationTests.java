package id.simlayan.ticket;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import id.simlayan.catalog.TicketKind;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

/** Priority: who may change it, what the pages show, what other modules learn. */
@RecordApplicationEvents
class TicketPriorityIntegrationTests extends TicketTestSupport {

    @Autowired
    ApplicationEvents events;
    @Autowired
    ApplicationContext context;
    @Autowired
    TicketHistory history;

    @Test
    void anAgentRaisesThePriorityWhichQueuesPagesAndFactsShow() throws Exception {
        var requester = login(people.aRequester());
        var agent = login(people.anAgent());
        var service = aService(TicketKind.INCIDENT);
        UUID id = submit(requester, service, "Server e-mail mati");
        String page = "/petugas/tiket/" + id;

        mvc.perform(get(page).session(agent)).andExpect(status().isOk())
                .andExpect(content().string(containsString("action=\"" + page + "/prioritas\"")))
                .andExpect(content().string(containsString("Normal")));

        postAs(agent, page + "/prioritas", "version", version(id), "priority", "URGENT").andExpect(status().is3xxRedirection());
        assertThat(priorityOf(id)).isEqualTo("URGENT");
        assertThat(events.stream(TicketPriorityChanged.class).filter(e -> e.ticketId().value().equals(id))).singleElement()
                .satisfies(e -> {
                    assertThat(e.from()).isEqualTo(TicketPriority.NORMAL);
                    assertThat(e.to()).isEqualTo(TicketPriority.URGENT);
                });
        assertThat(history.facts(new TicketId(id)).orElseThrow().priority()).isEqualTo(TicketPriority.URGENT);

        mvc.perform(get(page).session(agent)).andExpect(status().isOk())
                .andExpect(content().string(containsString("Prioritas diubah")))
                .andExpect(content().string(containsString("Darurat")));
        mvc.perform(get("/petugas/antrean").param("service", service.id().value().toString()).session(agent))
                .andExpect(content().string(containsString("Darurat")));
        // internal: the requester does not see the change
        mvc.perform(get("/lacak/" + id).session(requester)).andExpect(status().isOk())
                .andExpect(content().string(not(containsString("Prioritas diubah"))));

        // the same priority again: nothing new
        long entries = timelineSize(id);
        postAs(agent, page + "/prioritas", "version", version(id), "priority", "URGENT").andExpect(status().is3xxRedirection());
        assertThat(timelineSize(id)).isEqualTo(entries);
        assertThat(events.stream(TicketPriorityChanged.class).filter(e -> e.ticketId().value().equals(id))).hasSize(1);
    }

    @Test
    void aStaleFormOrAGarbagePriorityChangesNothing() throws Exception {
        var requester = login(people.aRequester());
        var agent = login(people.anAgent());
        UUID id = submit(requester, aService(TicketKind.REQUEST), "Permintaan akun");
        String page = "/petugas/tiket/" + id;
        String stale = version(id);
        postAs(agent, page + "/verifikasi", "version", version(id)).andExpect(status().is3xxRedirection());

        postAs(agent, page + "/prioritas", "version", stale, "priority", "HIGH").andExpect(refusedOnStaffPage(id, "diubah oleh orang lain"));
        postAs(agent, page + "/prioritas", "version", version(id), "priority", "SANGAT_PENTING").andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("Pilih prioritas dari daftar.")));
        postAs(agent, page + "/prioritas", "version", version(id)).andExpect(status().isBadRequest());
        assertThat(priorityOf(id)).isEqualTo("NORMAL");
    }

    @Test
    void theAdminOfTheHoldingUnitMayChangeItButATechnicianAndAnotherUnitMayNot() throws Exception {
        var ticket = new TicketFixtures(context).aReceived(TicketKind.INCIDENT).accepted().disposedTo(people.aUnit()).acceptedByUnit()
                .assigned();
        String page = "/petugas/tiket/" + ticket.uuid();

        postAs(login(ticket.technician()), page + "/prioritas", "version", version(ticket.uuid()), "priority", "LOW")
                .andExpect(refusedOnStaffPage(ticket.uuid(), NOT_ALLOWED));
        var otherAdmin = people.aUnitAdmin(people.aUnit());
        postAs(login(otherAdmin), page + "/prioritas", "version", version(ticket.uuid()), "priority", "LOW")
                .andExpect(status().isNotFound());
        assertThat(priorityOf(ticket.uuid())).isEqualTo("NORMAL");

        postAs(login(ticket.unitAdmin()), page + "/prioritas", "version", version(ticket.uuid()), "priority", "HIGH")
                .andExpect(status().is3xxRedirection());
        assertThat(priorityOf(ticket.uuid())).isEqualTo("HIGH");
        mvc.perform(get("/petugas/tugas").session(login(ticket.technician())))
                .andExpect(content().string(containsString("Tinggi")));
    }

    @Test
    void aClosedTicketKeepsItsPriority() throws Exception {
        var ticket = new TicketFixtures(context).aReceived(TicketKind.REQUEST).accepted().resolved().confirmed();
        var agent = login(ticket.agent());
        postAs(agent, "/petugas/tiket/" + ticket.uuid() + "/prioritas", "version", version(ticket.uuid()), "priority", "HIGH")
                .andExpect(refusedOnStaffPage(ticket.uuid(), "tidak dapat dilakukan"));
        assertThat(priorityOf(ticket.uuid())).isEqualTo("NORMAL");
        mvc.perform(get("/petugas/tiket/" + ticket.uuid()).session(agent))
                .andExpect(content().string(not(containsString("/prioritas\""))));
    }

    private String priorityOf(UUID id) {
        return jdbc.sql("SELECT priority FROM tickets WHERE id = :id").param("id", id).query(String.class).single();
    }
}
