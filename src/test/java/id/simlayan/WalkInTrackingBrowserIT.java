package id.simlayan;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import id.simlayan.catalog.Audience;
import id.simlayan.catalog.CatalogAdministration;
import id.simlayan.catalog.CatalogAdministration.NewServiceOffering;
import id.simlayan.catalog.TicketKind;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Issue 9's walk-in journey: an agent logs a visitor's complaint at the front desk and hands over
 * the printed receipt; the visitor, without an account, follows it on a phone with the ticket
 * number and access code, sees the public reply and no personal data; a wrong code gets nothing.
 */
class WalkInTrackingBrowserIT extends BrowserTest {

    @Autowired
    CatalogAdministration catalog;

    @Test
    void aWalkInVisitorFollowsTheTicketOnAPhoneWithTheCodeFromTheReceipt() {
        String suffix = UUID.randomUUID().toString().substring(0, 6);
        String code = "aduan-loket-" + suffix;
        catalog.create(new NewServiceOffering(code, "Layanan Loket " + suffix, "Permintaan langsung di loket.", "Untuk warga.",
                TicketKind.REQUEST, identities.frontDesk(), List.of(), Audience.PUBLIC));
        String visitorName = "Sri Rahayu " + suffix;
        String visitorPhone = "0813 2222 " + (1000 + (int) (Math.random() * 8999));

        // the agent logs the walk-in and gets the receipt
        var agent = person("agent").logIn(identities.anAgent());
        var page = agent.page();
        agent.open("/petugas/tiket/baru/" + code);
        page.locator("#channel").selectOption("WALK_IN");
        page.locator("#requesterName").fill(visitorName);
        page.locator("#phone").fill(visitorPhone);
        page.locator("#consent1").check();
        page.locator("#subject").fill("Lampu lalu lintas di simpang Jl. Hayam Wuruk mati");
        page.locator("#description").fill("Sejak kemarin malam lampu lalu lintas mati; rawan kecelakaan pada jam sibuk.");
        navigateBy(page, agent.button("Catat tiket"));
        var number = page.locator("#receipt-number").textContent().strip();
        var accessCode = page.locator("#receipt-code").textContent().strip();
        assertThat(page.locator("#access-code-receipt")).isVisible();
        agent.shot("01-agent-receipt");

        // a public reply from the agent
        navigateBy(page, page.locator("#logged-ticket-link"));
        page.locator("#reply-text").fill("Laporan sudah kami teruskan ke Dinas Perhubungan; petugas dijadwalkan memeriksa hari ini.");
        navigateBy(page, agent.button("Kirim balasan"));
        agent.assertNoConsoleErrors();

        // the visitor on a phone: a wrong code first, then the right one
        var visitor = person("visitor", Viewport.PHONE);
        var phone = visitor.page();
        visitor.open("/lacak/kode");
        phone.locator("#track-number").fill(number);
        phone.locator("#track-code").fill("ABCD-EFGH-JKMN-PQRS");
        navigateBy(phone, visitor.button("Lacak"));
        assertThat(phone.locator("#code-error")).hasText("Nomor tiket atau kode akses tidak cocok.");
        visitor.shot("02-visitor-wrong-code");

        phone.locator("#track-number").fill(number);
        phone.locator("#track-code").fill(accessCode.toLowerCase().replace("-", ""));
        navigateBy(phone, visitor.button("Lacak"));
        var tracking = phone.locator("#public-tracking");
        assertThat(tracking).containsText(number);
        assertThat(tracking.locator("#timeline")).containsText("Dinas Perhubungan");
        assertThat(tracking).not().containsText(visitorName);
        assertThat(tracking).not().containsText(visitorPhone);
        assertThat(tracking).not().containsText("Lampu lalu lintas di simpang");
        visitor.assertFitsWidth();
        visitor.shot("03-visitor-tracking");
        // the wrong attempt is answered 401/400-like on purpose
        visitor.tolerate("(status of 4\\d\\d|HTTP 4\\d\\d POST).*/lacak/kode").assertNoConsoleErrors();
    }
}
