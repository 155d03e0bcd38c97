package id.simlayan;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.Page.GetByRoleOptions;
import id.simlayan.catalog.TicketKind;
import id.simlayan.ticket.TicketFixtures;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/**
 * An admin checks the instance calendar with the calculator (Friday after the short day's close
 * runs into Monday) and sets a time limit for a service, on a desktop and a phone.
 */
class AdminTimeLimitsBrowserIT extends BrowserTest {

    @Autowired
    ApplicationContext context;

    @Test
    void adminChecksTheInstanceCalendarWithTheCalculatorAndSetsAPolicyForAService() {
        var admin = person("admin").logIn(identities.anAdmin());
        var page = admin.page();

        admin.open("/admin/kalender");
        assertThat(page.locator("main")).containsText("Jam Layanan Diskominfo");
        admin.shot("01-calendars");
        navigateBy(page, page.locator("tr", new com.microsoft.playwright.Page.LocatorOptions().setHasText("Jam Layanan Diskominfo"))
                .getByRole(AriaRole.LINK, new com.microsoft.playwright.Locator.GetByRoleOptions().setName("Ubah")));
        assertThat(page.locator("main")).containsText("Asia/Jakarta");
        admin.shot("02-instance-calendar");

        navigateBy(page, page.getByRole(AriaRole.LINK, new GetByRoleOptions().setName("Kalkulator")).first());
        page.locator("#startDate").fill("2026-11-27");
        page.locator("#startTime").fill("10:30");
        page.locator("#amount").fill("1");
        page.locator("#unit").selectOption("HOURS");
        navigateBy(page, page.getByRole(AriaRole.BUTTON, new GetByRoleOptions().setName("Hitung")));
        // Friday closes at 11:00: 30 minutes on Friday, 30 on Monday morning
        assertThat(page.locator("#due-utc")).containsText("2026-11-30T01:30:00Z");
        assertThat(page.locator("#business-minutes")).hasText("60");
        admin.shot("03-calculator");

        var service = new TicketFixtures(context).aService(TicketKind.REQUEST);
        String name = "Uji layar " + UUID.randomUUID().toString().substring(0, 8);
        admin.open("/admin/sla/baru");
        page.locator("#serviceId").selectOption(service.id().value().toString());
        page.locator("#name").fill(name);
        page.locator("#resolutionAmount").fill("5");
        page.locator("#resolutionUnit").selectOption("WORKING_DAYS");
        admin.shot("04-policy-form");
        navigateBy(page, page.getByRole(AriaRole.BUTTON, new GetByRoleOptions().setName("Simpan")));
        assertThat(page.locator("main")).containsText(name);
        admin.shot("05-policies");

        var phone = person("admin-phone", Viewport.PHONE).logIn(identities.anAdmin());
        phone.open("/admin/kalender");
        phone.assertFitsWidth();
        phone.shot("06-calendars-phone");
        phone.open("/admin/sla");
        phone.assertFitsWidth();
        phone.shot("07-policies-phone");
    }
}
