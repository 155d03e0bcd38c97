package id.simlayan.ticket;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import id.simlayan.audit.AuditLog;
import id.simlayan.catalog.TicketKind;
import id.simlayan.identity.UnitId;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;

/** Who may see and act on which ticket: answered with 404 (never someone else's data) and audited. */
class TicketAuthorisationIntegrationTests extends TicketTestSupport {

    @Autowired
    AuditLog audit;

    @Test
    void aRequesterCannotReadOrActOnSomeoneElsesTicketAndTheAttemptIsAudited() throws Exception {
        var service = aService(TicketKind.REQUEST);
        var owner = login(people.aRequester());
        var stranger = people.aRequester();
        var strangerSession = login(stranger);
        UUID id = submit(owner, service, "Data pribadi pemilik");

        mvc.perform(get("/lacak/" + id).session(strangerSession))
                .andExpect(status().isNotFound())
                .andExpect(content().string(not(containsString("Data pribadi pemilik"))));
        mvc.perform(get("/lacak/" + id + "/live").session(strangerSession)).andExpect(status().isNotFound());
        long entries = timelineSize(id);
        postAs(strangerSession, "/lacak/" + id + "/balas", "text", "Saya bukan pemiliknya.").andExpect(status().isNotFound());
        assertThat(timelineSize(id)).isEqualTo(entries);

        assertThat(audit.entriesFor("TICKET", id.toString(), 10))
                .filteredOn(e -> e.actorId().equals(stranger.userId().value()))
                .hasSizeGreaterThanOrEqualTo(3)
                .allMatch(e -> e.outcome() == AuditLog.Outcome.DENIED);
        mvc.perform(get("/lacak").session(strangerSession)).andExpect(content().string(not(containsString(number(id)))));
    }

    @Test
    void aRequesterCannotDownloadSomeoneElsesAttachmentButMayDownloadTheirOwn() throws Exception {
        var service = aService(TicketKind.COMPLAINT);
        var owner = login(people.aRequester());
        var stranger = people.aRequester();
        UUID id = submit(owner, service, "Aduan dengan bukti", png("bukti-pemilik.png"));
        UUID attachment = jdbc.sql("SELECT id FROM ticket_attachments WHERE ticket_id = :id").param("id", id).query(UUID.class).single();

        mvc.perform(get("/lampiran/" + attachment).session(owner))
                .andExpect(status().isOk())
                .andExpect(content().contentType("image/png"));
        mvc.perform(get("/lampiran/" + attachment).session(login(stranger))).andExpect(status().isNotFound());
        assertThat(audit.entriesFor("ATTACHMENT", attachment.toString(), 5))
                .anyMatch(e -> e.actorId().equals(stranger.userId().value()) && e.outcome() == AuditLog.Outcome.DENIED);
    }

    @Test
    void aUnitAdminCannotDecideOrAssignADispositionToAnotherUnit() throws Exception {
        var service = aService(TicketKind.REQUEST);
        var requester = login(people.aRequester());
        var agent = login(people.anAgent());
        UnitId unitX = people.aUnit();
        UnitId unitY = people.aUnit();
        var adminX = people.aUnitAdmin(unitX);
        var adminXSession = login(adminX);
        var adminYSession = login(people.aUnitAdmin(unitY));
        var technicianY = people.aTechnician(unitY);
        UUID id = submit(requester, service, "Disposisi ke unit Y");
        String base = "/petugas/tiket/" + id;
        postAs(agent, base + "/terima", "version", version(id)).andExpect(status().is3xxRedirection());
        postAs(agent, base + "/disposisi", "version", version(id), "unitId", unitY.value().toString(), "instruction", "Untuk unit Y")
                .andExpect(status().is3xxRedirection());

        // unit X never received it: the ticket does not exist for its admin
        mvc.perform(get(base).session(adminXSession)).andExpect(status().isNotFound());
        postAs(adminXSession, base + "/disposisi/terima", "version", version(id)).andExpect(status().isNotFound());
        postAs(adminXSession, base + "/disposisi/kembalikan", "version", version(id), "text", "Bukan untuk kami").andExpect(status().isNotFound());
        assertThat(pendingDispositions(id)).isEqualTo(1);

        postAs(adminYSession, base + "/disposisi/terima", "version", version(id)).andExpect(status().is3xxRedirection());
        postAs(adminXSession, base + "/tugaskan", "version", version(id), "technicianId", technicianY.userId().value().toString())
                .andExpect(status().isNotFound());
        assertThat(holderKind(id)).isEqualTo("UNIT");
        assertThat(audit.entriesFor("TICKET", id.toString(), 20))
                .filteredOn(e -> e.actorId().equals(adminX.userId().value()))
                .hasSizeGreaterThanOrEqualTo(4);
    }

    @Test
    void anAdminOfAUnitThatReturnedTheTicketSeesItButMayNoLongerDecide() throws Exception {
        var service = aService(TicketKind.REQUEST);
        var requester = login(people.aRequester());
        var agent = login(people.anAgent());
        UnitId unitX = people.aUnit();
        UnitId unitY = people.aUnit();
        var adminXSession = login(people.aUnitAdmin(unitX));
        UUID id = submit(requester, service, "Dikembalikan lalu ke unit lain");
        String base = "/petugas/tiket/" + id;
        postAs(agent, base + "/terima", "version", version(id));
        postAs(agent, base + "/disposisi", "version", version(id), "unitId", unitX.value().toString(), "instruction", "X");
        postAs(adminXSession, base + "/disposisi/kembalikan", "version", version(id), "text", "Bukan kewenangan X")
                .andExpect(status().is3xxRedirection());
        postAs(agent, base + "/disposisi", "version", version(id), "unitId", unitY.value().toString(), "instruction", "Y");

        mvc.perform(get(base).session(adminXSession)).andExpect(status().isOk())
                .andExpect(content().string(not(containsString(base + "/balas"))))
                .andExpect(content().string(not(containsString(base + "/catatan"))));
        long entries = timelineSize(id);
        postAs(adminXSession, base + "/disposisi/terima", "version", version(id)).andExpect(refusedOnStaffPage(id, NOT_ALLOWED));
        postAs(adminXSession, base + "/balas", "text", "Balasan dari unit yang sudah mengembalikan").andExpect(refusedOnStaffPage(id, NOT_ALLOWED));
        postAs(adminXSession, base + "/catatan", "text", "Catatan dari unit yang sudah mengembalikan").andExpect(refusedOnStaffPage(id, NOT_ALLOWED));
        postAs(adminXSession, base + "/prioritas", "version", version(id), "priority", "URGENT").andExpect(refusedOnStaffPage(id, NOT_ALLOWED));
        assertThat(pendingDispositions(id)).isEqualTo(1);
        assertThat(timelineSize(id)).isEqualTo(entries);
    }

    @Test
    void aForgedUnitIdCannotDisposeToTheFrontDeskItselfOrToAnUnknownUnit() throws Exception {
        var agent = login(people.anAgent());
        UUID id = submit(login(people.aRequester()), aService(TicketKind.REQUEST), "Disposisi palsu");
        String base = "/petugas/tiket/" + id;
        postAs(agent, base + "/terima", "version", version(id)).andExpect(status().is3xxRedirection());
        long entries = timelineSize(id);

        for (UUID forged : new UUID[] {people.frontDesk().value(), UUID.randomUUID()}) {
            postAs(agent, base + "/disposisi", "version", version(id), "unitId", forged.toString(), "instruction", "Ke mana saja")
                    .andExpect(refusedOnStaffPage(id, "Pilih unit tujuan dari daftar"));
        }

        assertThat(timelineSize(id)).isEqualTo(entries);
        assertThat(holderKind(id)).isEqualTo("FRONT_DESK");
        assertThat(jdbc.sql("SELECT count(*) FROM dispositions WHERE ticket_id = :id").param("id", id).query(Long.class).single()).isZero();
    }

    @Test
    void aTechnicianCannotActOnATicketNotAssignedToThem() throws Exception {
        var service = aService(TicketKind.REQUEST);
        var requester = login(people.aRequester());
        var agent = login(people.anAgent());
        UnitId unit = people.aUnit();
        var admin = login(people.aUnitAdmin(unit));
        var assigned = people.aTechnician(unit);
        var other = login(people.aTechnician(unit));
        UUID id = submit(requester, service, "Hanya untuk teknisi yang ditugaskan");
        String base = "/petugas/tiket/" + id;
        postAs(agent, base + "/terima", "version", version(id));
        postAs(agent, base + "/disposisi", "version", version(id), "unitId", unit.value().toString(), "instruction", "Tangani");
        postAs(admin, base + "/disposisi/terima", "version", version(id));
        postAs(admin, base + "/tugaskan", "version", version(id), "technicianId", assigned.userId().value().toString())
                .andExpect(status().is3xxRedirection());

        mvc.perform(get(base).session(other)).andExpect(status().isNotFound());
        postAs(other, base + "/selesaikan", "version", version(id), "text", "Bukan tugas saya").andExpect(status().isNotFound());
        assertThat(statusOf(id)).isEqualTo("DIPROSES");
        mvc.perform(get("/petugas/tugas").session(other)).andExpect(content().string(not(containsString(number(id)))));
    }

    @Test
    void aTechnicianMustBelongToTheUnitToBeAssigned() throws Exception {
        var service = aService(TicketKind.REQUEST);
        var requester = login(people.aRequester());
        var agent = login(people.anAgent());
        UnitId unit = people.aUnit();
        var admin = login(people.aUnitAdmin(unit));
        var outsider = people.aTechnician(people.aUnit());
        UUID id = submit(requester, service, "Teknisi unit lain");
        String base = "/petugas/tiket/" + id;
        postAs(agent, base + "/terima", "version", version(id));
        postAs(agent, base + "/disposisi", "version", version(id), "unitId", unit.value().toString(), "instruction", "Tangani");
        postAs(admin, base + "/disposisi/terima", "version", version(id));

        postAs(admin, base + "/tugaskan", "version", version(id), "technicianId", outsider.userId().value().toString())
                .andExpect(refusedOnStaffPage(id, "bukan teknisi unit ini"));
        assertThat(holderKind(id)).isEqualTo("UNIT");
    }

    @Test
    void aRequesterCannotReachTheStaffPages() throws Exception {
        MockHttpSession requester = login(people.aRequester());
        for (String page : new String[] {"/petugas/antrean", "/petugas/unit", "/petugas/tugas", "/petugas/tiket/" + UUID.randomUUID()}) {
            mvc.perform(get(page).session(requester)).andExpect(status().isForbidden());
        }
    }

    @Test
    void onlyFrontDeskAgentsSeeTheQueue() throws Exception {
        var unitAdmin = login(people.aUnitAdmin(people.aUnit()));
        mvc.perform(get("/petugas/antrean").session(unitAdmin)).andExpect(status().isForbidden());
    }

    private long pendingDispositions(UUID id) {
        return jdbc.sql("SELECT count(*) FROM dispositions WHERE ticket_id = :id AND status = 'PENDING'").param("id", id)
                .query(Long.class).single();
    }

    private String holderKind(UUID id) {
        return jdbc.sql("SELECT holder_kind FROM tickets WHERE id = :id").param("id", id).query(String.class).single();
    }
}
