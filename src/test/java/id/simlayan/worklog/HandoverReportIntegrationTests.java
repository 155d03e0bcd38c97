package id.simlayan.worklog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import id.simlayan.IntegrationTest;
import id.simlayan.audit.AuditLog;
import id.simlayan.catalog.TicketKind;
import id.simlayan.identity.IdentityFixtures.TestAccount;
import id.simlayan.standard.StandardFixtures;
import id.simlayan.ticket.TicketFixtures;
import id.simlayan.ticket.TicketFixtures.TicketInProgress;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * The handover report (berita acara) through its pages: generated from the work log as a
 * numbered PDF, kept with its SHA-256, superseded by a new version until the reporting OPD
 * confirms it (on line with name and NIP, or by a scan staff upload), and seen only by who may
 * see the ticket.
 */
class HandoverReportIntegrationTests extends IntegrationTest {

    private static final String VALID_NIP = "198609262015051001";

    @Autowired
    MockMvc mvc;
    @Autowired
    ApplicationContext context;
    @Autowired
    HandoverReports handoverReports;
    @Autowired
    AuditLog audit;
    @Autowired
    JdbcClient jdbc;

    TicketFixtures tickets;

    @BeforeEach
    void setUp() {
        tickets = new TicketFixtures(context);
    }

    @Test
    void generatesANumberedPdfWithTheWorkAndTheEquipmentKeptWithItsSha256() throws Exception {
        var t = assignedTicket();
        var technician = login(t.technician());
        String sw = "Switch 24 port " + unique();
        UUID item = addItem(sw, "unit");
        record(technician, t, "Mengganti switch yang terbakar", "uses[0].itemId", item.toString(), "uses[0].quantity", "2",
                "uses[0].serialNumbers", "SN-AX-0001\nSN-AX-0002", "uses[0].replacedItem", "Switch lama TP-Link SN TP-9");
        record(technician, t, "Catatan keliru yang dibatalkan");
        var wrong = context.getBean(WorkLog.class).entriesOf(t.id()).stream()
                .filter(e -> e.description().startsWith("Catatan keliru")).findFirst().orElseThrow();
        postAs(technician, "/petugas/tiket/" + t.uuid() + "/kerja/" + wrong.id().value() + "/batal", "reason", "Salah catat")
                .andExpect(status().is3xxRedirection());

        postAs(technician, "/petugas/tiket/" + t.uuid() + "/berita-acara")
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/petugas/tiket/" + t.uuid() + "#berita-acara"));

        var reports = reports(t);
        assertThat(reports).hasSize(1);
        var report = reports.getFirst();
        int year = clock.instant().atZone(java.time.ZoneId.of("Asia/Jakarta")).getYear();
        assertThat(report.number()).matches("BA/" + year + "/\\d{4}");
        assertThat(report.version()).isEqualTo(1);

        byte[] pdf = mvc.perform(get(reportUrl(t, report.id())).session(technician))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", "application/pdf"))
                .andReturn().getResponse().getContentAsByteArray();
        assertThat(sha256(pdf)).isEqualTo(report.sha256()).isEqualTo(storedSha256(report.fileId()));
        String text = text(pdf);
        assertThat(text).contains(report.number(), t.number(), "BERITA ACARA PENGGANTIAN PERALATAN JARINGAN LOKAL",
                "Mengganti switch yang terbakar", "SN-AX-0001", "SN-AX-0002", "Switch lama TP-Link SN TP-9");
        assertThat(text).contains(sw, "2 unit");
        assertThat(text).doesNotContain("Catatan keliru");

        mvc.perform(get("/petugas/tiket/" + t.uuid()).session(technician))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"berita-acara\"")))
                .andExpect(content().string(containsString(report.number())));
        assertThat(audit.entriesFor("TICKET", t.uuid().toString(), 20))
                .anyMatch(e -> e.action().equals("HANDOVER_GENERATE") && e.outcome() == AuditLog.Outcome.ALLOWED);
    }

    @Test
    void withoutWorkThereIsNothingToReport() throws Exception {
        var t = assignedTicket();
        postAs(login(t.technician()), "/petugas/tiket/" + t.uuid() + "/berita-acara")
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("Belum ada catatan kerja")));
        assertThat(reports(t)).isEmpty();
    }

    @Test
    void regeneratingAfterNewWorkSupersedesTheOldVersionWhichStays() throws Exception {
        var t = assignedTicket();
        var technician = login(t.technician());
        record(technician, t, "Memeriksa kabel");
        postAs(technician, "/petugas/tiket/" + t.uuid() + "/berita-acara").andExpect(status().is3xxRedirection());
        record(technician, t, "Mengganti konektor RJ45");
        postAs(technician, "/petugas/tiket/" + t.uuid() + "/berita-acara").andExpect(status().is3xxRedirection());

        var reports = reports(t);
        assertThat(reports).extracting(Row::version).containsExactly(2, 1);
        var newer = reports.get(0);
        var older = reports.get(1);
        assertThat(newer.number()).isEqualTo(older.number());
        assertThat(older.superseded()).isTrue();
        assertThat(newer.superseded()).isFalse();
        assertThat(text(download(technician, t, newer.id()))).contains("Mengganti konektor RJ45", "versi 2");
        // the old version is kept as it was
        String old = text(download(technician, t, older.id()));
        assertThat(old).contains("Memeriksa kabel").doesNotContain("Mengganti konektor RJ45");
        mvc.perform(get("/petugas/tiket/" + t.uuid() + "/berita-acara").session(technician))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Diganti")));
    }

    @Test
    void theRequesterConfirmsWithNameAndNipAndAConfirmedReportCannotBeSuperseded() throws Exception {
        var t = assignedTicket();
        var technician = login(t.technician());
        record(technician, t, "Mengganti access point");
        postAs(technician, "/petugas/tiket/" + t.uuid() + "/berita-acara").andExpect(status().is3xxRedirection());
        var report = reports(t).getFirst();
        var requester = login(t.requester());

        // the requester's own ticket page shows the report
        mvc.perform(get("/lacak/" + t.uuid()).session(requester))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"berita-acara\"")))
                .andExpect(content().string(containsString(report.number())))
                .andExpect(content().string(containsString("id=\"handover-confirm\"")));
        assertThat(sha256(mvc.perform(get("/lacak/" + t.uuid() + "/berita-acara/" + report.id() + "/dokumen").session(requester))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray())).isEqualTo(report.sha256());

        String confirm = "/lacak/" + t.uuid() + "/berita-acara/" + report.id() + "/konfirmasi";
        postAs(requester, confirm, "name", "Siti Aminah", "nip", "19860926201505100").andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("NIP harus terdiri dari 18 digit angka.")));
        postAs(requester, confirm, "name", "Siti Aminah", "nip", "198613262015051001").andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("8 digit pertama harus tanggal lahir")));
        postAs(requester, confirm, "name", "Siti Aminah", "nip", "198609262015053001").andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("digit ke-15 harus 1 atau 2")));
        postAs(requester, confirm, "name", " ", "nip", VALID_NIP).andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("Isi nama lengkap")));
        // both problems at once
        postAs(requester, confirm, "name", "", "nip", "198609262015051000").andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("Isi nama lengkap")))
                .andExpect(content().string(containsString("nomor urut (3 digit terakhir) tidak boleh 000")));
        assertThat(handoverReports.confirmedFor(t.id())).isEmpty();

        postAs(requester, confirm, "name", "Siti Aminah", "nip", VALID_NIP)
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/lacak/" + t.uuid()));
        var confirmed = handoverReports.confirmedFor(t.id()).orElseThrow();
        assertThat(confirmed.number()).isEqualTo(report.number());
        assertThat(confirmed.sha256()).isEqualTo(report.sha256());
        assertThat(confirmed.method()).isEqualTo(ConfirmedHandover.Method.SIGNED);
        assertThat(confirmed.by()).isEqualTo(t.requester().userId());
        assertThat(confirmed.confirmedAt()).isNotNull();
        assertThat(audit.entriesFor("TICKET", t.uuid().toString(), 30))
                .anyMatch(e -> e.action().equals("HANDOVER_CONFIRM") && e.actorId().equals(t.requester().userId().value()));

        // once is enough: no second confirmation, no new version
        postAs(requester, confirm, "name", "Orang Lain", "nip", VALID_NIP).andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("sudah dikonfirmasi")));
        record(technician, t, "Pekerjaan sesudah konfirmasi");
        postAs(technician, "/petugas/tiket/" + t.uuid() + "/berita-acara").andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("tidak dapat diganti dengan versi baru")));
        assertThat(reports(t)).hasSize(1);
        // the tables refuse it too: a confirmed report is not superseded, a confirmation not removed
        assertThatThrownBy(() -> jdbc.sql("UPDATE handover_reports SET superseded_at = now(), superseded_by = id WHERE id = :id")
                .param("id", report.id()).update()).hasMessageContaining("cannot be superseded");
        assertThatThrownBy(() -> jdbc.sql("DELETE FROM handover_confirmations WHERE report_id = :id").param("id", report.id()).update())
                .hasMessageContaining("append-only");
        mvc.perform(get("/petugas/tiket/" + t.uuid()).session(technician))
                .andExpect(content().string(containsString("Siti Aminah")))
                .andExpect(content().string(not(containsString("id=\"handover-generate\""))));
    }

    @Test
    void aSupersededVersionCannotBeConfirmed() throws Exception {
        var t = assignedTicket();
        var technician = login(t.technician());
        record(technician, t, "Pekerjaan pertama");
        postAs(technician, "/petugas/tiket/" + t.uuid() + "/berita-acara").andExpect(status().is3xxRedirection());
        var first = reports(t).getFirst();
        record(technician, t, "Pekerjaan kedua");
        postAs(technician, "/petugas/tiket/" + t.uuid() + "/berita-acara").andExpect(status().is3xxRedirection());

        postAs(login(t.requester()), "/lacak/" + t.uuid() + "/berita-acara/" + first.id() + "/konfirmasi", "name", "Siti", "nip", VALID_NIP)
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("sudah diganti dengan versi yang lebih baru")));
        assertThat(handoverReports.confirmedFor(t.id())).isEmpty();
    }

    @Test
    void anotherRequesterAndStaffWhoDoNotSeeTheTicketGetNotFound() throws Exception {
        var t = assignedTicket();
        var technician = login(t.technician());
        record(technician, t, "Mengganti kabel");
        postAs(technician, "/petugas/tiket/" + t.uuid() + "/berita-acara").andExpect(status().is3xxRedirection());
        var report = reports(t).getFirst();
        var otherAccount = tickets.people().aRequester();
        var other = login(otherAccount);
        String base = "/lacak/" + t.uuid() + "/berita-acara/" + report.id();

        mvc.perform(get(base + "/dokumen").session(other)).andExpect(status().isNotFound());
        mvc.perform(get("/lacak/" + t.uuid() + "/berita-acara").session(other)).andExpect(status().isNotFound());
        postAs(other, base + "/konfirmasi", "name", "Penyusup", "nip", VALID_NIP).andExpect(status().isNotFound());
        postAs(other, base + "/konfirmasi", "name", "", "nip", "salah").andExpect(status().isNotFound());
        assertThat(handoverReports.confirmedFor(t.id())).isEmpty();
        assertThat(audit.entriesFor("TICKET", t.uuid().toString(), 30))
                .anyMatch(e -> e.actorId().equals(otherAccount.userId().value()) && e.outcome() == AuditLog.Outcome.DENIED
                        && e.action().equals("HANDOVER_CONFIRM"));
        mvc.perform(get("/lacak/" + t.uuid()).session(other)).andExpect(content().string(not(containsString(report.number()))));

        // a guessed id gets nothing: an unknown report, or a report of another ticket
        var requester = login(t.requester());
        mvc.perform(get("/lacak/" + t.uuid() + "/berita-acara/" + UUID.randomUUID() + "/dokumen").session(requester))
                .andExpect(status().isNotFound());
        var otherTicket = assignedTicket();
        mvc.perform(get("/lacak/" + otherTicket.uuid() + "/berita-acara/" + report.id() + "/dokumen").session(login(otherTicket.requester())))
                .andExpect(status().isNotFound());
        // no scan was uploaded
        mvc.perform(get(base + "/pindaian").session(requester)).andExpect(status().isNotFound());

        var stranger = login(tickets.people().aUnitAdmin(tickets.people().aUnit()));
        mvc.perform(get(reportUrl(t, report.id())).session(stranger)).andExpect(status().isNotFound());
        postAs(stranger, "/petugas/tiket/" + t.uuid() + "/berita-acara").andExpect(status().isNotFound());
        // a requester has no staff role: /petugas/** is refused
        mvc.perform(get(reportUrl(t, report.id())).session(requester)).andExpect(status().isForbidden());
    }

    @Test
    void staffWhoSeeButMayNotWorkTheTicketGetForbidden() throws Exception {
        var unit = tickets.people().aUnit();
        var t = tickets.aReceived(TicketKind.REQUEST).accepted().disposedTo(unit);
        var unitAdmin = login(tickets.people().aUnitAdmin(unit));
        record(unitAdmin, t, "Survei lokasi");
        postAs(unitAdmin, "/petugas/tiket/" + t.uuid() + "/berita-acara").andExpect(status().is3xxRedirection());
        var report = reports(t).getFirst();
        postAs(unitAdmin, "/petugas/tiket/" + t.uuid() + "/disposisi/kembalikan", "text", "Bukan kewenangan kami", "version", version(t))
                .andExpect(status().is3xxRedirection());

        // reads the report, but neither generates nor uploads
        mvc.perform(get(reportUrl(t, report.id())).session(unitAdmin)).andExpect(status().isOk());
        postAs(unitAdmin, "/petugas/tiket/" + t.uuid() + "/berita-acara").andExpect(status().isForbidden());
        mvc.perform(multipart("/petugas/tiket/" + t.uuid() + "/berita-acara/" + report.id() + "/pindaian")
                        .file(scan("scan.png")).session(unitAdmin).with(csrf()))
                .andExpect(status().isForbidden());
        assertThat(reports(t)).hasSize(1);
        assertThat(handoverReports.confirmedFor(t.id())).isEmpty();
    }

    @Test
    void staffUploadTheSignedScanAsTheConfirmation() throws Exception {
        var t = assignedTicket();
        var technicianAccount = t.technician();
        var technician = login(technicianAccount);
        record(technician, t, "Mengganti router");
        postAs(technician, "/petugas/tiket/" + t.uuid() + "/berita-acara").andExpect(status().is3xxRedirection());
        var report = reports(t).getFirst();
        String upload = "/petugas/tiket/" + t.uuid() + "/berita-acara/" + report.id() + "/pindaian";

        // not a PDF or image: storage refuses it, nothing saved
        mvc.perform(multipart(upload).file(new MockMultipartFile("file", "scan.pdf", "application/pdf", "bukan pdf".getBytes()))
                        .session(technician).with(csrf()))
                .andExpect(status().isBadRequest());
        mvc.perform(multipart(upload).session(technician).with(csrf())).andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("Pilih file pindaian")));
        // storage keeps text files, a scan it is not: refused, and the stored file goes with the rolled-back step
        long filesBefore = jdbc.sql("SELECT count(*) FROM stored_files").query(Long.class).single();
        mvc.perform(multipart(upload).file(new MockMultipartFile("file", "scan.txt", "text/plain", "ditandatangani".getBytes()))
                        .session(technician).with(csrf()))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("Pindaian harus berupa PDF atau gambar")));
        assertThat(jdbc.sql("SELECT count(*) FROM stored_files").query(Long.class).single()).isEqualTo(filesBefore);
        assertThat(handoverReports.confirmedFor(t.id())).isEmpty();

        var scan = scan("berita-acara-ttd.png");
        mvc.perform(multipart(upload).file(scan).session(technician).with(csrf()))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/petugas/tiket/" + t.uuid() + "#berita-acara"));
        var confirmed = handoverReports.confirmedFor(t.id()).orElseThrow();
        assertThat(confirmed.method()).isEqualTo(ConfirmedHandover.Method.SCAN);
        assertThat(confirmed.by()).isEqualTo(technicianAccount.userId());
        assertThat(confirmed.sha256()).isEqualTo(sha256(scan.getBytes()));
        assertThat(confirmed.reportSha256()).isEqualTo(report.sha256());
        assertThat(audit.entriesFor("TICKET", t.uuid().toString(), 30)).anyMatch(e -> e.action().equals("HANDOVER_SCAN"));

        byte[] downloaded = mvc.perform(get(upload).session(technician)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsByteArray();
        assertThat(sha256(downloaded)).isEqualTo(confirmed.sha256());
        mvc.perform(get("/lacak/" + t.uuid() + "/berita-acara/" + report.id() + "/pindaian").session(login(t.requester())))
                .andExpect(status().isOk());
        // a second scan is not taken, nor a new version
        mvc.perform(multipart(upload).file(scan("lagi.png")).session(technician).with(csrf())).andExpect(status().isBadRequest());
        postAs(technician, "/petugas/tiket/" + t.uuid() + "/berita-acara").andExpect(status().isBadRequest());
        assertThat(reports(t)).hasSize(1);
    }

    @Test
    void aBatikNetHeavyDamageTicketClosesOnlyWithTheBeritaAcaraConfirmedByTheReportingOpd() throws Exception {
        var people = tickets.people();
        var service = tickets.aService(TicketKind.REQUEST);
        var today = java.time.LocalDate.ofInstant(clock.instant(), java.time.ZoneId.of("Asia/Jakarta"));
        new StandardFixtures(context).publishWithWorkflow(login(people.anAdmin()), service.code(), "batiknet-gangguan", List.of(), today);
        var agent = login(people.anAgent());
        var team = people.aUnit();
        var teamAdmin = login(people.aUnitAdmin(team));
        var supervisor = login(people.aSupervisor(team));
        var technicianAccount = people.aTechnician(team);
        var technician = login(technicianAccount);
        var requesterAccount = people.aRequester();
        var requester = login(requesterAccount);
        UUID id = submit(requester, service, "Batik.Net putus di kantor kecamatan");
        var ticket = new id.simlayan.ticket.TicketId(id);

        taken(step(agent, id, "terima-surat", "externalReference", "005/311/KEC/2026"));
        taken(step(agent, id, "disposisi-tim-teknis", "targetUnit", team.value().toString(), "reason", "Mohon dicek."));
        taken(postAs(teamAdmin, "/petugas/tiket/" + id + "/disposisi/terima", "version", version(id)));
        taken(step(teamAdmin, id, "tugaskan", "assignee", technicianAccount.userId().value().toString()));
        taken(step(technician, id, "kerusakan-berat"));
        taken(step(technician, id, "ajukan-peralatan", "equipmentList", "1 media converter; 2 patch cord"));
        taken(step(supervisor, id, "setujui"));
        taken(step(technician, id, "laporkan-hasil", "publicText", "Media converter diganti, koneksi normal."));
        assertThat(stageOf(id)).isEqualTo("berita-acara");

        // no report yet: refused with the reason, nothing changes
        refusedForTheBeritaAcara(technician, id);
        // a report generated but not confirmed by the OPD does not count either
        record(technician, id, "Mengganti media converter di ruang server kecamatan");
        postAs(technician, "/petugas/tiket/" + id + "/berita-acara").andExpect(status().is3xxRedirection());
        assertThat(handoverReports.confirmedFor(ticket)).isEmpty();
        refusedForTheBeritaAcara(technician, id);

        var report = jdbc.sql("SELECT id FROM handover_reports WHERE ticket_id = :t AND superseded_at IS NULL").param("t", id)
                .query(UUID.class).single();
        postAs(requester, "/lacak/" + id + "/berita-acara/" + report + "/konfirmasi", "name", "Siti Aminah", "nip", VALID_NIP)
                .andExpect(status().is3xxRedirection());
        var confirmed = handoverReports.confirmedFor(ticket).orElseThrow();
        assertThat(confirmed.by()).isEqualTo(requesterAccount.userId());
        assertThat(confirmed.confirmedAt()).isNotNull();
        mvc.perform(get("/petugas/tiket/" + id).session(technician))
                .andExpect(content().string(containsString("Siti Aminah")))
                .andExpect(content().string(containsString(VALID_NIP)));

        taken(step(technician, id, "selesaikan", "publicText", "Perbaikan selesai, berita acara terlampir."));
        assertThat(stageOf(id)).isEqualTo("selesai");
        assertThat(statusOf(id)).isEqualTo("SELESAI");
        postAs(requester, "/lacak/" + id + "/konfirmasi", "version", version(id)).andExpect(status().is3xxRedirection());
        assertThat(stageOf(id)).isEqualTo("ditutup");
        assertThat(statusOf(id)).isEqualTo("DITUTUP");
    }

    /** "selesaikan" without a confirmed berita acara: back to the staff page with the reason, the ticket as it was. */
    private void refusedForTheBeritaAcara(MockHttpSession technician, UUID id) throws Exception {
        String versionBefore = version(id);
        long entries = jdbc.sql("SELECT count(*) FROM ticket_events WHERE ticket_id = :id").param("id", id).query(Long.class).single();
        step(technician, id, "selesaikan", "publicText", "Selesai.")
                .andExpect(status().isSeeOther())
                .andExpect(redirectedUrl("/petugas/tiket/" + id))
                .andExpect(flash().attribute("actionError", "Berita acara serah terima belum dikonfirmasi oleh OPD pelapor."));
        assertThat(stageOf(id)).isEqualTo("berita-acara");
        assertThat(statusOf(id)).isEqualTo("DIPROSES");
        assertThat(version(id)).isEqualTo(versionBefore);
        assertThat(jdbc.sql("SELECT count(*) FROM ticket_events WHERE ticket_id = :id").param("id", id).query(Long.class).single())
                .isEqualTo(entries);
    }

    // --- helpers -------------------------------------------------------------------------

    private UUID submit(MockHttpSession session, id.simlayan.catalog.ServiceOfferingView service, String subject) throws Exception {
        String form = mvc.perform(get("/tiket/baru/{code}", service.code()).session(session)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        var formVersion = java.util.regex.Pattern.compile("name=\"formVersion\" value=\"([0-9a-f-]{36})\"").matcher(form);
        var request = post("/tiket/baru/{code}", service.code()).session(session).with(csrf())
                .param("subject", subject).param("description", "Uraian untuk " + subject)
                .param("categoryId", service.categories().getFirst().id().value().toString());
        if (formVersion.find()) {
            request.param("formVersion", formVersion.group(1));
        }
        String location = mvc.perform(request).andReturn().getResponse().getRedirectedUrl();
        assertThat(location).as("redirect after submission").startsWith("/lacak/");
        return UUID.fromString(location.substring("/lacak/".length()));
    }

    private ResultActions step(MockHttpSession session, UUID id, String stepKey, String... params) throws Exception {
        String[] all = new String[params.length + 2];
        all[0] = "version";
        all[1] = version(id);
        System.arraycopy(params, 0, all, 2, params.length);
        return postAs(session, "/petugas/tiket/" + id + "/langkah/" + stepKey, all);
    }

    private static void taken(ResultActions result) throws Exception {
        result.andExpect(status().is3xxRedirection())
                .andExpect(r -> assertThat(r.getFlashMap().get("flash")).as("success message, not a refusal").isNotNull());
    }

    private String stageOf(UUID id) {
        return jdbc.sql("SELECT workflow_stage FROM tickets WHERE id = :id").param("id", id).query(String.class).single();
    }

    private String statusOf(UUID id) {
        return jdbc.sql("SELECT status FROM tickets WHERE id = :id").param("id", id).query(String.class).single();
    }

    private String version(UUID id) {
        return String.valueOf(jdbc.sql("SELECT version FROM tickets WHERE id = :id").param("id", id).query(Long.class).single());
    }

    private void record(MockHttpSession session, UUID id, String description) throws Exception {
        postAs(session, "/petugas/tiket/" + id + "/kerja", "description", description, "minutes", "30").andExpect(status().is3xxRedirection());
    }


    record Row(UUID id, String number, int version, String sha256, UUID fileId, boolean superseded) {
    }

    private List<Row> reports(TicketInProgress t) {
        return jdbc.sql("SELECT id, number, version, sha256, file_id, superseded_at IS NOT NULL AS superseded FROM handover_reports "
                        + "WHERE ticket_id = :t ORDER BY version DESC")
                .param("t", t.uuid())
                .query((rs, row) -> new Row(rs.getObject("id", UUID.class), rs.getString("number"), rs.getInt("version"), rs.getString("sha256"),
                        rs.getObject("file_id", UUID.class), rs.getBoolean("superseded")))
                .list();
    }

    private String storedSha256(UUID fileId) {
        return context.getBean(id.simlayan.storage.FileStore.class).find(new id.simlayan.storage.StoredFileId(fileId)).orElseThrow().sha256();
    }

    private byte[] download(MockHttpSession session, TicketInProgress t, UUID report) throws Exception {
        return mvc.perform(get(reportUrl(t, report)).session(session)).andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
    }

    private static String reportUrl(TicketInProgress t, UUID report) {
        return "/petugas/tiket/" + t.uuid() + "/berita-acara/" + report + "/dokumen";
    }

    private static String text(byte[] pdf) throws Exception {
        try (var document = Loader.loadPDF(pdf)) {
            // table cells wrap: join a word broken after a hyphen, and read every line break as a space
            return new PDFTextStripper().getText(document).replaceAll("-\\s*\\n", "-").replaceAll("\\s+", " ");
        }
    }

    private static String sha256(byte[] bytes) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    }

    private static MockMultipartFile scan(String name) throws Exception {
        try (var in = TicketFixtures.picture(name).content().open()) {
            return new MockMultipartFile("file", name, "image/png", in.readAllBytes());
        }
    }

    private TicketInProgress assignedTicket() {
        return tickets.aReceived(TicketKind.INCIDENT).accepted().disposedTo(tickets.people().aUnit()).acceptedByUnit().assigned();
    }

    private void record(MockHttpSession session, TicketInProgress t, String description, String... uses) throws Exception {
        String[] params = new String[4 + uses.length];
        params[0] = "description";
        params[1] = description;
        params[2] = "minutes";
        params[3] = "30";
        System.arraycopy(uses, 0, params, 4, uses.length);
        postAs(session, "/petugas/tiket/" + t.uuid() + "/kerja", params).andExpect(status().is3xxRedirection());
    }

    private UUID addItem(String name, String unit) throws Exception {
        postAs(login(tickets.people().anAdmin()), "/admin/peralatan", "name", name, "unitOfMeasure", unit).andExpect(status().is3xxRedirection());
        return jdbc.sql("SELECT id FROM equipment_items WHERE name = :name").param("name", name).query(UUID.class).single();
    }

    private String version(TicketInProgress t) {
        return String.valueOf(jdbc.sql("SELECT version FROM tickets WHERE id = :id").param("id", t.uuid()).query(Long.class).single());
    }

    private MockHttpSession login(TestAccount account) {
        return tickets.people().login(mvc, account);
    }

    private ResultActions postAs(MockHttpSession session, String path, String... params) throws Exception {
        MockHttpServletRequestBuilder request = post(path).session(session).with(csrf());
        for (int i = 0; i < params.length; i += 2) {
            request.param(params[i], params[i + 1]);
        }
        return mvc.perform(request);
    }

    private static String unique() {
        return UUID.randomUUID().toString().substring(0, 8);
    }
}
