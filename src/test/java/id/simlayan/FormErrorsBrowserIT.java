package id.simlayan;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.options.FilePayload;
import com.microsoft.playwright.options.SelectOption;
import id.simlayan.catalog.Audience;
import id.simlayan.catalog.CatalogAdministration;
import id.simlayan.catalog.CatalogAdministration.NewCategory;
import id.simlayan.catalog.CatalogAdministration.NewServiceOffering;
import id.simlayan.catalog.TicketKind;
import id.simlayan.identity.IdentityFixtures;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Bad input in a real browser: the message sits next to the field, in Indonesian, and the typed values stay. */
class FormErrorsBrowserIT extends BrowserTest {

    @Autowired
    CatalogAdministration catalogAdministration;

    @Test
    void registrationWithAnInvalidNikShowsTheReasonNextToTheField() {
        var visitor = person("visitor", Viewport.PHONE);
        var page = visitor.page();
        var email = IdentityFixtures.uniqueEmail("salah-nik");
        visitor.open("/daftar");
        page.locator("#fullName").fill("Budi Santoso");
        page.locator("#nik").fill("3375013213990001"); // month 13
        page.locator("#email").fill(email);
        page.locator("#phone").fill("081234567890");
        page.locator("#password").fill("Kopi-Tubruk-2026");
        page.locator("#passwordConfirmation").fill("Kopi-Tubruk-2026");
        page.locator("#consent1").check();

        var response = navigateBy(page, page.locator("form[action$='/daftar'] button[type=submit]"));

        Assertions.assertThat(response.status()).isEqualTo(400);
        assertThat(page.locator("#nik")).hasClass(java.util.regex.Pattern.compile("\\bis-invalid\\b"));
        assertThat(page.locator("#nik ~ .invalid-feedback")).isVisible();
        assertThat(page.locator("#nik ~ .invalid-feedback")).containsText("tanggal lahir");
        assertThat(page.locator("#email")).hasValue(email);
        assertThat(page.locator("main .alert-danger")).containsText("Periksa isian");
        visitor.assertFitsWidth().shot("01-registration-bad-nik");
        visitor.tolerate("(status of 400|HTTP 400 POST).*daftar").assertNoConsoleErrors();
    }

    @Test
    void complaintWithAFileThatIsNotWhatItsNameSaysIsRefusedAndNothingIsFiled() {
        var suffix = UUID.randomUUID().toString().substring(0, 6).toUpperCase();
        var serviceCode = "adu-tolak-" + suffix.toLowerCase();
        catalogAdministration.create(new NewServiceOffering(serviceCode, "Pengaduan Uji " + suffix, "Ringkasan", "Uraian",
                TicketKind.COMPLAINT, identities.frontDesk(), List.of(new NewCategory("UMUM", "Umum")), Audience.PUBLIC));
        var requester = identities.aRequester();
        var citizen = person("citizen", Viewport.DESKTOP).logIn(requester);
        var page = citizen.page();
        citizen.open("/tiket/baru/" + serviceCode);
        page.locator("#categoryId").selectOption(new SelectOption().setLabel("Umum"));
        page.locator("#subject").fill("Foto bukti");
        page.locator("#description").fill("Lampiran foto kerusakan.");
        page.locator("#files").setInputFiles(new FilePayload("foto.png", "image/png",
                "ini bukan gambar, hanya teks biasa".getBytes(StandardCharsets.UTF_8)));

        var response = navigateBy(page, page.locator("form[action$='/tiket/baru/" + serviceCode + "'] button[type=submit]"));

        Assertions.assertThat(response.status()).isEqualTo(400);
        assertThat(page.locator("#files")).hasClass(java.util.regex.Pattern.compile("\\bis-invalid\\b"));
        assertThat(page.locator("#files ~ .invalid-feedback")).containsText("foto.png");
        assertThat(page.locator("#subject")).hasValue("Foto bukti");
        citizen.shot("02-complaint-file-refused");
        citizen.open("/lacak");
        assertThat(page.locator("main")).not().containsText("Foto bukti");
        citizen.tolerate("(status of 400|HTTP 400 POST).*/tiket/baru/").assertNoConsoleErrors();
    }
}
