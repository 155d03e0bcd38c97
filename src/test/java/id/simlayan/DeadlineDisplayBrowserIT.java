package id.simlayan;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.awaitility.Awaitility.await;

import id.simlayan.calendar.ClockMode;
import id.simlayan.calendar.Target;
import id.simlayan.catalog.TicketKind;
import id.simlayan.sla.internal.PolicyAdministration;
import id.simlayan.sla.internal.SlaPolicy;
import id.simlayan.sla.internal.SlaPolicy.StartEvent;
import id.simlayan.ticket.TicketFixtures;
import java.time.Duration;
import java.util.Set;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Time limits in a real browser, with the sla module's provider: an agent sees the deadline
 * badge in the queue and the "Batas waktu" card on the ticket, on a phone too; the requester
 * reads only the resolution target.
 */
class DeadlineDisplayBrowserIT extends BrowserTest {

    @Autowired
    ApplicationContext context;
    @Autowired
    PolicyAdministration policies;
    @Autowired
    JdbcClient jdbc;

    @Test
    void agentSeesTheBadgeInTheQueueAndTheCardOnTheTicketOnDesktopAndPhone() {
        var ticket = new TicketFixtures(context).aReceived(TicketKind.INCIDENT).accepted();
        String policyName = "Uji tampilan " + ticket.service().code();
        policies.save(new SlaPolicy(null, ticket.service().id(), null, null, policyName, Target.hours(1, ClockMode.BUSINESS),
                Target.workingDays(10), null, null, StartEvent.RECEIVED, Set.of(), 75, false, true, 0), null);
        await().atMost(Duration.ofSeconds(30)).until(() -> jdbc.sql("SELECT count(*) FROM sla_clocks WHERE ticket_id = :id AND due_at IS NOT NULL")
                .param("id", ticket.uuid()).query(Long.class).single() > 0);

        String queue = "/petugas/antrean?service=" + ticket.service().id().value();
        var agent = person("agent").logIn(ticket.agent());
        var page = agent.page();
        agent.open(queue);
        assertThat(page.locator("#deadline-legend")).isVisible();
        var row = page.locator("tr", new com.microsoft.playwright.Page.LocatorOptions().setHasText(ticket.number()));
        assertThat(row.locator(".deadline-badge:visible")).isVisible();
        assertThat(row.locator(".deadline-badge:visible")).hasAttribute("title", Pattern.compile("WIB"));
        agent.shot("01-queue-desktop");

        row.locator("a").first().click();
        page.waitForURL(Pattern.compile(".*/petugas/tiket/" + ticket.uuid() + "$"));
        var card = page.locator("#deadline-card");
        assertThat(card).isVisible();
        assertThat(card).containsText(policyName);
        assertThat(card).containsText("Respons");
        assertThat(card).containsText("Penyelesaian");
        assertThat(card).containsText("10 hari kerja");
        assertThat(card).containsText("WIB");
        agent.shot("02-ticket-desktop");

        var phone = person("agent-phone", Viewport.PHONE).logIn(ticket.agent());
        phone.open(queue);
        var phoneBadge = phone.page().locator(".deadline-badge:visible").first();
        assertThat(phoneBadge).isVisible();
        var box = phoneBadge.boundingBox();
        org.assertj.core.api.Assertions.assertThat(box.x + box.width).as("badge inside the phone's width, not scrolled away")
                .isLessThanOrEqualTo(Viewport.PHONE.width);
        phone.assertFitsWidth();
        phone.shot("03-queue-phone");
        phone.open("/petugas/tiket/" + ticket.uuid());
        assertThat(phone.page().locator("#deadline-card")).isVisible();
        // on a phone the card comes before the long history
        var cardTop = (Number) phone.page().evaluate("() => document.querySelector('#deadline-card').getBoundingClientRect().top");
        var historyTop = (Number) phone.page().evaluate("() => document.querySelector('#timeline').getBoundingClientRect().top");
        org.assertj.core.api.Assertions.assertThat(cardTop.doubleValue()).isLessThan(historyTop.doubleValue());
        phone.assertFitsWidth();
        phone.shot("04-ticket-phone");

        var requester = person("requester", Viewport.PHONE).logIn(ticket.requester());
        requester.open("/lacak/" + ticket.uuid());
        assertThat(requester.page().locator("#resolution-target")).containsText("Target penyelesaian");
        assertThat(requester.page().locator("#deadline-card")).hasCount(0);
        requester.shot("05-tracking-phone");

        agent.assertNoConsoleErrors();
        phone.assertNoConsoleErrors();
    }
}
