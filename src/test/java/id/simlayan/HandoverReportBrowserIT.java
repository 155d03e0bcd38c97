package id.simlayan;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.deque.html.axecore.playwright.AxeBuilder;
import com.deque.html.axecore.results.Rule;
import com.microsoft.playwright.Page;
import id.simlayan.catalog.TicketKind;
import id.simlayan.ticket.TicketFixtures;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/**
 * The berita acara as the technician and the reporting OPD use it: the technician records work
 * and generates the report on the staff ticket page; the requester sees it on their own ticket
 * page, is told what is wrong with a mistyped NIP, and confirms. Every state passes axe-core
 * (WCAG 2.1 A/AA): the staff section sits on the work log's light background.
 */
class HandoverReportBrowserIT extends BrowserTest {

    private static final List<String> TAGS = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");

    @Autowired
    ApplicationContext context;

    private final List<String> violations = new ArrayList<>();

    @Test
    void technicianGeneratesAndTheRequesterConfirmsWithTheirNip() {
        var t = new TicketFixtures(context).aReceived(TicketKind.INCIDENT).accepted()
                .disposedTo(new TicketFixtures(context).people().aUnit()).acceptedByUnit().assigned();
        var technician = person("technician").logIn(t.technician()).open("/petugas/tiket/" + t.uuid() + "/kerja");
        var staffPage = technician.page();
        staffPage.locator("#work-description").fill("Mengganti konektor RJ45 di ruang server");
        staffPage.locator("#work-minutes").fill("40");
        navigateBy(staffPage, staffPage.locator("#work-entry-form button[type=submit]"));

        technician.open("/petugas/tiket/" + t.uuid());
        navigateBy(staffPage, staffPage.locator("#handover-generate button"));
        assertThat(staffPage.locator("#berita-acara")).containsText("BA/");
        assertThat(staffPage.locator("#berita-acara")).containsText("Menunggu konfirmasi OPD pelapor");
        check(staffPage);
        shot(staffPage, "01-staff-generated");

        // the mistyped NIP is answered 400 on purpose (the form again with the message)
        var requester = person("requester").tolerate("400.*/konfirmasi|/konfirmasi.*400").logIn(t.requester()).open("/lacak/" + t.uuid());
        var own = requester.page();
        assertThat(own.locator("#handover-download")).isVisible();
        check(own);
        own.locator("#handover-name").fill("Siti Aminah");
        own.locator("#handover-nip").fill("198613262015051001");
        navigateBy(own, own.locator("#handover-confirm button[type=submit]"));
        assertThat(own.locator("#handover-nip")).hasClass(java.util.regex.Pattern.compile("is-invalid"));
        assertThat(own.locator("#handover-nip")).hasAttribute("aria-describedby", "handover-nip-error handover-nip-help");
        assertThat(own.locator("#berita-acara")).containsText("8 digit pertama harus tanggal lahir");
        assertThat(own.locator("#handover-name")).hasValue("Siti Aminah");
        check(own);
        shot(own, "02-requester-bad-nip");

        own.locator("#handover-nip").fill("198609262015051001");
        navigateBy(own, own.locator("#handover-confirm button[type=submit]"));
        assertThat(own.locator("#berita-acara")).containsText("Dikonfirmasi oleh Siti Aminah (NIP 198609262015051001)");
        assertThat(own.locator("#handover-confirm")).hasCount(0);
        check(own);
        shot(own, "03-requester-confirmed");

        technician.open("/petugas/tiket/" + t.uuid());
        assertThat(staffPage.locator("#berita-acara")).containsText("Dikonfirmasi");
        assertThat(staffPage.locator("#handover-generate")).hasCount(0);
        check(staffPage);
        technician.assertNoConsoleErrors();
        requester.assertNoConsoleErrors();
        assertThat(violations).as("axe-core WCAG 2.1 A/AA violations:%n%s", String.join("\n", violations)).isEmpty();
    }

    private void check(Page page) {
        for (Rule rule : new AxeBuilder(page).withTags(TAGS).analyze().getViolations()) {
            violations.add("%s  [%s] %s%n%s".formatted(page.url(), rule.getId(), rule.getHelp(),
                    rule.getNodes().stream().map(n -> "    " + n.getTarget() + "  " + n.getHtml()).collect(Collectors.joining("\n"))));
        }
    }
}
