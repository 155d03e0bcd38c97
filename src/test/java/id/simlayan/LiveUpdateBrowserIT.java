package id.simlayan;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import id.simlayan.catalog.TicketKind;
import id.simlayan.ticket.TicketFixtures;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/**
 * A live update must never throw away what someone is typing: with text in a form, the page
 * offers a reload instead of replacing itself.
 */
class LiveUpdateBrowserIT extends BrowserTest {

    @Autowired
    ApplicationContext context;

    @Test
    void staffPageKeepsTypedTextWhenTheTicketChangesAndOffersAReload() {
        var ticket = new TicketFixtures(context).aReceived(TicketKind.REQUEST).accepted();
        var path = "/petugas/tiket/" + ticket.uuid();

        var agent = person("agent").logIn(ticket.agent()).open(path);
        var agentPage = agent.page();
        agentPage.locator("#reply-text").fill("Draf balasan yang belum dikirim");

        var requester = person("requester").logIn(ticket.requester()).open("/lacak/" + ticket.uuid());
        requester.page().locator("#reply-text").fill("Ada tambahan informasi dari saya.");
        navigateBy(requester.page(), requester.page().locator("form[action$='/balas'] button[type=submit]"));

        assertThat(agentPage.locator("#live-stale-notice")).isVisible();
        assertThat(agentPage.locator("#live-stale-notice")).containsText("baru saja diperbarui");
        assertThat(agentPage.locator("#reply-text")).hasValue("Draf balasan yang belum dikirim");
        assertThat(agentPage.locator("#ticket-live")).not().containsText("Ada tambahan informasi dari saya.");
        shot(agentPage, "01-staff-typing-offered-reload");

        navigateBy(agentPage, agentPage.locator("#live-stale-notice button"));
        assertThat(agentPage.locator("#ticket-live")).containsText("Ada tambahan informasi dari saya.");
        agent.assertNoConsoleErrors();
    }
}
