package id.simlayan;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import id.simlayan.catalog.TicketKind;
import id.simlayan.ticket.TicketFixtures;
import java.nio.file.Files;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/**
 * Seed 004 (Batik.Net outage) end to end in Chromium, every step clicked in "Langkah berikutnya":
 * an admin gives a fresh service the batiknet-gangguan template; the reporting OPD's requester
 * (on a phone) files the outage; the agent receives the letter (number) and disposes it to the
 * technical team; the team admin accepts and delegates to a technician, who finds heavy damage and
 * lists the equipment; the team's supervisor (penanggung jawab) approves; the technician logs the
 * work and the replaced equipment, reports the result and generates the berita acara; closing is
 * refused until the requester confirms it with name and NIP; then SELESAI, and the requester
 * confirms. Screenshots under {@code target/screenshots/batiknet/}.
 */
class BatikNetOutageBrowserIT extends BrowserTest {

    private static final String NIP = "198609262015051001";

    @Autowired
    ApplicationContext context;

    @Override
    protected String screenshotFolder() {
        return "batiknet";
    }

    @Test
    void anOpdOutageIsRepairedWithApprovedEquipmentAndClosedWithTheBeritaAcaraTheOpdConfirmed() throws Exception {
        var service = new TicketFixtures(context).aService(TicketKind.REQUEST);
        var team = identities.aUnit();
        var teamAdminAccount = identities.aUnitAdmin(team);
        var supervisorAccount = identities.aSupervisor(team);
        var technicianAccount = identities.aTechnician(team);
        var requesterAccount = identities.anAsn();
        String converter = "Media converter " + UUID.randomUUID().toString().substring(0, 6);

        // the admin copies the Batik.Net template into the service's standard and publishes it; keeps the equipment list
        var admin = person("admin").logIn(identities.anAdmin());
        var adminPage = admin.page();
        admin.open("/admin/standar/" + service.code());
        navigateBy(adminPage, adminPage.locator("form[action$='/draf/mulai'] button[type=submit]"));
        admin.open("/admin/standar/" + service.code() + "/draf/alur");
        adminPage.locator("#template").selectOption("batiknet-gangguan");
        navigateBy(adminPage, adminPage.locator("#template-form button[type=submit]"));
        navigateBy(adminPage, adminPage.locator("#confirm-adopt"));
        assertThat(adminPage.locator("#workflow-name")).hasText("Gangguan jaringan lokal Batik.Net");
        admin.open("/admin/standar/" + service.code() + "/terbit");
        adminPage.locator("#effectiveDate").fill(LocalDate.now(ZoneId.of("Asia/Jakarta")).toString());
        navigateBy(adminPage, adminPage.locator("form[action$='/terbit'] button[type=submit]"));
        admin.open("/admin/peralatan/baru");
        adminPage.locator("#equipment-name").fill(converter);
        adminPage.locator("#equipment-unit").fill("unit");
        navigateBy(adminPage, adminPage.locator("#equipment-form button[type=submit]"));
        admin.assertNoConsoleErrors();

        // the reporting OPD's requester files the outage on a phone
        var requester = person("requester", Viewport.PHONE).logIn(requesterAccount);
        var own = requester.page();
        requester.open("/tiket/baru/" + service.code());
        own.locator("#categoryId").selectOption(new com.microsoft.playwright.options.SelectOption().setIndex(1));
        own.locator("#subject").fill("Batik.Net putus di kantor kecamatan");
        own.locator("#description").fill("Sejak pagi seluruh komputer kantor kecamatan tidak terhubung ke Batik.Net.");
        navigateBy(own, own.locator("form button[type=submit]", new Page.LocatorOptions().setHasText("Kirim")));
        assertThat(own).hasURL(Pattern.compile(".*/lacak/[0-9a-f-]{36}$"));
        String id = own.url().replaceFirst(".*/lacak/", "");
        String staffUrl = "/petugas/tiket/" + id;
        requester.assertFitsWidth();
        requester.shot("01-requester-filed-phone");

        // the agent receives the letter and disposes it to the technical team
        var agent = person("agent").logIn(identities.anAgent()).open(staffUrl);
        var desk = agent.page();
        assertCurrentStage(desk, "Surat pemberitahuan gangguan dari OPD diterima");
        assertThat(desk.locator("#workflow-diagram svg")).isVisible();
        assertOffered(desk, "terima-surat");
        agent.shot("02-agent-letter-received-stage");
        desk.locator("#step-terima-surat-ref").fill("005/311/KEC/2026");
        take(desk, "terima-surat", "Terima surat laporan gangguan");
        assertCurrentStage(desk, "Dinas Kominfo memberikan disposisi");
        assertOffered(desk, "disposisi-tim-teknis", "minta-kelengkapan", "tolak");
        desk.locator("#step-disposisi-tim-teknis-unit").selectOption(team.value().toString());
        desk.locator("#step-disposisi-tim-teknis-reason").fill("Mohon dicek ke lokasi.");
        take(desk, "disposisi-tim-teknis", "Disposisi ke tim teknis");
        assertCurrentStage(desk, "Pengecekan, pemantauan dan diagnosa perangkat jaringan");
        agent.assertNoConsoleErrors();

        // the team admin accepts the disposition and delegates to the technician
        var teamAdmin = person("team-admin").logIn(teamAdminAccount).open(staffUrl);
        var unitPage = teamAdmin.page();
        navigateBy(unitPage, teamAdmin.button("Terima disposisi"));
        assertOffered(unitPage, "tugaskan");
        unitPage.locator("#step-tugaskan-assignee").selectOption(technicianAccount.userId().value().toString());
        teamAdmin.shot("03-team-admin-delegates");
        take(unitPage, "tugaskan", "Tugaskan pelaksana teknis");
        teamAdmin.assertNoConsoleErrors();

        // the technician: heavy damage, the equipment needed
        var technician = person("technician").logIn(technicianAccount).open(staffUrl);
        var field = technician.page();
        assertCurrentStage(field, "Pengecekan, pemantauan dan diagnosa perangkat jaringan");
        assertOffered(field, "kerusakan-ringan", "kerusakan-berat");
        technician.shot("04-technician-diagnoses");
        take(field, "kerusakan-berat", "Kerusakan berat");
        assertCurrentStage(field, "Melaporkan peralatan dan bahan yang diperlukan kepada penanggung jawab");
        field.locator("#step-ajukan-peralatan-equipment").fill("1 media converter; 2 patch cord");
        take(field, "ajukan-peralatan", "Ajukan peralatan dan bahan");
        assertCurrentStage(field, "Penanggung jawab menindaklanjuti laporan");
        assertOffered(field);
        assertThat(field.locator("#workflow-steps")).containsText("Tidak ada langkah alur yang dapat Anda ambil pada tahap ini.");

        // the person in charge approves and orders the repair
        var supervisor = person("supervisor").logIn(supervisorAccount).open(staffUrl);
        var head = supervisor.page();
        assertOffered(head, "setujui", "tolak-pengajuan");
        // what is to be approved: the technician's list, on the timeline with the step that recorded it
        assertThat(head.locator("#timeline .step-record").filter(new com.microsoft.playwright.Locator.FilterOptions()
                .setHasText("Ajukan peralatan dan bahan")).locator(".equipment-list")).hasText("1 media converter; 2 patch cord");
        assertThat(head.locator("#timeline")).containsText("005/311/KEC/2026");
        supervisor.shot("05-supervisor-approves");
        take(head, "setujui", "Setujui dan perintahkan perbaikan");
        assertCurrentStage(head, "Perbaikan kerusakan");
        supervisor.assertNoConsoleErrors();

        // the technician logs the work with the replaced equipment, reports the result, generates the berita acara
        technician.open(staffUrl + "/kerja");
        field.locator("#work-description").fill("Mengganti media converter yang mati di ruang server kecamatan");
        field.locator("#work-minutes").fill("45");
        field.locator("#use-item-0").selectOption(new com.microsoft.playwright.options.SelectOption().setLabel(converter + " (unit)"));
        field.locator("#use-quantity-0").fill("1");
        field.locator("#use-serials-0").fill("MC-2026-0042");
        field.locator("#use-replaced-0").fill("Media converter lama SN MC-2019-0007");
        navigateBy(field, field.locator("#work-entry-form button[type=submit]"));
        technician.open(staffUrl);
        field.locator("#step-laporkan-hasil-text").fill("Media converter diganti, koneksi Batik.Net normal kembali.");
        take(field, "laporkan-hasil", "Laporkan hasil perbaikan");
        assertCurrentStage(field, "Berita acara penggantian peralatan jaringan lokal");
        navigateBy(field, field.locator("#handover-generate button"));
        assertThat(field.locator("#berita-acara")).containsText("Menunggu konfirmasi OPD pelapor");

        // closing before the OPD confirmed: refused with the reason, the stage stays
        assertOffered(field, "selesaikan");
        field.locator("#step-selesaikan-text").fill("Perbaikan selesai.");
        take(field, "selesaikan", "Selesai dengan berita acara yang ditandatangani OPD pelapor");
        assertThat(field.locator(".alert-danger[role=alert]").first())
                .hasText("Berita acara serah terima belum dikonfirmasi oleh OPD pelapor.");
        assertCurrentStage(field, "Berita acara penggantian peralatan jaringan lokal");
        technician.shot("06-technician-closing-refused");

        // the requester downloads the berita acara, reads it, confirms it with name and NIP
        requester.open("/lacak/" + id);
        assertThat(own.locator(".status-badge").first()).hasText("Diproses");
        var download = own.waitForDownload(() -> own.locator("#handover-download").click());
        String pdf;
        try (var document = Loader.loadPDF(Files.readAllBytes(download.path()))) {
            // table cells wrap: join a word broken after a hyphen, read every other line break as a space
            pdf = new PDFTextStripper().getText(document).replaceAll("-\\s*\\n", "-").replaceAll("\\s+", " ");
        }
        assertThat(pdf).contains("BERITA ACARA PENGGANTIAN PERALATAN JARINGAN LOKAL", "Mengganti media converter yang mati", converter, "MC-2026-0042",
                "Media converter lama SN MC-2019-0007");
        own.locator("#handover-name").fill("Siti Aminah");
        own.locator("#handover-nip").fill(NIP);
        navigateBy(own, own.locator("#handover-confirm button[type=submit]"));
        assertThat(own.locator("#berita-acara")).containsText("Dikonfirmasi oleh Siti Aminah (NIP " + NIP + ")");
        requester.assertFitsWidth();
        requester.shot("07-requester-confirmed-berita-acara-phone");

        // now the technician closes it
        technician.open(staffUrl);
        field.locator("#step-selesaikan-text").fill("Perbaikan selesai, berita acara dikonfirmasi OPD.");
        take(field, "selesaikan", "Selesai dengan berita acara yang ditandatangani OPD pelapor");
        assertCurrentStage(field, "Perbaikan gangguan jaringan lokal selesai");
        technician.shot("08-technician-done");

        // the requester sees SELESAI and confirms
        requester.open("/lacak/" + id);
        assertThat(own.locator(".status-badge").first()).hasText("Selesai");
        requester.shot("09-requester-done-phone");
        navigateBy(own, requester.button("Konfirmasi selesai"));
        assertThat(own.locator(".status-badge").first()).hasText("Ditutup");
        requester.assertFitsWidth();
        requester.shot("10-requester-closed-phone");

        technician.assertNoConsoleErrors();
        requester.assertNoConsoleErrors();
    }

    /** Clicks the step's button (its label as the definition names it) and waits for the ticket page again. */
    private static void take(Page page, String stepKey, String label) {
        var button = page.locator("#step-" + stepKey).getByRole(AriaRole.BUTTON, new com.microsoft.playwright.Locator.GetByRoleOptions()
                .setName(label).setExact(true));
        navigateBy(page, button);
    }

    /** "Langkah berikutnya" offers exactly these steps to the person on the page. */
    private static void assertOffered(Page page, String... stepKeys) {
        var ids = ((List<?>) page.locator("#workflow-steps form.workflow-step").evaluateAll("forms => forms.map(f => f.id)"))
                .stream().map(String::valueOf).toList();
        assertThat(ids).as("steps offered on %s", page.url()).containsExactly(java.util.Arrays.stream(stepKeys).map(k -> "step-" + k)
                .toArray(String[]::new));
    }

    /** The text list beside the diagram marks this stage "(tahap sekarang)". */
    private static void assertCurrentStage(Page page, String label) {
        var current = page.locator("#workflow-stage-list li[aria-current=step]");
        assertThat(current).hasCount(1);
        assertThat(current).containsText(label);
        assertThat(current).containsText("(tahap sekarang)");
    }
}
