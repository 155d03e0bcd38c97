package id.simlayan.worklog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import id.simlayan.IntegrationTest;
import id.simlayan.audit.AuditLog;
import id.simlayan.catalog.TicketKind;
import id.simlayan.identity.IdentityFixtures.TestAccount;
import id.simlayan.ticket.TicketFixtures;
import id.simlayan.ticket.TicketFixtures.TicketInProgress;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * The work log through its pages: who may see and write it (by the ticket's access rules), what
 * an entry records, the totals, and bad input refused with 400 and nothing saved.
 */
class WorkLogIntegrationTests extends IntegrationTest {

    private static final ZoneId WIB = ZoneId.of("Asia/Jakarta");

    @Autowired
    MockMvc mvc;
    @Autowired
    ApplicationContext context;
    @Autowired
    WorkLog workLog;
    @Autowired
    AuditLog audit;

    TicketFixtures tickets;

    @BeforeEach
    void setUp() {
        tickets = new TicketFixtures(context);
    }

    @Test
    void technicianRecordsWorkWithEquipmentAndSeesTheTotals() throws Exception {
        var admin = login(tickets.people().anAdmin());
        UUID cable = addItem(admin, "Kabel UTP Cat6 " + unique(), "meter");
        UUID sw = addItem(admin, "Switch 24 port " + unique(), "unit");
        var t = assignedTicket();
        var technician = login(t.technician());
        String base = "/petugas/tiket/" + t.uuid() + "/kerja";

        postAs(technician, base, "description", "Menarik kabel ke ruang server", "doneAt", minutesAgo(90), "hours", "1", "minutes", "30",
                "uses[0].itemId", cable.toString(), "uses[0].quantity", "25.5", "uses[0].serialNumbers", "",
                "uses[1].itemId", sw.toString(), "uses[1].quantity", "1", "uses[1].serialNumbers", "SW-001\n\n  SW-002 ",
                "uses[1].replacedItem", "Switch lama TP-Link SN TP-9")
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl(base));
        var beforeSecond = clock.instant();
        postAs(technician, base, "description", "Menambah kabel", "hours", "0", "minutes", "20",
                "uses[0].itemId", cable.toString(), "uses[0].quantity", "4.5")
                .andExpect(status().is3xxRedirection());

        var entries = workLog.entriesOf(t.id());
        assertThat(entries).hasSize(2);
        var first = entries.getFirst();
        assertThat(first.description()).isEqualTo("Menarik kabel ke ruang server");
        assertThat(first.minutes()).isEqualTo(90);
        assertThat(first.by()).isEqualTo(t.technician().userId());
        assertThat(first.equipment()).extracting(EquipmentUse::quantity).containsExactly(new BigDecimal("25.5"), BigDecimal.ONE);
        assertThat(first.equipment().get(1).serialNumbers()).containsExactly("SW-001", "SW-002");
        assertThat(first.equipment().get(1).replacedItem()).isEqualTo("Switch lama TP-Link SN TP-9");
        assertThat(first.equipment().getFirst().replacedItem()).isNull();
        // the second entry had no time: it is now
        assertThat(entries.get(1).doneAt()).isBetween(beforeSecond.truncatedTo(ChronoUnit.MICROS), clock.instant());

        var totals = workLog.totalsOf(t.id());
        assertThat(totals.minutes()).isEqualTo(110);
        assertThat(totals.equipment()).extracting(WorkTotals.ItemTotal::quantity).usingElementComparator(BigDecimal::compareTo)
                .containsExactly(new BigDecimal("30"), BigDecimal.ONE);
        assertThat(workLog.equipmentOf(t.id())).hasSize(3);

        mvc.perform(get("/petugas/tiket/" + t.uuid()).session(technician))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"catatan-kerja\"")))
                .andExpect(content().string(containsString("1 jam 50 menit")))
                .andExpect(content().string(containsString("Kabel UTP Cat6")))
                .andExpect(content().string(containsString(": 30 meter")))
                .andExpect(content().string(containsString("SW-001, SW-002")));
        mvc.perform(get(base).session(technician))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"work-entry-form\"")));
    }

    @Test
    void aCancelledEntryStaysMarkedAndLeavesTheTotals() throws Exception {
        var t = assignedTicket();
        var technician = login(t.technician());
        String base = "/petugas/tiket/" + t.uuid() + "/kerja";
        postAs(technician, base, "description", "Salah tiket", "minutes", "45").andExpect(status().is3xxRedirection());
        postAs(technician, base, "description", "Memeriksa router", "minutes", "15").andExpect(status().is3xxRedirection());
        var wrong = workLog.entriesOf(t.id()).stream().filter(e -> e.description().equals("Salah tiket")).findFirst().orElseThrow();

        postAs(technician, base + "/" + wrong.id().value() + "/batal", "reason", " ").andExpect(status().isBadRequest());
        assertThat(workLog.entriesOf(t.id())).noneMatch(WorkEntry::cancelled);

        // only the author cancels: the unit admin may work the ticket but did not write the entry
        var unitAdmin = login(t.unitAdmin());
        postAs(unitAdmin, base + "/" + wrong.id().value() + "/batal", "reason", "Bukan punya saya").andExpect(status().isForbidden());

        postAs(technician, base + "/" + wrong.id().value() + "/batal", "reason", "Dicatat pada tiket yang salah")
                .andExpect(status().is3xxRedirection());
        var entries = workLog.entriesOf(t.id());
        assertThat(entries).hasSize(2);
        var cancelled = entries.stream().filter(WorkEntry::cancelled).toList();
        assertThat(cancelled).extracting(WorkEntry::description).containsExactly("Salah tiket");
        assertThat(cancelled.getFirst().cancellation().reason()).isEqualTo("Dicatat pada tiket yang salah");
        assertThat(workLog.totalsOf(t.id()).minutes()).isEqualTo(15);
        postAs(technician, base + "/" + wrong.id().value() + "/batal", "reason", "Sekali lagi").andExpect(status().isBadRequest());
        mvc.perform(get(base).session(technician))
                .andExpect(content().string(containsString("Dibatalkan")))
                .andExpect(content().string(containsString("Dicatat pada tiket yang salah")));
    }

    @Test
    void theRequesterNeverSeesTheWorkLog() throws Exception {
        var t = assignedTicket();
        postAs(login(t.technician()), "/petugas/tiket/" + t.uuid() + "/kerja", "description", "Rahasia internal teknisi", "minutes", "30")
                .andExpect(status().is3xxRedirection());
        var requester = login(t.requester());
        String base = "/petugas/tiket/" + t.uuid() + "/kerja";

        mvc.perform(get("/lacak/" + t.uuid()).session(requester))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString("catatan-kerja"))))
                .andExpect(content().string(not(containsString("Rahasia internal teknisi"))));
        // a requester has no staff role: /petugas/** is refused before any page (403, the same for a ticket that does not
        // exist, so nothing is learnt), the log never shows
        mvc.perform(get(base).session(requester)).andExpect(status().isForbidden())
                .andExpect(content().string(not(containsString("Rahasia internal teknisi"))));
        mvc.perform(get("/petugas/tiket/" + UUID.randomUUID() + "/kerja").session(requester)).andExpect(status().isForbidden());
        postAs(requester, base, "description", "Dari pemohon", "minutes", "5").andExpect(status().isForbidden());
        assertThat(workLog.entriesOf(t.id())).hasSize(1);
    }

    @Test
    void staffOfAnotherUnitGetNotFoundAndTheAttemptIsAudited() throws Exception {
        var t = assignedTicket();
        var otherUnit = tickets.people().aUnit();
        var strangerAccount = tickets.people().aUnitAdmin(otherUnit);
        var stranger = login(strangerAccount);
        var otherTechnician = login(tickets.people().aTechnician(otherUnit));
        String base = "/petugas/tiket/" + t.uuid() + "/kerja";

        mvc.perform(get(base).session(stranger)).andExpect(status().isNotFound());
        postAs(stranger, base, "description", "Bukan tiket saya", "minutes", "5").andExpect(status().isNotFound());
        postAs(otherTechnician, base, "description", "Bukan tiket saya", "minutes", "5").andExpect(status().isNotFound());
        mvc.perform(get(base).session(stranger).header("Accept", "text/html")).andExpect(status().isNotFound());
        mvc.perform(get("/petugas/tiket/" + UUID.randomUUID() + "/kerja").session(stranger)).andExpect(status().isNotFound());

        assertThat(workLog.entriesOf(t.id())).isEmpty();
        assertThat(audit.entriesFor("TICKET", t.uuid().toString(), 20))
                .anyMatch(e -> e.actorId().equals(strangerAccount.userId().value()) && e.outcome() == AuditLog.Outcome.DENIED
                        && e.action().equals("WORKLOG_RECORD"));
    }

    @Test
    void aTechnicianOfTheUnitWhoIsNotAssignedCannotWrite() throws Exception {
        var t = assignedTicket();
        var colleague = login(tickets.people().aTechnician(t.unit()));
        String base = "/petugas/tiket/" + t.uuid() + "/kerja";

        // as on the ticket page: a technician sees only the tickets assigned to them (404)
        mvc.perform(get("/petugas/tiket/" + t.uuid()).session(colleague)).andExpect(status().isNotFound());
        mvc.perform(get(base).session(colleague)).andExpect(status().isNotFound());
        postAs(colleague, base, "description", "Bantu rekan", "minutes", "10").andExpect(status().isNotFound());
        assertThat(workLog.entriesOf(t.id())).isEmpty();
    }

    @Test
    void aClosedTicketKeepsItsLogReadableButTakesNoEntries() throws Exception {
        var t = tickets.aReceived(TicketKind.REQUEST).accepted().disposedTo(tickets.people().aUnit()).acceptedByUnit().assigned();
        postAs(login(t.technician()), "/petugas/tiket/" + t.uuid() + "/kerja", "description", "Sudah selesai", "minutes", "30")
                .andExpect(status().is3xxRedirection());
        t.resolved().confirmed();
        var technician = login(t.technician());
        String base = "/petugas/tiket/" + t.uuid() + "/kerja";

        // a closed ticket keeps its log: readable, no more entries
        mvc.perform(get(base).session(technician))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"worklog-read-only\"")))
                .andExpect(content().string(not(containsString("id=\"work-entry-form\""))));
        postAs(technician, base, "description", "Setelah ditutup", "minutes", "10").andExpect(status().isForbidden());
        assertThat(workLog.entriesOf(t.id())).hasSize(1);
    }

    @Test
    void aUnitThatReturnedTheDispositionReadsTheLogButCannotWrite() throws Exception {
        var unit = tickets.people().aUnit();
        var t = tickets.aReceived(TicketKind.REQUEST).accepted().disposedTo(unit);
        var unitAdmin = login(tickets.people().aUnitAdmin(unit));
        String base = "/petugas/tiket/" + t.uuid() + "/kerja";
        postAs(unitAdmin, base, "description", "Survei lokasi sebelum memutuskan", "minutes", "40").andExpect(status().is3xxRedirection());

        postAs(unitAdmin, "/petugas/tiket/" + t.uuid() + "/disposisi/kembalikan", "text", "Bukan kewenangan kami", "version", version(t))
                .andExpect(status().is3xxRedirection());

        mvc.perform(get(base).session(unitAdmin))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Survei lokasi sebelum memutuskan")))
                .andExpect(content().string(containsString("id=\"worklog-read-only\"")));
        postAs(unitAdmin, base, "description", "Setelah dikembalikan", "minutes", "10").andExpect(status().isForbidden());
        assertThat(workLog.entriesOf(t.id())).extracting(WorkEntry::description).containsExactly("Survei lokasi sebelum memutuskan");
        // the front desk holds it again and may write
        var agent = login(tickets.people().anAgent());
        postAs(agent, base, "description", "Menghubungi pemohon", "minutes", "5").andExpect(status().is3xxRedirection());
    }

    @Test
    void badInputIsRefusedWith400AndNothingIsSaved() throws Exception {
        var admin = login(tickets.people().anAdmin());
        UUID retired = addItem(admin, "Hub lama " + unique(), "unit");
        postAs(admin, "/admin/peralatan/" + retired + "/nonaktifkan").andExpect(status().is3xxRedirection());
        UUID cable = addItem(admin, "Kabel " + unique(), "meter");
        var t = assignedTicket();
        var technician = login(t.technician());
        String base = "/petugas/tiket/" + t.uuid() + "/kerja";

        postAs(technician, base, "description", "", "minutes", "10").andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("Tuliskan pekerjaan yang dilakukan.")));
        postAs(technician, base, "description", "Tanpa waktu", "hours", "0", "minutes", "0").andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("Lama pekerjaan harus antara 1 menit dan 24 jam.")));
        postAs(technician, base, "description", "Terlalu lama", "hours", "24", "minutes", "1").andExpect(status().isBadRequest());
        postAs(technician, base, "description", "Besok", "doneAt", minutesAgo(-60), "minutes", "10").andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("Waktu pekerjaan tidak boleh di masa depan.")));
        postAs(technician, base, "description", "Tanggal rusak", "doneAt", "kemarin", "minutes", "10").andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("Waktu tidak dapat dibaca")));
        postAs(technician, base, "description", "Barang nonaktif", "minutes", "10", "uses[0].itemId", retired.toString(),
                "uses[0].quantity", "1").andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("tidak aktif lagi")));
        postAs(technician, base, "description", "Barang tak dikenal", "minutes", "10", "uses[0].itemId", UUID.randomUUID().toString(),
                "uses[0].quantity", "1").andExpect(status().isBadRequest());
        postAs(technician, base, "description", "Jumlah nol", "minutes", "10", "uses[0].itemId", cable.toString(),
                "uses[0].quantity", "0").andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("Jumlah harus lebih dari nol.")));
        postAs(technician, base, "description", "Jumlah negatif", "minutes", "10", "uses[0].itemId", cable.toString(),
                "uses[0].quantity", "-2").andExpect(status().isBadRequest());
        postAs(technician, base, "description", "Tanpa barang", "minutes", "10", "uses[2].quantity", "3").andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("Pilih barang dari daftar.")));
        postAs(technician, base, "description", "Tanpa jumlah", "minutes", "10", "uses[0].itemId", cable.toString())
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("Isi jumlahnya.")));

        assertThat(workLog.entriesOf(t.id())).isEmpty();
    }

    @Test
    void theAdminKeepsTheEquipmentList() throws Exception {
        var admin = login(tickets.people().anAdmin());
        String name = "Access point " + unique();

        mvc.perform(get("/admin/peralatan/baru").session(admin)).andExpect(status().isOk());
        UUID id = addItem(admin, name, "unit");
        mvc.perform(get("/admin/peralatan").session(admin)).andExpect(status().isOk()).andExpect(content().string(containsString(name)));

        // the same name in other letters is the same item
        postAs(admin, "/admin/peralatan", "name", name.toUpperCase(), "unitOfMeasure", "unit").andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("Sudah ada barang dengan nama ini.")));
        postAs(admin, "/admin/peralatan", "name", "", "unitOfMeasure", "unit").andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("Wajib diisi.")));
        postAs(admin, "/admin/peralatan", "name", "Barang " + unique(), "unitOfMeasure", "satuan-yang-terlalu-panjang")
                .andExpect(status().isBadRequest());

        String renamed = name + " outdoor";
        postAs(admin, "/admin/peralatan/" + id, "name", renamed, "unitOfMeasure", "unit", "note", "Untuk halaman", "version", "0")
                .andExpect(status().is3xxRedirection());
        // the form of version 0 is stale now
        postAs(admin, "/admin/peralatan/" + id, "name", renamed, "unitOfMeasure", "buah", "version", "0").andExpect(status().isConflict());
        UUID other = addItem(admin, "Patch cord " + unique(), "buah");
        postAs(admin, "/admin/peralatan/" + other, "name", renamed.toLowerCase(), "unitOfMeasure", "buah", "version", "0")
                .andExpect(status().isBadRequest());
        mvc.perform(get("/admin/peralatan/" + id).session(admin)).andExpect(content().string(containsString("Untuk halaman")));

        postAs(admin, "/admin/peralatan/" + id + "/nonaktifkan").andExpect(status().is3xxRedirection());
        var t = assignedTicket();
        mvc.perform(get("/petugas/tiket/" + t.uuid() + "/kerja").session(login(t.technician())))
                .andExpect(content().string(not(containsString(renamed))));
        postAs(admin, "/admin/peralatan/" + id + "/aktifkan").andExpect(status().is3xxRedirection());
        mvc.perform(get("/petugas/tiket/" + t.uuid() + "/kerja").session(login(t.technician())))
                .andExpect(content().string(containsString(renamed)));
        mvc.perform(get("/admin/peralatan/" + UUID.randomUUID()).session(admin)).andExpect(status().isNotFound());
    }

    @Test
    void onlyAdminsKeepTheEquipmentList() throws Exception {
        var t = assignedTicket();
        var technician = login(t.technician());
        mvc.perform(get("/admin/peralatan").session(technician)).andExpect(status().isForbidden());
        postAs(technician, "/admin/peralatan", "name", "Barang teknisi " + unique(), "unitOfMeasure", "buah").andExpect(status().isForbidden());
        mvc.perform(get("/admin/peralatan").session(login(tickets.people().anAgent()))).andExpect(status().isForbidden());
    }

    // --- helpers -------------------------------------------------------------------------

    private TicketInProgress assignedTicket() {
        return tickets.aReceived(TicketKind.INCIDENT).accepted().disposedTo(tickets.people().aUnit()).acceptedByUnit().assigned();
    }

    private UUID addItem(MockHttpSession admin, String name, String unit) throws Exception {
        postAs(admin, "/admin/peralatan", "name", name, "unitOfMeasure", unit).andExpect(status().is3xxRedirection());
        return context.getBean(org.springframework.jdbc.core.simple.JdbcClient.class)
                .sql("SELECT id FROM equipment_items WHERE name = :name").param("name", name).query(UUID.class).single();
    }

    private String version(TicketInProgress t) {
        return String.valueOf(context.getBean(org.springframework.jdbc.core.simple.JdbcClient.class)
                .sql("SELECT version FROM tickets WHERE id = :id").param("id", t.uuid()).query(Long.class).single());
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

    private String minutesAgo(long minutes) {
        return LocalDateTime.ofInstant(clock.instant().minus(Duration.ofMinutes(minutes)), WIB).truncatedTo(ChronoUnit.MINUTES).toString();
    }

    private static String unique() {
        return UUID.randomUUID().toString().substring(0, 8);
    }
}
