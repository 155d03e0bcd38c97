package id.simlayan.ticket;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import id.simlayan.catalog.TicketKind;
import id.simlayan.ticket.internal.Verification;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

/** Related tickets ("terkait") and duplicates merged into their original, through the staff pages. */
@RecordApplicationEvents
class TicketLinksIntegrationTests extends TicketTestSupport {

    @Autowired
    ApplicationContext context;
    @Autowired
    ApplicationEvents events;

    @Test
    void anAgentLinksTwoTicketsAndBothStaffPagesShowTheOther() throws Exception {
        var tickets = new TicketFixtures(context);
        var first = tickets.aReceived(TicketKind.REQUEST);
        var second = tickets.aReceived(TicketKind.INCIDENT).accepted();
        var agentSession = login(people.anAgent());
        String firstPage = "/petugas/tiket/" + first.uuid();

        postAs(agentSession, firstPage + "/terkait", "number", "  " + second.number().toLowerCase() + " ")
                .andExpect(status().is3xxRedirection());

        mvc.perform(get(firstPage).session(agentSession)).andExpect(status().isOk())
                .andExpect(content().string(containsString("/petugas/tiket/" + second.uuid())));
        mvc.perform(get("/petugas/tiket/" + second.uuid()).session(agentSession)).andExpect(status().isOk())
                .andExpect(content().string(containsString("/petugas/tiket/" + first.uuid())));
        assertThat(entries(first.uuid(), "LINKED")).containsExactly("INTERNAL:" + second.number());
        assertThat(entries(second.uuid(), "LINKED")).containsExactly("INTERNAL:" + first.number());

        postAs(agentSession, "/petugas/tiket/" + second.uuid() + "/terkait", "number", first.number())
                .andExpect(refusedOnStaffPage(second.uuid(), "sudah saling terkait"));
        postAs(agentSession, firstPage + "/terkait", "number", first.number())
                .andExpect(refusedOnStaffPage(first.uuid(), "dirinya sendiri"));
        postAs(agentSession, firstPage + "/terkait", "number", "ADU-1999-999999")
                .andExpect(refusedOnStaffPage(first.uuid(), "ADU-1999-999999 tidak ditemukan"));
        postAs(agentSession, firstPage + "/terkait", "number", "bukan nomor")
                .andExpect(status().isBadRequest()).andExpect(content().string(containsString("ADU-2026-000123")));
        assertThat(links(first.uuid())).isEqualTo(1);

        // the requester's page never shows links or internal entries
        mvc.perform(get("/lacak/" + first.uuid()).session(login(first.requester()))).andExpect(status().isOk())
                .andExpect(content().string(not(containsString(second.number()))));

        postAs(agentSession, firstPage + "/terkait/" + second.uuid() + "/hapus").andExpect(status().is3xxRedirection());
        assertThat(links(first.uuid())).isZero();
        assertThat(entries(second.uuid(), "UNLINKED")).containsExactly("INTERNAL:" + first.number());
    }

    @Test
    void mergingClosesTheDuplicateWithAPublicNoteAndTellsItsRequesterOnlyTheOriginalsNumber() throws Exception {
        var tickets = new TicketFixtures(context);
        var original = tickets.aReceived(TicketKind.COMPLAINT);
        var duplicate = tickets.aReceived(TicketKind.COMPLAINT);
        var agentSession = login(people.anAgent());
        var duplicateRequester = login(duplicate.requester());

        postAs(agentSession, "/petugas/tiket/" + duplicate.uuid() + "/gabungkan", "number", original.number(), "version", version(duplicate.uuid()))
                .andExpect(status().is3xxRedirection());

        assertThat(statusOf(duplicate.uuid())).isEqualTo("DITUTUP");
        assertThat(statusOf(original.uuid())).isEqualTo("DITERIMA");
        assertThat(entries(duplicate.uuid(), "MERGED")).singleElement().asString()
                .startsWith("PUBLIC:Tiket ini digabung ke " + original.number());
        assertThat(entries(original.uuid(), "DUPLICATE_MERGED")).containsExactly("INTERNAL:" + duplicate.number());
        assertThat(events.stream(TicketStatusChanged.class).filter(e -> e.ticketId().value().equals(duplicate.uuid())
                && e.to() == TicketStatus.DITUTUP)).singleElement()
                .satisfies(e -> assertThat(e.publicNote()).contains(original.number()));

        UUID evidence = jdbc.sql("SELECT id FROM ticket_attachments WHERE ticket_id = :id").param("id", duplicate.uuid())
                .query(UUID.class).single();
        mvc.perform(get("/lacak/" + duplicate.uuid()).session(duplicateRequester)).andExpect(status().isOk())
                .andExpect(content().string(containsString("Tiket ini digabung ke " + original.number())))
                .andExpect(content().string(containsString("/lampiran/" + evidence)))
                .andExpect(content().string(not(containsString(original.uuid().toString()))))
                .andExpect(content().string(not(containsString(original.requester().fullName()))))
                .andExpect(content().string(not(containsString(original.requester().email()))));
        mvc.perform(get("/lampiran/" + evidence).session(duplicateRequester)).andExpect(status().isOk());
        mvc.perform(get("/lacak/" + original.uuid()).session(duplicateRequester)).andExpect(status().isNotFound());
        mvc.perform(get("/lacak/" + original.uuid()).session(login(original.requester()))).andExpect(status().isOk())
                .andExpect(content().string(not(containsString(duplicate.number()))));

        mvc.perform(get("/petugas/tiket/" + original.uuid()).session(agentSession)).andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"merged-duplicates\"")))
                .andExpect(content().string(containsString("/petugas/tiket/" + duplicate.uuid())));
        mvc.perform(get("/petugas/tiket/" + duplicate.uuid()).session(agentSession)).andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"merged-into\"")))
                .andExpect(content().string(not(containsString("id=\"merge-form\""))));
    }

    @Test
    void mergingIntoItselfIntoAClosedOrRejectedTicketOrInACircleIsRefused() throws Exception {
        var tickets = new TicketFixtures(context);
        var a = tickets.aReceived(TicketKind.REQUEST);
        var b = tickets.aReceived(TicketKind.REQUEST);
        var rejected = tickets.aReceived(TicketKind.REQUEST);
        var agent = people.anAgent();
        var agentSession = login(agent);
        context.getBean(Verification.class).reject(agentUser(agent), rejected.id(), Long.parseLong(version(rejected.uuid())), "Bukan kewenangan.");

        merge(agentSession, a.uuid(), a.number())
                .andExpect(refusedOnStaffPage(a.uuid(), "dirinya sendiri"));
        merge(agentSession, a.uuid(), rejected.number())
                .andExpect(refusedOnStaffPage(a.uuid(), "sudah ditutup atau ditolak"));
        assertThat(statusOf(a.uuid())).isEqualTo("DITERIMA");

        merge(agentSession, a.uuid(), b.number()).andExpect(status().is3xxRedirection());
        merge(agentSession, b.uuid(), a.number())
                .andExpect(refusedOnStaffPage(b.uuid(), "berputar"));
        assertThat(statusOf(b.uuid())).isEqualTo("DITERIMA");

        var c = tickets.aReceived(TicketKind.REQUEST);
        merge(agentSession, c.uuid(), a.number())
                .andExpect(refusedOnStaffPage(c.uuid(), "sudah ditutup atau ditolak"));
        String stale = version(c.uuid());
        postAs(agentSession, "/petugas/tiket/" + c.uuid() + "/terkait", "number", b.number()).andExpect(status().is3xxRedirection());
        postAs(agentSession, "/petugas/tiket/" + c.uuid() + "/gabungkan", "number", b.number(), "version", stale)
                .andExpect(refusedOnStaffPage(c.uuid(), "diubah oleh orang lain"));
        postAs(agentSession, "/petugas/tiket/" + c.uuid() + "/gabungkan", "number", b.number()).andExpect(status().isBadRequest());
        assertThat(statusOf(c.uuid())).isEqualTo("DITERIMA");
    }

    @Test
    void onlyFrontDeskAgentsLinkOrMerge() throws Exception {
        var tickets = new TicketFixtures(context);
        var unit = tickets.people().aUnit();
        var worked = tickets.aReceived(TicketKind.REQUEST).accepted().disposedTo(unit).acceptedByUnit().assigned();
        var other = tickets.aReceived(TicketKind.REQUEST);
        var technicianSession = login(worked.technician());

        mvc.perform(get("/petugas/tiket/" + worked.uuid()).session(technicianSession)).andExpect(status().isOk())
                .andExpect(content().string(not(containsString("id=\"merge-form\""))))
                .andExpect(content().string(not(containsString("/terkait\""))));
        postAs(technicianSession, "/petugas/tiket/" + worked.uuid() + "/terkait", "number", other.number()).andExpect(refusedOnStaffPage(worked.uuid(), NOT_ALLOWED));
        postAs(technicianSession, "/petugas/tiket/" + worked.uuid() + "/gabungkan", "number", other.number(), "version",
                version(worked.uuid())).andExpect(refusedOnStaffPage(worked.uuid(), NOT_ALLOWED));
        postAs(login(people.aRequester()), "/petugas/tiket/" + other.uuid() + "/gabungkan", "number", worked.number(), "version",
                version(other.uuid())).andExpect(status().isForbidden());
        assertThat(links(worked.uuid())).isZero();
        assertThat(statusOf(worked.uuid())).isEqualTo("DIPROSES");
        assertThat(statusOf(other.uuid())).isEqualTo("DITERIMA");
    }

    private org.springframework.test.web.servlet.ResultActions merge(org.springframework.mock.web.MockHttpSession session, UUID duplicate,
                                                                     String number) throws Exception {
        return postAs(session, "/petugas/tiket/" + duplicate + "/gabungkan", "number", number, "version", version(duplicate));
    }

    private List<String> entries(UUID ticket, String type) {
        return jdbc.sql("SELECT visibility || ':' || text FROM ticket_events WHERE ticket_id = :id AND type = :type ORDER BY at, seq")
                .param("id", ticket).param("type", type).query(String.class).list();
    }

    private long links(UUID ticket) {
        return jdbc.sql("SELECT count(*) FROM ticket_links WHERE ticket_id = :id OR other_id = :id").param("id", ticket)
                .query(Long.class).single();
    }
}
