package id.simlayan.ticket;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import id.simlayan.catalog.ServiceOfferingView;
import id.simlayan.catalog.TicketKind;
import id.simlayan.identity.UnitId;
import id.simlayan.sla.SlaPolicyFixtures;
import id.simlayan.standard.StandardFixtures;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.ResultActions;

/**
 * The seed procedures run as their workflow definitions, through the staff page's step forms
 * ({@code /petugas/tiket/{id}/langkah/{step}}), the hand-off answers and the requester's page:
 * each branch and return the seed draws, who may take which step (403), who may not see the
 * ticket at all (404), and that a missing requirement saves nothing (400).
 */
class WorkflowProceduresIntegrationTests extends TicketTestSupport {

    @Autowired
    ApplicationContext context;

    @Test
    void batikNetLightAndHeavyDamageWithTheApprovalOfThePersonInCharge() throws Exception {
        var service = serviceWith("batiknet-gangguan");
        var agent = login(people.anAgent());
        UnitId team = people.aUnit();
        var teamAdmin = login(people.aUnitAdmin(team));
        var supervisor = login(people.aSupervisor(team));
        var technicianAccount = people.aTechnician(team);
        var technician = login(technicianAccount);
        var outsider = login(people.aUnitAdmin(people.aUnit()));

        // heavy damage
        UUID heavy = submit(login(people.aRequester()), service, "Batik.Net putus di kantor kecamatan");
        assertThat(stage(heavy)).isEqualTo("diterima");
        long entries = timelineSize(heavy);
        step(agent, heavy, "terima-surat").andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("Nomor rujukan (ID pelacakan LAPOR! atau nomor surat) wajib diisi")));
        assertThat(timelineSize(heavy)).isEqualTo(entries);
        assertThat(stage(heavy)).isEqualTo("diterima");
        // the general procedure's endpoint has no step in this definition
        postAs(agent, "/petugas/tiket/" + heavy + "/terima", "version", version(heavy)).andExpect(refusedOnStaffPage(heavy, NOT_ALLOWED));

        taken(step(agent, heavy, "terima-surat", "externalReference", "005/301/KEC/2026"));
        assertThat(stage(heavy)).isEqualTo("disposisi");
        assertThat(statusOf(heavy)).isEqualTo("VERIFIKASI");
        taken(step(agent, heavy, "disposisi-tim-teknis", "targetUnit", team.value().toString(), "reason", "Mohon dicek."));
        assertThat(stage(heavy)).isEqualTo("pengecekan");
        assertThat(statusOf(heavy)).isEqualTo("DIPROSES");
        mvc.perform(get("/petugas/tiket/" + heavy).session(outsider)).andExpect(status().isNotFound());
        taken(postAs(teamAdmin, "/petugas/tiket/" + heavy + "/disposisi/terima", "version", version(heavy)));
        taken(step(teamAdmin, heavy, "tugaskan", "assignee", technicianAccount.userId().value().toString()));

        // the diagram and the text list mark the current stage; only the technician's steps are offered to the technician
        mvc.perform(get("/petugas/tiket/" + heavy).session(technician)).andExpect(status().isOk())
                .andExpect(content().string(containsString("Langkah berikutnya")))
                .andExpect(content().string(containsString("/langkah/kerusakan-berat")))
                .andExpect(content().string(not(containsString("/langkah/tugaskan"))))
                .andExpect(content().string(containsString("(tahap sekarang)")))
                .andExpect(content().string(containsString("<svg")));
        step(teamAdmin, heavy, "kerusakan-ringan").andExpect(refusedOnStaffPage(heavy, NOT_ALLOWED));

        taken(step(technician, heavy, "kerusakan-berat"));
        step(technician, heavy, "ajukan-peralatan").andExpect(status().isBadRequest());
        assertThat(stage(heavy)).isEqualTo("kebutuhan-peralatan");
        taken(step(technician, heavy, "ajukan-peralatan", "equipmentList", "1 media converter; 2 patch cord"));
        assertThat(stage(heavy)).isEqualTo("persetujuan");
        step(technician, heavy, "setujui").andExpect(refusedOnStaffPage(heavy, NOT_ALLOWED));
        taken(step(supervisor, heavy, "setujui"));
        assertThat(stage(heavy)).isEqualTo("perbaikan");
        taken(step(technician, heavy, "laporkan-hasil", "publicText", "Media converter diganti, koneksi normal."));
        assertThat(stage(heavy)).isEqualTo("berita-acara");
        // closure needs a berita acara confirmed by the reporting OPD (module worklog): refused, nothing changes
        step(technician, heavy, "selesaikan", "publicText", "Selesai.")
                .andExpect(refusedOnStaffPage(heavy, "Berita acara serah terima belum dikonfirmasi oleh OPD pelapor"));
        assertThat(stage(heavy)).isEqualTo("berita-acara");
        assertThat(recordedSteps(heavy)).containsExactly("terima-surat", "disposisi-tim-teknis", "tugaskan", "kerusakan-berat",
                "ajukan-peralatan", "setujui", "laporkan-hasil");

        // light damage: repaired at once
        UUID light = submit(login(people.aRequester()), service, "Batik.Net lambat");
        taken(step(agent, light, "terima-surat", "externalReference", "005/302/KEC/2026"));
        taken(step(agent, light, "disposisi-tim-teknis", "targetUnit", team.value().toString(), "reason", "Mohon dicek."));
        taken(postAs(teamAdmin, "/petugas/tiket/" + light + "/disposisi/terima", "version", version(light)));
        taken(step(teamAdmin, light, "tugaskan", "assignee", technicianAccount.userId().value().toString()));
        taken(step(technician, light, "kerusakan-ringan"));
        assertThat(stage(light)).isEqualTo("perbaikan");
    }

    @Test
    void sp4nLaporReturnsToTheNationalAdminAndToDiskominfoSendsTheResultBackAndRecordsTheVerdict() throws Exception {
        var service = serviceWith("sp4n-lapor");
        var agent = login(people.anAgent());
        UnitId opd = people.aUnit();
        var opdAdmin = login(people.aUnitAdmin(opd));
        var otherOpdAdmin = login(people.aUnitAdmin(people.aUnit()));

        // not within Diskominfo's authority: back to the national admin
        UUID returned = submit(login(people.aRequester()), service, "Aduan di luar kewenangan");
        taken(step(agent, returned, "mulai-verifikasi", "externalReference", "LAPOR-1001"));
        step(agent, returned, "kembalikan-nasional", "externalReference", "LAPOR-1001").andExpect(status().isBadRequest());
        taken(step(agent, returned, "kembalikan-nasional", "externalReference", "LAPOR-1001", "reason", "Kewenangan pemerintah pusat."));
        assertThat(stage(returned)).isEqualTo("dikembalikan-nasional");
        assertThat(statusOf(returned)).isEqualTo("DITOLAK");

        var requester = login(people.aRequester());
        UUID id = submit(requester, service, "Jalan rusak di depan sekolah");
        taken(step(agent, id, "mulai-verifikasi", "externalReference", "LAPOR-1002"));
        taken(step(agent, id, "teruskan-opd", "targetUnit", opd.value().toString(), "reason", "Mohon ditindaklanjuti."));
        mvc.perform(get("/petugas/tiket/" + id).session(otherOpdAdmin)).andExpect(status().isNotFound());
        step(otherOpdAdmin, id, "laporkan-hasil", "publicText", "x").andExpect(status().isNotFound());
        // the OPD returns it: back to Diskominfo's verification
        taken(postAs(opdAdmin, "/petugas/tiket/" + id + "/disposisi/kembalikan", "version", version(id), "text", "Bukan tugas kami."));
        assertThat(stage(id)).isEqualTo("verifikasi-kewenangan");
        assertThat(statusOf(id)).isEqualTo("VERIFIKASI");

        taken(step(agent, id, "teruskan-opd", "targetUnit", opd.value().toString(), "reason", "Mohon ditindaklanjuti lagi."));
        taken(postAs(opdAdmin, "/petugas/tiket/" + id + "/disposisi/terima", "version", version(id)));
        step(agent, id, "laporkan-hasil", "publicText", "x").andExpect(refusedOnStaffPage(id, NOT_ALLOWED));
        taken(step(opdAdmin, id, "laporkan-hasil", "publicText", "Jalan sudah ditambal."));
        assertThat(stage(id)).isEqualTo("konfirmasi-dinkominfo");
        // Diskominfo sends the result back, the OPD reports again
        taken(step(agent, id, "kirim-balik-opd", "reason", "Lampirkan foto hasil."));
        assertThat(stage(id)).isEqualTo("tindak-lanjut-opd");
        taken(step(opdAdmin, id, "laporkan-hasil", "publicText", "Jalan sudah ditambal, foto terlampir."));
        taken(step(agent, id, "konfirmasi-hasil"));
        // the national admin does not accept the result: back to Diskominfo
        taken(step(agent, id, "hasil-tidak-sesuai", "externalReference", "LAPOR-1002", "reason", "Belum sesuai."));
        assertThat(stage(id)).isEqualTo("konfirmasi-dinkominfo");
        taken(step(agent, id, "konfirmasi-hasil"));
        taken(step(agent, id, "hasil-sesuai", "externalReference", "LAPOR-1002"));
        assertThat(stage(id)).isEqualTo("diterima-pelapor");
        assertThat(statusOf(id)).isEqualTo("SELESAI");
        // the requester sees public statuses only, and confirms
        mvc.perform(get("/lacak/" + id).session(requester)).andExpect(status().isOk())
                .andExpect(content().string(not(containsString("konfirmasi-dinkominfo"))));
        taken(postAs(requester, "/lacak/" + id + "/konfirmasi", "version", version(id)));
        assertThat(stage(id)).isEqualTo("ditutup");
        assertThat(statusOf(id)).isEqualTo("DITUTUP");
    }

    @Test
    void informationRequestIsExtendedRefusedWithItsExemptionGroundAndTheObjectionIsAnswered() throws Exception {
        var service = serviceWith("informasi-publik");
        var timeLimits = new SlaPolicyFixtures(context);
        timeLimits.workingDaysPolicyWithExtension(service, "PPID " + service.code(), 10, 7);
        var agent = login(people.anAgent());
        var superior = people.aSupervisor(people.frontDesk());
        var requesterAccount = people.aRequester();
        var requester = login(requesterAccount);
        UUID id = submit(requester, service, "Salinan kontrak pengadaan");
        timeLimits.awaitResolutionDue(new TicketId(id));

        taken(step(agent, id, "periksa"));
        Instant due = timeLimits.resolutionDue(new TicketId(id));
        // the step is the extension: the resolution limit moves with the stage, in the same transaction
        taken(step(agent, id, "perpanjang", "reason", "Informasi perlu dihimpun dari tiga bidang."));
        assertThat(stage(id)).isEqualTo("diperpanjang");
        assertThat(timeLimits.resolutionDue(new TicketId(id))).isAfter(due);
        Instant extended = timeLimits.resolutionDue(new TicketId(id));
        postAs(agent, "/petugas/sla/" + id + "/perpanjangan", "reason", "Sekali lagi.").andExpect(status().isConflict())
                .andExpect(content().string(containsString("sudah pernah diperpanjang")));
        assertThat(timeLimits.resolutionDue(new TicketId(id))).isEqualTo(extended);
        long entries = timelineSize(id);
        step(agent, id, "ditolak", "publicText", "Ditolak.").andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("Dasar pengecualian informasi")));
        assertThat(timelineSize(id)).isEqualTo(entries);
        taken(step(agent, id, "ditolak", "publicText", "Informasi dikecualikan.", "exemptionGround", "Pasal 17 huruf b"));
        assertThat(stage(id)).isEqualTo("permohonan-ditolak");
        assertThat(statusOf(id)).isEqualTo("DITOLAK");
        assertThat(jdbc.sql("SELECT exemption_ground FROM ticket_step_records WHERE ticket_id = :id AND step_key = 'ditolak'")
                .param("id", id).query(String.class).single()).isEqualTo("Pasal 17 huruf b");

        // the requester objects from the tracking page, which shows public statuses only
        mvc.perform(get("/lacak/" + id).session(requester)).andExpect(status().isOk())
                .andExpect(content().string(containsString("/lacak/" + id + "/langkah/ajukan-keberatan")))
                .andExpect(content().string(not(containsString("permohonan-ditolak"))));
        postAs(requester, "/lacak/" + id + "/langkah/ajukan-keberatan", "version", version(id)).andExpect(status().isBadRequest());
        assertThat(stage(id)).isEqualTo("permohonan-ditolak");
        taken(postAs(requester, "/lacak/" + id + "/langkah/ajukan-keberatan", "version", version(id), "reason", "Informasi itu terbuka."));
        assertThat(stage(id)).isEqualTo("keberatan");
        // the objection goes to the PPID's superior, not to the agent
        step(agent, id, "jawab-keberatan", "publicText", "x").andExpect(refusedOnStaffPage(id, NOT_ALLOWED));
        taken(step(login(superior), id, "jawab-keberatan", "publicText", "Keberatan diterima; salinan diberikan."));
        assertThat(stage(id)).isEqualTo("keberatan-dijawab");
        assertThat(statusOf(id)).isEqualTo("SELESAI");
    }

    @Test
    void aStepOfAnotherStageIsRefusedAndAStaleFormChangesNothing() throws Exception {
        var service = serviceWith("informasi-publik");
        var agent = login(people.anAgent());
        UUID id = submit(login(people.aRequester()), service, "Daftar aset");
        String shown = version(id);
        step(agent, id, "diberikan", "publicText", "x").andExpect(refusedOnStaffPage(id, "tidak tersedia pada tahap tiket sekarang"));
        taken(step(agent, id, "periksa"));
        postAs(agent, "/petugas/tiket/" + id + "/langkah/perpanjang", "version", shown, "reason", "x")
                .andExpect(refusedOnStaffPage(id, "baru saja diubah oleh orang lain"));
        assertThat(stage(id)).isEqualTo("pertimbangan");
    }

    private ServiceOfferingView serviceWith(String template) throws Exception {
        var service = aService(TicketKind.REQUEST);
        var today = LocalDate.ofInstant(clock.instant(), ZoneId.of("Asia/Jakarta"));
        new StandardFixtures(context).publishWithWorkflow(login(people.anAdmin()), service.code(), template, List.of(), today);
        return service;
    }

    private ResultActions step(MockHttpSession session, UUID id, String stepKey, String... params) throws Exception {
        var all = new ArrayList<String>(List.of("version", version(id)));
        all.addAll(List.of(params));
        return postAs(session, "/petugas/tiket/" + id + "/langkah/" + stepKey, all.toArray(String[]::new));
    }

    private static void taken(ResultActions result) throws Exception {
        result.andExpect(status().is3xxRedirection())
                .andExpect(r -> assertThat(r.getFlashMap().get("flash")).as("success message, not a refusal").isNotNull());
    }

    private String stage(UUID id) {
        return jdbc.sql("SELECT workflow_stage FROM tickets WHERE id = :id").param("id", id).query(String.class).single();
    }

    private List<String> recordedSteps(UUID id) {
        return jdbc.sql("""
                        SELECT r.step_key FROM ticket_step_records r JOIN ticket_events e ON e.id = r.event_id
                        WHERE r.ticket_id = :id ORDER BY e.at, e.seq""")
                .param("id", id).query(String.class).list();
    }
}
