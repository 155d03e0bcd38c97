package id.simlayan;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.options.BoundingBox;
import id.simlayan.catalog.TicketKind;
import id.simlayan.ticket.TicketFixtures;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/**
 * The ticket pages at phone width (390 px): the requester's list shows status and date without
 * sideways scrolling, and the staff ticket page shows the actions in the first screen, above a
 * long history.
 */
class PhoneLayoutBrowserIT extends BrowserTest {

    private static final int PHONE_WIDTH = 390;
    private static final int PHONE_HEIGHT = 844;

    @Autowired
    ApplicationContext context;

    @Test
    void myTicketsShowStatusAndDateOnAPhoneWithoutSidewaysScrolling() {
        var tickets = new TicketFixtures(context);
        var ticket = tickets.aReceived(TicketKind.REQUEST);

        var requester = person("requester", Viewport.PHONE).logIn(ticket.requester()).open("/lacak");
        requester.assertFitsWidth();
        var card = requester.page().locator(".my-ticket-card").filter(new Locator.FilterOptions().setHasText(ticket.number()));
        assertThat(card).isVisible();
        assertInsideTheScreen(card.locator(".status-badge"), "status");
        assertInsideTheScreen(card.locator(".my-ticket-date"), "date");
        assertThat(card.locator(".status-badge")).hasText("Diterima");
        requester.shot("01-my-tickets-phone");

        var desktop = person("requester-desktop").logIn(ticket.requester()).open("/lacak");
        assertThat(desktop.page().locator(".my-ticket-card").first()).isHidden();
        assertThat(desktop.page().locator("table").getByText(ticket.number())).isVisible();
        desktop.shot("02-my-tickets-desktop");
    }

    @Test
    void theStaffTicketPageShowsTheActionsInTheFirstScreenOnAPhone() {
        var ticket = new TicketFixtures(context).aReceived(TicketKind.REQUEST).accepted().withNotes(12,
                "Catatan internal: pemeriksaan lapangan dan koordinasi dengan unit terkait masih berlangsung, rincian menyusul.");

        var agent = person("agent", Viewport.PHONE).logIn(ticket.agent()).open("/petugas/tiket/" + ticket.uuid());
        agent.assertFitsWidth();
        var firstAction = agent.page().locator("#ticket-actions form").first();
        assertThat(firstAction).isVisible();
        BoundingBox box = firstAction.boundingBox();
        Assertions.assertThat(box.y).as("top of the first action form (page y, px)").isLessThan(PHONE_HEIGHT);
        BoundingBox history = agent.page().locator("#timeline").boundingBox();
        Assertions.assertThat(history.y).as("the history comes after the actions").isGreaterThan(box.y);
        agent.shot("03-staff-ticket-phone");
    }

    private static void assertInsideTheScreen(Locator element, String what) {
        assertThat(element).isVisible();
        BoundingBox box = element.boundingBox();
        Assertions.assertThat(box.x).as(what + " starts on screen").isGreaterThanOrEqualTo(0);
        Assertions.assertThat(box.x + box.width).as(what + " ends on screen").isLessThanOrEqualTo(PHONE_WIDTH);
    }
}
