package id.simlayan;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.options.FilePayload;
import com.microsoft.playwright.options.SelectOption;
import id.simlayan.catalog.TicketKind;
import id.simlayan.ticket.TicketFixtures;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.UUID;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/** The help-desk tools in a real browser: a canned reply put into the reply field by htmx, a file on the reply, a related ticket. */
class HelpDeskBrowserIT extends BrowserTest {

    @Autowired
    ApplicationContext context;

    @Test
    void anAgentAnswersWithACannedReplyAndAFileAndLinksARelatedTicket() throws IOException {
        var tickets = new TicketFixtures(context);
        var ticket = tickets.aReceived(TicketKind.REQUEST).accepted();
        var related = tickets.aReceived(TicketKind.INCIDENT);
        var agent = person("agent", Viewport.PHONE).logIn(ticket.agent());
        var page = agent.page();
        String title = "Panduan reset " + UUID.randomUUID().toString().substring(0, 6);

        agent.open("/petugas/template-balasan/baru");
        page.locator("#template-title").fill(title);
        page.locator("#template-body").fill("Yth. {nama}, untuk tiket {nomor} silakan ikuti panduan terlampir.");
        navigateBy(page, page.locator("#reply-template-form button[type=submit]"));
        assertThat(page.locator("#reply-templates")).containsText(title);
        agent.assertFitsWidth().shot("01-reply-templates");

        String ticketPath = "/petugas/tiket/" + ticket.uuid();
        agent.open(ticketPath);
        page.locator("#reply-template").selectOption(new SelectOption().setLabel(title));
        page.locator("#reply-template-picker button[type=submit]").click();
        String filled = "Yth. " + ticket.requester().fullName() + ", untuk tiket " + ticket.number() + " silakan ikuti panduan terlampir.";
        assertThat(page.locator("#reply-text")).hasValue(filled);
        // htmx swapped the field in place: still the ticket page, not the plain-GET fallback
        Assertions.assertThat(page.url()).endsWith(ticketPath);

        page.locator("#reply-files").setInputFiles(new FilePayload("panduan-reset.png", "image/png", png()));
        navigateBy(page, page.locator("form[action$='/balas'] button[type=submit]"));
        assertThat(page.locator("#timeline a", new com.microsoft.playwright.Page.LocatorOptions().setHasText("panduan-reset.png")))
                .isVisible();
        assertThat(page.locator("#timeline")).containsText(filled);

        page.locator("#link-number").fill(related.number());
        navigateBy(page, page.locator("form[action$='/terkait'] button[type=submit]"));
        assertThat(page.locator("#related-tickets")).containsText(related.number());
        agent.assertFitsWidth().shot("02-ticket-with-template-file-and-link");
        agent.assertNoConsoleErrors();

        var requester = person("requester", Viewport.DESKTOP).logIn(ticket.requester());
        requester.open("/lacak/" + ticket.uuid());
        assertThat(requester.page().locator("#timeline")).containsText("panduan-reset.png");
        assertThat(requester.page().locator("main")).not().containsText(related.number());
        requester.shot("03-requester-sees-the-file");
        requester.assertNoConsoleErrors();
    }

    private static byte[] png() throws IOException {
        var image = new java.awt.image.BufferedImage(8, 6, java.awt.image.BufferedImage.TYPE_INT_RGB);
        image.setRGB(2, 2, 0x2255aa);
        var out = new ByteArrayOutputStream();
        ImageIO.write(image, "png", out);
        return out.toByteArray();
    }
}
