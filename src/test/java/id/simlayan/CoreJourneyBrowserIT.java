package id.simlayan;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import com.microsoft.playwright.options.FilePayload;
import com.microsoft.playwright.options.SelectOption;
import id.simlayan.catalog.Audience;
import id.simlayan.catalog.CatalogAdministration;
import id.simlayan.catalog.CatalogAdministration.NewCategory;
import id.simlayan.catalog.CatalogAdministration.NewServiceOffering;
import id.simlayan.catalog.TicketKind;
import id.simlayan.identity.IdentityFixtures;
import id.simlayan.identity.UnitId;
import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The core flow through the real UI, one browser context per person: a citizen registers, an
 * administrator approves, the citizen files a complaint with a photo, the front desk verifies and
 * disposes it, a unit returns it, another unit accepts and assigns a technician, who replies and
 * resolves, and the citizen sees it done (live, without reloading) and confirms. Staff accounts,
 * units and the service are set up through the module APIs (no demo data). Screenshots:
 * target/screenshots/core-journey/NN-step.png.
 */
class CoreJourneyBrowserIT extends BrowserTest {

    /** The citizen registers herself, so her password must pass the registration policy. */
    private static final String CITIZEN_PASSWORD = "Kopi-Tubruk-2026";

    @Autowired
    CatalogAdministration catalogAdministration;

    @Test
    void complaintTravelsFromRegistrationToClosure() {
        var suffix = UUID.randomUUID().toString().substring(0, 6);
        var citizenName = "Siti Aminah";
        var citizenEmail = "siti." + suffix + "@warga.simlayan.test";

        // set-up through the module APIs: staff, two units, a complaint service
        var frontDesk = identities.frontDesk();
        var admin = identities.anAdmin();
        var agent = identities.anAgent();
        var unitX = identities.aUnit();
        var unitY = identities.aUnit();
        var unitXAdmin = identities.aUnitAdmin(unitX);
        var unitYAdmin = identities.aUnitAdmin(unitY);
        var technician = identities.aTechnician(unitY);
        var serviceCode = "adu-uji-" + suffix;
        var serviceName = "Pengaduan Jalan Rusak " + suffix;
        catalogAdministration.create(new NewServiceOffering(serviceCode, serviceName, "Laporkan jalan rusak di lingkungan Anda.",
                "Pengaduan tentang jalan dan fasilitas umum yang rusak.", TicketKind.COMPLAINT, frontDesk,
                List.of(new NewCategory("JALAN", "Jalan rusak"), new NewCategory("LAMPU", "Lampu jalan mati")), Audience.PUBLIC));

        // 1. the citizen registers at /daftar (on a phone)
        var citizen = person("citizen", Viewport.PHONE);
        var page = citizen.page();
        citizen.open("/daftar");
        assertThat(page.locator("#applicant-citizen")).isChecked();
        page.locator("#fullName").fill(citizenName);
        page.locator("#nik").fill(IdentityFixtures.uniqueNik());
        page.locator("#email").fill(citizenEmail);
        page.locator("#phone").fill("0812 3456 7890");
        page.locator("#password").fill(CITIZEN_PASSWORD);
        page.locator("#passwordConfirmation").fill(CITIZEN_PASSWORD);
        page.locator("#consent1").check();
        citizen.assertFitsWidth().shot("01-register-form");
        page.locator("form[action$='/daftar'] button[type=submit]").click();
        page.waitForURL(Pattern.compile(".*/daftar/terkirim$"));
        assertThat(page.locator("main h1")).hasText("Pendaftaran diterima");
        citizen.shot("02-register-sent");

        // not yet approved: the login form says so
        tryLogIn(page, citizenEmail, CITIZEN_PASSWORD);
        page.waitForURL(Pattern.compile(".*/masuk\\?error=inactive$"));
        assertThat(page.locator("main .alert-danger")).containsText("belum aktif");
        citizen.shot("03-login-before-approval");

        // 2. the administrator approves the registration
        var adminPerson = person("admin").logIn(admin);
        var adminPage = adminPerson.page();
        adminPage.navigate("/admin/pendaftaran");
        var registration = adminPage.locator("tr[id^='registration-']").filter(new Locator.FilterOptions().setHasText(citizenEmail));
        assertThat(registration).containsText(citizenName);
        adminPerson.shot("04-admin-registrations");
        var rowId = registration.getAttribute("id");
        // htmx replaces the row with the decision (the form also works as a plain POST-redirect-GET)
        registration.locator("form[action$='/setujui'] button[type=submit]").click();
        assertThat(adminPage.locator("#" + rowId + " .alert-success")).isVisible();
        adminPerson.shot("05-admin-approved");
        adminPage.reload();
        assertThat(adminPage.locator("#" + rowId)).hasCount(0);
        var approvalMail = awaitMail(citizenEmail, "disetujui");
        Assertions.assertThat(body(approvalMail)).contains(citizenName);

        // 3. the citizen logs in and submits a complaint with a photo
        citizen.logIn(citizenEmail, CITIZEN_PASSWORD);
        citizen.openMenuIfCollapsed();
        assertThat(page.locator("#nav-main")).containsText(citizenName);
        page.locator("#nav-main a[href$='/tiket/baru']").click();
        page.waitForURL(Pattern.compile(".*/tiket/baru$"));
        page.locator("a[href$='/tiket/baru/" + serviceCode + "']").click();
        page.waitForURL(Pattern.compile(".*/tiket/baru/" + Pattern.quote(serviceCode) + "$"));
        page.locator("#categoryId").selectOption(new SelectOption().setLabel("Jalan rusak"));
        page.locator("#subject").fill("Jalan berlubang di depan SD Negeri 3");
        page.locator("#description").fill("Lubang sedalam kurang lebih 20 cm di Jl. Merdeka, membahayakan pengendara motor.");
        var photo = png();
        page.locator("#files").setInputFiles(new FilePayload("lubang-jalan.png", "image/png", photo));
        citizen.shot("06-complaint-form");
        navigateBy(page, page.locator("form[action$='/tiket/baru/" + serviceCode + "'] button[type=submit]"));
        page.waitForURL(Pattern.compile(".*/lacak/[0-9a-f-]{36}$"));
        var ticketPath = page.url().substring(page.url().indexOf("/lacak/"));
        var ticketId = ticketPath.substring("/lacak/".length());
        var number = page.locator("#ticket-live h1").textContent().strip();
        Assertions.assertThat(number).matches("ADU-\\d{4}-\\d+");
        assertThat(page.locator(".alert-success")).containsText(number);
        assertThat(statusBadge(page)).hasText("Diterima");
        assertThat(page.locator("#ticket-live")).containsText("lubang-jalan.png");
        citizen.assertFitsWidth().shot("07-ticket-received");

        // 4. the front-desk agent verifies, accepts and disposes the ticket to unit X
        var agentPerson = person("agent").logIn(agent);
        var agentPage = agentPerson.page();
        // the front desk was notified in the application: the navbar badge shows a count
        assertThat(agentPage.locator("#notif-badge .badge")).hasText(Pattern.compile("^\\d+\\+?$"));
        agentPage.locator("#nav-main a[href$='/petugas/antrean']").click();
        agentPage.waitForURL(Pattern.compile(".*/petugas/antrean$"));
        var queueLink = agentPage.locator("table a").filter(new Locator.FilterOptions().setHasText(number));
        assertThat(queueLink).isVisible();
        agentPerson.shot("08-agent-queue");
        queueLink.click();
        agentPage.waitForURL(Pattern.compile(".*/petugas/tiket/" + ticketId + "$"));
        assertThat(agentPage.locator("#ticket-live")).containsText(citizenName);
        agentPerson.shot("09-agent-ticket");
        // the photo comes back unchanged through the attachment link, in the agent's session
        var attachmentLink = agentPage.locator("#ticket-live a[href*='/lampiran/']")
                .filter(new Locator.FilterOptions().setHasText("lubang-jalan.png")).first();
        var attachment = agentPerson.context().request().get(attachmentLink.getAttribute("href"));
        Assertions.assertThat(attachment.status()).isEqualTo(200);
        Assertions.assertThat(attachment.headers().get("content-type")).startsWith("image/png");
        Assertions.assertThat(attachment.body()).isEqualTo(photo);
        submit(agentPage, "/verifikasi");
        assertThat(statusBadge(agentPage)).hasText("Verifikasi");
        submit(agentPage, "/terima");
        assertThat(statusBadge(agentPage)).hasText("Diproses");
        dispose(agentPage, unitX, "Mohon dicek ke lokasi dan ditindaklanjuti.");
        assertThat(agentPage.locator(".alert-success")).containsText("didisposisikan");
        agentPerson.shot("10-agent-disposed-to-x");

        // 5. unit X returns it with a reason; the agent disposes it to unit Y
        var unitXPerson = person("unit-x-admin").logIn(unitXAdmin);
        var unitXPage = unitXPerson.page();
        openFromList(unitXPage, "/petugas/unit", number, ticketId);
        unitXPerson.shot("11-unit-x-ticket");
        unitXPage.locator("#return-text").fill("Bukan kewenangan kami: jalan ini jalan kota, ditangani Dinas PU.");
        submit(unitXPage, "/disposisi/kembalikan");
        assertThat(unitXPage.locator(".alert-success")).containsText("dikembalikan");
        unitXPerson.shot("12-unit-x-returned");

        agentPage.reload();
        assertThat(agentPage.locator("#ticket-live")).containsText("Bukan kewenangan kami");
        dispose(agentPage, unitY, "Mohon ditangani: jalan kota di wilayah Anda.");
        agentPerson.shot("13-agent-disposed-to-y");

        // 6. unit Y accepts and assigns a technician
        var unitYPerson = person("unit-y-admin").logIn(unitYAdmin);
        var unitYPage = unitYPerson.page();
        openFromList(unitYPage, "/petugas/unit", number, ticketId);
        submit(unitYPage, "/disposisi/terima");
        assertThat(unitYPage.locator(".alert-success")).containsText("Disposisi diterima");
        unitYPage.locator("#assign-technician").selectOption(technician.userId().value().toString());
        submit(unitYPage, "/tugaskan");
        assertThat(unitYPage.locator(".alert-success")).containsText("Teknisi ditugaskan");
        assertThat(unitYPage.locator("#ticket-live")).containsText(technician.fullName());
        unitYPerson.shot("14-unit-y-assigned");

        // the citizen keeps a second tab with the tracking page open (live updates, no reload)
        var liveTab = citizen.newPage();
        liveTab.navigate(ticketPath);
        assertThat(statusBadge(liveTab)).hasText("Diproses");
        liveTab.evaluate("() => { window.stillTheSamePage = true; }");

        // 7. the technician (in the field, on a phone) replies publicly and resolves with a note
        var technicianPerson = person("technician", Viewport.PHONE).logIn(technician);
        var technicianPage = technicianPerson.page();
        technicianPage.navigate("/petugas/tugas");
        technicianPerson.assertFitsWidth().shot("15-technician-tasks");
        openFromList(technicianPage, "/petugas/tugas", number, ticketId);
        technicianPerson.assertFitsWidth();
        technicianPage.locator("#reply-text").fill("Tim kami sudah menambal lubang dengan aspal dingin.");
        submit(technicianPage, "/balas");
        assertThat(technicianPage.locator(".alert-success")).containsText("Balasan terkirim");
        technicianPage.locator("#resolve-text").fill("Lubang ditambal 20 x 30 cm, rambu sementara dipasang.");
        submit(technicianPage, "/selesaikan");
        assertThat(statusBadge(technicianPage)).hasText("Selesai");
        technicianPerson.shot("16-technician-resolved");

        // 8. the citizen sees "Selesai" in the open tab without reloading, with the confirm button;
        //    she confirms there (the live-refreshed form carries the fresh version) -> "Ditutup"
        assertThat(statusBadge(liveTab)).hasText("Selesai", new LocatorAssertions.HasTextOptions().setTimeout(15_000));
        assertThat(liveTab.locator("#ticket-live")).containsText("aspal dingin");
        var confirm = liveTab.locator("form[action$='/konfirmasi'] button[type=submit]");
        assertThat(confirm).isVisible();
        Assertions.assertThat(liveTab.evaluate("() => window.stillTheSamePage === true")).as("updated without a reload").isEqualTo(true);
        shot(liveTab, "17-citizen-live-update");
        var confirmed = navigateBy(liveTab, confirm);
        Assertions.assertThat(confirmed.status()).isLessThan(400);
        assertThat(statusBadge(liveTab)).hasText("Ditutup");
        assertThat(liveTab.locator(".alert-success")).containsText("ditutup");
        shot(liveTab, "18-citizen-confirmed-closed");
        liveTab.close();
        // the first tab, reloaded, shows the same
        page.reload();
        assertThat(statusBadge(page)).hasText("Ditutup");
        assertThat(page.locator("#ticket-live")).containsText("Tim kami sudah menambal lubang");
        citizen.assertFitsWidth().shot("19-citizen-closed-after-reload");
        // the same page in English (language menu), then back to Indonesian
        citizen.chooseLanguage("en");
        assertThat(statusBadge(page)).hasText("Closed");
        assertThat(page.locator("#ticket-live")).containsText("History");
        citizen.shot("20-citizen-closed-in-english");
        citizen.chooseLanguage("id");
        assertThat(statusBadge(page)).hasText("Ditutup");

        // the citizen got an e-mail for the status change, and in-app notifications
        var doneMail = awaitMail(citizenEmail, number + ": status Selesai");
        Assertions.assertThat(body(doneMail)).contains(number).contains("/lacak/" + ticketId);
        page.navigate("/notifikasi");
        assertThat(page.locator("main")).containsText(number);
        citizen.assertFitsWidth().shot("21-citizen-notifications");

        List.of(citizen, adminPerson, agentPerson, unitXPerson, unitYPerson, technicianPerson).forEach(Person::assertNoConsoleErrors);
    }

    private static void tryLogIn(Page page, String email, String password) {
        page.navigate("/masuk");
        page.locator("#email").fill(email);
        page.locator("#password").fill(password);
        page.locator("form[action$='/masuk'] button[type=submit]").click();
    }

    /** The status badge of the ticket's live part. */
    private static Locator statusBadge(Page page) {
        return page.locator("#ticket-live .status-badge").first();
    }

    /** Submits the ticket form whose action ends with {@code actionSuffix} and waits for the redirect back. */
    private static void submit(Page page, String actionSuffix) {
        var response = navigateBy(page, page.locator("form[action$='" + actionSuffix + "'] button[type=submit]"));
        Assertions.assertThat(response.status()).as("status after posting %s", actionSuffix).isLessThan(400);
    }

    private static void dispose(Page page, UnitId unit, String instruction) {
        page.locator("#dispose-unit").selectOption(unit.value().toString());
        page.locator("#dispose-instruction").fill(instruction);
        submit(page, "/disposisi");
    }

    /** Opens a staff list and follows the ticket's link. */
    private static void openFromList(Page page, String listPath, String number, String ticketId) {
        page.navigate(listPath);
        var link = page.locator("table a").filter(new Locator.FilterOptions().setHasText(number));
        link.click();
        page.waitForURL(Pattern.compile(".*/petugas/tiket/" + ticketId + "$"));
    }

    /** A small real PNG (a grey road with a dark hole), made here so the test needs no file. */
    private static byte[] png() {
        var image = new BufferedImage(64, 48, BufferedImage.TYPE_INT_RGB);
        var g = image.createGraphics();
        g.setColor(new Color(0x80, 0x80, 0x80));
        g.fillRect(0, 0, 64, 48);
        g.setColor(new Color(0x30, 0x20, 0x10));
        g.fillOval(20, 14, 24, 18);
        g.dispose();
        try (var out = new ByteArrayOutputStream()) {
            ImageIO.write(image, "png", out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

}
