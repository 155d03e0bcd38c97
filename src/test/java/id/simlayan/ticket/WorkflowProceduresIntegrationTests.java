package id.simlayan.ticket;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import id.simlayan.identity.UnitId;
import id.simlayan.sla.SlaPolicyFixtures;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The seed procedures run as their workflow definitions, through the staff page's step forms
 * ({@code /petugas/tiket/{id}/langkah/{step}}), the hand-off answers and the requester's page:
 * each branch and return the seed draws, who may take which step (403), who may not see the
 * ticket at all (404), and that a missing requirement saves nothing (400).
 */
class WorkflowProceduresIntegrationTests extends TicketTestSupport {

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
        // closure needs the berita acara confirmed by the reporting OPD (module worklog), none yet: refused, nothing changes
        step(technician, heavy, "selesaikan", "publicText", "Selesai.")
                .andExpect(refusedOnStaffPage(heavy, "Berita acara serah terima belum dikonfirmasi"));
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

    @Test
    void serviceDeskSolvedAtOnceIsAFirstContactResolutionThatTheRequesterConfirms() throws Exception {
        var service = serviceWith("service-desk");
        var agent = login(people.anAgent());
        var requester = login(people.aRequester());
        UUID id = submit(requester, service, "Lupa kata sandi e-Budgeting");

        taken(step(agent, id, "telaah"));
        assertThat(stage(id)).isEqualTo("dapat-diselesaikan");
        step(agent, id, "selesaikan-langsung").andExpect(status().isBadRequest());
        assertThat(stage(id)).isEqualTo("dapat-diselesaikan");
        taken(step(agent, id, "selesaikan-langsung", "publicText", "Kata sandi sudah diatur ulang, silakan masuk kembali."));
        assertThat(stage(id)).isEqualTo("selesai");
        assertThat(statusOf(id)).isEqualTo("SELESAI");
        // solved at the first contact: recorded as such, never handed to a unit
        assertThat(jdbc.sql("SELECT kind FROM ticket_step_records WHERE ticket_id = :id AND step_key = 'selesaikan-langsung'")
                .param("id", id).query(String.class).single()).isEqualTo("SOLVE_AT_ONCE");
        assertThat(jdbc.sql("SELECT count(*) FROM dispositions WHERE ticket_id = :id").param("id", id).query(Long.class).single()).isZero();
        assertThat(jdbc.sql("SELECT count(*) FROM ticket_events WHERE ticket_id = :id AND type = 'DISPOSED'").param("id", id)
                .query(Long.class).single()).isZero();
        assertThat(recordedSteps(id)).containsExactly("telaah", "selesaikan-langsung");
        mvc.perform(get("/lacak/" + id).session(requester)).andExpect(status().isOk())
                .andExpect(content().string(containsString("Kata sandi sudah diatur ulang")));

        taken(postAs(requester, "/lacak/" + id + "/konfirmasi", "version", version(id)));
        assertThat(stage(id)).isEqualTo("ditutup");
        assertThat(statusOf(id)).isEqualTo("DITUTUP");
    }

    @Test
    void serviceDeskForwardedThroughAllThreeTiersWithAReturnAndEachUnitsShare() throws Exception {
        var service = serviceWith("service-desk");
        var agent = login(people.anAgent());
        UnitId application = people.aUnit();
        UnitId change = people.aUnit();
        UnitId security = people.aUnit();
        UnitId operations = people.aUnit();
        var applicationAdmin = login(people.aUnitAdmin(application));
        var technicianAccount = people.aTechnician(application);
        var technician = login(technicianAccount);
        var changeAdmin = login(people.aUnitAdmin(change));
        var securityAdmin = login(people.aUnitAdmin(security));
        var operationsAdmin = login(people.aUnitAdmin(operations));
        var requester = login(people.aRequester());
        UUID id = submit(requester, service, "e-Penatausahaan gagal menyimpan SPJ");

        clock.advance(Duration.ofMinutes(10));
        taken(step(agent, id, "telaah"));
        step(agent, id, "buat-tiket", "reason", "Perlu tim aplikasi.").andExpect(status().isBadRequest());
        clock.advance(Duration.ofMinutes(10));
        taken(step(agent, id, "buat-tiket", "targetUnit", application.value().toString(), "reason", "Perlu tim aplikasi."));
        assertThat(stage(id)).isEqualTo("eksekusi");
        assertThat(statusOf(id)).isEqualTo("DIPROSES");
        // the front desk handed it on: it still reads the ticket but takes no step of the unit
        step(agent, id, "solusi", "publicText", "x").andExpect(refusedOnStaffPage(id, NOT_ALLOWED));
        // nothing is offered until the unit accepts
        step(applicationAdmin, id, "delegasikan", "assignee", technicianAccount.userId().value().toString())
                .andExpect(refusedOnStaffPage(id, "disposisi"));
        clock.advance(Duration.ofMinutes(10));
        taken(postAs(applicationAdmin, "/petugas/tiket/" + id + "/disposisi/terima", "version", version(id)));
        clock.advance(Duration.ofMinutes(10));
        taken(step(applicationAdmin, id, "delegasikan", "assignee", technicianAccount.userId().value().toString()));
        assertThat(stage(id)).isEqualTo("eksekusi");

        // tier 2, change management, returns it with a reason: back to the technician in "eksekusi"
        clock.advance(Duration.ofMinutes(10));
        taken(step(technician, id, "ke-perubahan", "targetUnit", change.value().toString(), "reason", "Perlu perubahan konfigurasi."));
        assertThat(stage(id)).isEqualTo("perubahan");
        postAs(changeAdmin, "/petugas/tiket/" + id + "/disposisi/kembalikan", "version", version(id), "text", " ")
                .andExpect(status().isBadRequest());
        assertThat(stage(id)).isEqualTo("perubahan");
        clock.advance(Duration.ofMinutes(10));
        taken(postAs(changeAdmin, "/petugas/tiket/" + id + "/disposisi/kembalikan", "version", version(id), "text", "Lengkapi log galat dulu."));
        assertThat(stage(id)).isEqualTo("eksekusi");
        assertThat(statusOf(id)).isEqualTo("DIPROSES");
        clock.advance(Duration.ofMinutes(10));
        taken(step(technician, id, "ke-perubahan", "targetUnit", change.value().toString(), "reason", "Log galat terlampir."));
        clock.advance(Duration.ofMinutes(10));
        taken(postAs(changeAdmin, "/petugas/tiket/" + id + "/disposisi/terima", "version", version(id)));
        // the application team handed it on: its technician no longer sees it (assigned no more), its admin sees it but may not act
        mvc.perform(get("/petugas/tiket/" + id).session(technician)).andExpect(status().isNotFound());
        step(technician, id, "ke-keamanan", "targetUnit", security.value().toString(), "reason", "x").andExpect(status().isNotFound());
        mvc.perform(get("/petugas/tiket/" + id).session(applicationAdmin)).andExpect(status().isOk());
        step(applicationAdmin, id, "ke-keamanan", "targetUnit", security.value().toString(), "reason", "x")
                .andExpect(refusedOnStaffPage(id, NOT_ALLOWED));
        assertThat(stage(id)).isEqualTo("perubahan");

        // tier 3, information security
        clock.advance(Duration.ofMinutes(10));
        taken(step(changeAdmin, id, "ke-keamanan", "targetUnit", security.value().toString(), "reason", "Dugaan celah keamanan."));
        clock.advance(Duration.ofMinutes(10));
        taken(postAs(securityAdmin, "/petugas/tiket/" + id + "/disposisi/terima", "version", version(id)));
        assertThat(stage(id)).isEqualTo("keamanan");
        step(changeAdmin, id, "teruskan-operasional", "targetUnit", operations.value().toString(), "reason", "x")
                .andExpect(refusedOnStaffPage(id, NOT_ALLOWED));

        // not solved there: operations and system design gives the solution
        clock.advance(Duration.ofMinutes(10));
        taken(step(securityAdmin, id, "teruskan-operasional", "targetUnit", operations.value().toString(), "reason", "Perlu desain ulang."));
        clock.advance(Duration.ofMinutes(10));
        taken(postAs(operationsAdmin, "/petugas/tiket/" + id + "/disposisi/terima", "version", version(id)));
        assertThat(stage(id)).isEqualTo("operasional");
        step(securityAdmin, id, "solusi", "publicText", "x").andExpect(refusedOnStaffPage(id, NOT_ALLOWED));
        clock.advance(Duration.ofMinutes(10));
        taken(step(operationsAdmin, id, "solusi", "publicText", "Modul SPJ diperbaiki; silakan simpan ulang."));
        assertThat(stage(id)).isEqualTo("selesai");
        assertThat(statusOf(id)).isEqualTo("SELESAI");
        assertThat(recordedSteps(id)).containsExactly("telaah", "buat-tiket", "delegasikan", "ke-perubahan", "ke-perubahan", "ke-keamanan",
                "teruskan-operasional", "solusi");

        // each unit's share of the time (OLA): one per hand-off, ended when the unit returned it, handed it on or it was solved
        var units = List.of(application.value(), change.value(), change.value(), security.value(), operations.value());
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
            var shares = jdbc.sql("SELECT unit_id, until_at IS NOT NULL AS ended FROM sla_unit_shares WHERE ticket_id = :id ORDER BY seq")
                    .param("id", id).query((rs, n) -> Map.entry(rs.getObject(1, UUID.class), rs.getBoolean(2))).list();
            assertThat(shares).extracting(Map.Entry::getKey).containsExactlyElementsOf(units);
            assertThat(shares).extracting(Map.Entry::getValue).containsOnly(true);
        });
        var shares = jdbc.sql("SELECT from_at, until_at FROM sla_unit_shares WHERE ticket_id = :id ORDER BY seq").param("id", id)
                .query((rs, n) -> new Instant[] {rs.getTimestamp(1).toInstant(), rs.getTimestamp(2).toInstant()}).list();
        assertThat(shares.get(0)[1]).as("the application team's share ends when it hands the ticket on, not at the solution")
                .isEqualTo(shares.get(2)[0]);
        assertThat(shares.get(1)[1]).as("the returned hand-off ends at its return").isBefore(shares.get(2)[0]);
        assertThat(shares.get(2)[1]).as("change management's share").isEqualTo(shares.get(3)[0]);
        assertThat(shares.get(3)[1]).as("information security's share").isEqualTo(shares.get(4)[0]);
        assertThat(shares.get(4)[1]).as("operations' share ends at the solution").isAfter(shares.get(4)[0]);
    }

    @Test
    void serviceDeskAsksTheRequesterAndRejects() throws Exception {
        var service = serviceWith("service-desk");
        var agent = login(people.anAgent());
        var requester = login(people.aRequester());
        UUID id = submit(requester, service, "Akun LaporanGub terkunci");

        taken(step(agent, id, "telaah"));
        taken(step(agent, id, "minta-kelengkapan", "publicText", "Sebutkan NIP dan nama akun."));
        assertThat(stage(id)).isEqualTo("menunggu-pemohon");
        assertThat(statusOf(id)).isEqualTo("MENUNGGU_PEMOHON");
        mvc.perform(get("/lacak/" + id).session(requester)).andExpect(status().isOk())
                .andExpect(content().string(containsString("/lacak/" + id + "/jawab")));
        taken(postAs(requester, "/lacak/" + id + "/jawab", "version", version(id), "text", "NIP 198001012005011001, akun budi.s"));
        assertThat(stage(id)).isEqualTo("dapat-diselesaikan");
        assertThat(statusOf(id)).isEqualTo("VERIFIKASI");

        step(agent, id, "tolak").andExpect(status().isBadRequest());
        assertThat(stage(id)).isEqualTo("dapat-diselesaikan");
        taken(step(agent, id, "tolak", "reason", "Akun bukan milik pemohon."));
        assertThat(stage(id)).isEqualTo("ditolak");
        assertThat(statusOf(id)).isEqualTo("DITOLAK");
        assertThat(recordedSteps(id)).containsExactly("telaah", "minta-kelengkapan", "lengkapi", "tolak");
    }

    @Test
    void helpDeskReCategorisesEscalatesToTheLeaderAndSendsTheResultBackOnce() throws Exception {
        var service = serviceWith("help-desk");
        var agent = login(people.anAgent());
        var leader = login(people.aSupervisor(people.frontDesk()));
        UnitId infrastructure = people.aUnit();
        var technicianAccount = people.aTechnician(infrastructure);
        var technician = login(technicianAccount);
        var requester = login(people.aRequester());
        UUID id = submit(requester, service, "Wi-Fi kantor kelurahan mati");
        UUID chosen = service.categories().getFirst().id().value();
        UUID corrected = service.categories().get(1).id().value();
        assertThat(categoryOf(id)).isEqualTo(chosen);

        taken(step(agent, id, "telaah"));
        assertThat(stage(id)).isEqualTo("telaah");
        // the admin corrects the category the requester chose (application → network)
        taken(step(agent, id, "kategorikan", "category", corrected.toString()));
        assertThat(categoryOf(id)).isEqualTo(corrected);
        assertThat(stage(id)).isEqualTo("telaah");
        assertThat(jdbc.sql("SELECT kind FROM ticket_step_records WHERE ticket_id = :id AND step_key = 'kategorikan'").param("id", id)
                .query(String.class).single()).isEqualTo("RECATEGORISE");

        taken(step(agent, id, "delegasikan", "assignee", technicianAccount.userId().value().toString()));
        assertThat(stage(id)).isEqualTo("penanganan");
        assertThat(statusOf(id)).isEqualTo("DIPROSES");
        assertThat(userNotified(id)).isFalse();
        step(technician, id, "beri-tahu").andExpect(status().isBadRequest());
        assertThat(userNotified(id)).isFalse();
        taken(step(technician, id, "beri-tahu", "publicText", "Teknisi menuju lokasi pukul 10.00."));
        assertThat(userNotified(id)).isTrue();
        mvc.perform(get("/lacak/" + id).session(requester)).andExpect(status().isOk())
                .andExpect(content().string(containsString("Teknisi menuju lokasi pukul 10.00.")));

        // not solved: reported to the leader (the front desk's supervisor), who decides; back with the technician
        taken(step(technician, id, "lapor-pimpinan", "reason", "Perangkat access point rusak, perlu pengadaan."));
        assertThat(stage(id)).isEqualTo("pimpinan");
        step(agent, id, "putuskan", "publicText", "x").andExpect(refusedOnStaffPage(id, NOT_ALLOWED));
        step(technician, id, "putuskan", "publicText", "x").andExpect(refusedOnStaffPage(id, NOT_ALLOWED));
        assertThat(stage(id)).isEqualTo("pimpinan");
        taken(step(leader, id, "putuskan", "publicText", "Gunakan access point cadangan dari gudang."));
        assertThat(stage(id)).isEqualTo("penanganan");

        // the result goes to the help-desk admin, who sends it back once
        taken(step(technician, id, "laporkan-hasil", "publicText", "Access point cadangan terpasang."));
        assertThat(stage(id)).isEqualTo("laporan");
        step(technician, id, "selesaikan", "publicText", "x").andExpect(refusedOnStaffPage(id, NOT_ALLOWED));
        step(agent, id, "kirim-balik").andExpect(status().isBadRequest());
        taken(step(agent, id, "kirim-balik", "reason", "Sertakan hasil uji kecepatan."));
        assertThat(stage(id)).isEqualTo("penanganan");
        taken(step(technician, id, "laporkan-hasil", "publicText", "Access point terpasang; kecepatan 50 Mbps."));
        taken(step(agent, id, "selesaikan", "publicText", "Jaringan Wi-Fi kelurahan normal kembali."));
        assertThat(stage(id)).isEqualTo("selesai");
        assertThat(statusOf(id)).isEqualTo("SELESAI");
        assertThat(recordedSteps(id)).containsExactly("telaah", "kategorikan", "delegasikan", "beri-tahu", "lapor-pimpinan", "putuskan",
                "laporkan-hasil", "kirim-balik", "laporkan-hasil", "selesaikan");
        // the unit of the technician held the ticket through the delegation, never through a hand-off
        assertThat(jdbc.sql("SELECT count(*) FROM dispositions WHERE ticket_id = :id").param("id", id).query(Long.class).single()).isZero();
    }

    @Test
    void helpDeskAdminSolvesDirectly() throws Exception {
        var service = serviceWith("help-desk");
        var agent = login(people.anAgent());
        UUID id = submit(login(people.aRequester()), service, "Lupa kata sandi e-mail dinas");
        taken(step(agent, id, "telaah"));
        taken(step(agent, id, "selesaikan-langsung", "publicText", "Kata sandi sudah diatur ulang."));
        assertThat(stage(id)).isEqualTo("selesai");
        assertThat(statusOf(id)).isEqualTo("SELESAI");
        assertThat(recordedSteps(id)).containsExactly("telaah", "selesaikan-langsung");
    }

    private UUID categoryOf(UUID id) {
        return jdbc.sql("SELECT category_id FROM tickets WHERE id = :id").param("id", id).query(UUID.class).single();
    }

    private boolean userNotified(UUID id) {
        return jdbc.sql("SELECT user_notified_at IS NOT NULL FROM tickets WHERE id = :id").param("id", id).query(Boolean.class).single();
    }
}
