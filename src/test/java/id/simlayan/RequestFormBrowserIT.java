package id.simlayan;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.options.FilePayload;
import id.simlayan.catalog.Audience;
import id.simlayan.catalog.CatalogAdministration;
import id.simlayan.catalog.CatalogAdministration.NewServiceOffering;
import id.simlayan.catalog.TicketKind;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Issue 8's journey: an admin builds a small request form with a required document in the
 * builder, previews it and publishes the standard; a requester on a phone files a request, is
 * told next to the field that the document is missing, attaches it and sees the answers on the
 * ticket's page.
 */
class RequestFormBrowserIT extends BrowserTest {

    /** A one-page PDF, as small as a reader accepts: enough for storage's content check. */
    static final byte[] LETTER_PDF = """
            %PDF-1.4
            1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj
            2 0 obj << /Type /Pages /Kids [3 0 R] /Count 1 >> endobj
            3 0 obj << /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] >> endobj
            trailer << /Root 1 0 R >>
            %%EOF
            """.getBytes(StandardCharsets.US_ASCII);

    @Autowired
    CatalogAdministration catalog;

    @Test
    void anAdminBuildsAFormWithARequiredDocumentAndARequesterFilesItOnAPhone() {
        String suffix = UUID.randomUUID().toString().substring(0, 6);
        String code = "izin-uji-" + suffix;
        String serviceName = "Peminjaman Ruang Rapat " + suffix;
        catalog.create(new NewServiceOffering(code, serviceName, "Peminjaman ruang rapat Diskominfo.", "Untuk OPD.", TicketKind.REQUEST,
                identities.frontDesk(), List.of(), Audience.PUBLIC));

        // the admin starts the draft and builds the form: a required PDF and an optional short text
        var admin = person("admin").logIn(identities.anAdmin());
        var page = admin.page();
        admin.open("/admin/standar/" + code);
        navigateBy(page, page.locator("form[action$='/draf/mulai'] button"));
        admin.open("/admin/standar/" + code + "/draf/formulir");
        addField(page, "surat-pengantar", "DOCUMENT", "Surat pengantar dari OPD", true);
        assertThat(page.locator("#kolom-surat-pengantar")).containsText("Surat pengantar dari OPD");
        addField(page, "jumlah-peserta", "NUMBER", "Jumlah peserta rapat", false);
        assertThat(page.locator("#form-fields > li")).hasCount(2);
        admin.shot("01-admin-form-builder");
        navigateBy(page, page.locator("#form-preview-link"));
        assertThat(page.locator("input[type=file][name='doc.surat-pengantar']")).hasAttribute("accept", ".pdf");
        admin.shot("02-admin-form-preview");

        admin.open("/admin/standar/" + code + "/terbit");
        page.locator("#effectiveDate").fill(LocalDate.now(ZoneId.of("Asia/Jakarta")).toString());
        navigateBy(page, page.getByRole(com.microsoft.playwright.options.AriaRole.BUTTON,
                new com.microsoft.playwright.Page.GetByRoleOptions().setName("Ya, terbitkan")));
        admin.open("/layanan/" + code);
        assertThat(page.locator("body")).containsText("Surat pengantar dari OPD");
        admin.assertNoConsoleErrors();

        // the requester, on a phone, forgets the document first
        var requester = person("requester", Viewport.PHONE).logIn(identities.aRequester());
        var phone = requester.page();
        requester.open("/tiket/baru/" + code);
        assertThat(phone.locator("#request-form")).containsText("Surat pengantar dari OPD");
        phone.locator("#subject").fill("Peminjaman ruang rapat lantai 3 untuk sosialisasi");
        phone.locator("#description").fill("Untuk sosialisasi aplikasi kepada 25 operator kelurahan, Kamis pukul 09.00 sampai 12.00.");
        phone.locator("#f-jumlah-peserta").fill("25");
        navigateBy(phone, requester.button("Kirim"));
        assertThat(phone.locator("#f-surat-pengantar-error")).hasText("Dokumen wajib diunggah.");
        assertThat(phone.locator("#f-surat-pengantar")).hasAttribute("aria-invalid", "true");
        assertThat(phone.locator("#f-jumlah-peserta")).hasValue("25");
        requester.assertFitsWidth();
        requester.shot("03-requester-document-missing");

        phone.locator("#f-surat-pengantar").setInputFiles(new FilePayload("surat-pengantar.pdf", "application/pdf", LETTER_PDF));
        navigateBy(phone, requester.button("Kirim"));
        assertThat(phone.locator("#access-code-receipt")).isVisible();
        var answers = phone.locator("#form-answers");
        assertThat(answers.locator("[data-answer='jumlah-peserta']")).hasText("25");
        assertThat(answers.locator("[data-answer='surat-pengantar'] a")).hasText("surat-pengantar.pdf");
        requester.assertFitsWidth();
        requester.shot("04-requester-ticket-with-answers");
        // the first attempt is answered 400 on purpose (the missing document)
        requester.tolerate("(status of 400|HTTP 400 POST).*/tiket/baru/").assertNoConsoleErrors();
    }

    private static void addField(com.microsoft.playwright.Page page, String key, String kind, String label, boolean required) {
        var form = page.locator("#field-form");
        form.locator("#field-key").fill(key);
        form.locator("#field-kind").selectOption(kind);
        form.locator("#field-label").fill(label);
        if (required) {
            form.locator("#field-required").check();
        }
        if (kind.equals("DOCUMENT")) {
            form.locator("#field-documentType-PDF").check();
        }
        navigateBy(page, form.locator("button[type=submit]"));
        assertThat(page.locator("#field-form-errors")).hasCount(0);
    }
}
