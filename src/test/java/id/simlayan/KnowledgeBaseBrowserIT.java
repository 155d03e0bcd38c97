package id.simlayan;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import id.simlayan.catalog.TicketKind;
import id.simlayan.ticket.TicketFixtures;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/**
 * The knowledge base with htmx in a real browser: an agent writes and publishes an article, a
 * requester typing a subject on the submission form is offered it, a visitor's vote swaps only
 * the vote box.
 */
class KnowledgeBaseBrowserIT extends BrowserTest {

    @Autowired
    ApplicationContext context;

    @Test
    void anAgentPublishesAnArticleThatIsSuggestedWhileTypingAndVotedOn() {
        String word = ThreadLocalRandom.current().ints(9, 'a', 'z' + 1)
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString();
        String title = "Printer " + word + " tidak mencetak";
        var service = new TicketFixtures(context).aService(TicketKind.INCIDENT);

        var agent = person("agen").logIn(identities.anAgent());
        var page = agent.page();
        agent.open("/petugas/bantuan");
        page.locator("#section-title-id").fill("Perangkat " + word);
        page.locator("#kb-section-form button[type=submit]").click();
        page.waitForURL(Pattern.compile(".*/petugas/bantuan(#.*)?$"));
        agent.open("/petugas/bantuan/artikel/baru");
        page.locator("#kb-section").selectOption(new com.microsoft.playwright.options.SelectOption().setLabel("Perangkat " + word));
        page.locator("#kb-title-id").fill(title);
        page.locator("#kb-body-id").fill("Periksa **kabel** dan antrean cetak.");
        page.locator("#kb-article-form button[type=submit]").click();
        page.waitForURL(Pattern.compile(".*/petugas/bantuan/artikel/[0-9a-f-]{36}$"));
        page.locator("#kb-status-form button").click();
        assertThat(page.locator("#kb-status-form button")).hasText("Tarik kembali menjadi draf");
        agent.shot("knowledge-01-editor");

        var requester = person("warga").logIn(identities.aRequester());
        requester.open("/tiket/baru/" + service.code());
        requester.page().locator("#subject").pressSequentially("printer " + word);
        var suggestion = requester.page().locator("#kb-suggestions a");
        assertThat(suggestion).hasText(title);
        assertThat(suggestion).hasAttribute("target", "_blank");
        requester.shot("knowledge-02-suggestion");

        var visitor = person("visitor");
        visitor.open("/bantuan?q=" + word);
        visitor.page().locator("#kb-results a").first().click();
        assertThat(visitor.page().locator("h1")).containsText(title);
        assertThat(visitor.page().locator("#kb-body strong")).hasText("kabel");
        String url = visitor.page().url();
        visitor.page().locator("#kb-votes button[value=true]").click();
        assertThat(visitor.page().locator("#kb-votes-yes")).hasText("1");
        assertThat(visitor.page().locator("#kb-votes button[value=true]")).isDisabled();
        // htmx swapped the box: the page itself did not reload
        org.assertj.core.api.Assertions.assertThat(visitor.page().url()).isEqualTo(url);
        visitor.shot("knowledge-03-voted");
        org.assertj.core.api.Assertions.assertThat(visitor.consoleErrors()).isEmpty();
    }
}
