package id.simlayan;

import static org.assertj.core.api.Assertions.assertThat;

import com.deque.html.axecore.playwright.AxeBuilder;
import com.deque.html.axecore.results.Rule;
import com.microsoft.playwright.Page;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.TestPropertySource;

/**
 * axe-core (WCAG 2.1 A and AA) finds no violation on the main pages of every role. Runs on the
 * demo data (simlayan.demo.enabled) so that the pages show what a real installation shows:
 * tickets in every status, time-limit badges, SLA policies, calendars.
 */
@TestPropertySource(properties = "simlayan.demo.enabled=true")
class AccessibilityBrowserIT extends BrowserTest {

    private static final String DEMO_PASSWORD = "Demo#2026simlayan";
    private static final List<String> TAGS = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");

    private final List<String> report = new ArrayList<>();

    @Test
    void everyMainPageOfEveryRolePassesAxeWcag21AA() {
        var visitor = person("visitor");
        for (String path : List.of("/", "/layanan", "/bantuan", "/kontak", "/masuk", "/daftar", "/halaman-yang-tidak-ada")) {
            check(visitor.page(), path);
        }
        visitor.open("/layanan");
        String service = visitor.page().locator("main a[href^='/layanan/']").first().getAttribute("href");
        check(visitor.page(), service);
        check(visitor.page(), firstLink(visitor.page(), "/bantuan", "main a[href^='/bantuan/']"));
        check(visitor.page(), "/bantuan?q=notifikasi");

        var citizen = person("warga").logIn("warga@simlayan.test", DEMO_PASSWORD);
        check(citizen.page(), "/");
        check(citizen.page(), "/lacak");
        check(citizen.page(), firstLink(citizen.page(), "/lacak", "a[href^='/lacak/']"));
        check(citizen.page(), "/tiket/baru");
        check(citizen.page(), "/notifikasi");

        var agent = person("agen").logIn("agen@simlayan.test", DEMO_PASSWORD);
        check(agent.page(), "/petugas/antrean");
        check(agent.page(), firstLink(agent.page(), "/petugas/antrean", "a[href^='/petugas/tiket/']"));
        check(agent.page(), "/petugas/bantuan");
        check(agent.page(), firstLink(agent.page(), "/petugas/bantuan", "main table a[href^='/petugas/bantuan/artikel/']"));
        check(agent.page(), "/petugas/bantuan/artikel/baru");

        var unit = person("unit").logIn("unit.infra@simlayan.test", DEMO_PASSWORD);
        check(unit.page(), "/petugas/unit");
        var technician = person("teknisi").logIn("teknisi.infra@simlayan.test", DEMO_PASSWORD);
        check(technician.page(), "/petugas/tugas");
        var supervisor = person("kabid").logIn("kabid.infra@simlayan.test", DEMO_PASSWORD);
        check(supervisor.page(), "/petugas/eskalasi");

        var admin = person("admin").logIn("admin@simlayan.test", DEMO_PASSWORD);
        for (String path : List.of("/admin", "/admin/pendaftaran", "/admin/pengguna", "/admin/sla", "/admin/kalender",
                "/admin/kalender/libur-nasional", "/admin/email")) {
            check(admin.page(), path);
        }

        assertThat(report).as("axe-core WCAG 2.1 A/AA violations:%n%s", String.join("\n", report)).isEmpty();
    }

    private static String firstLink(Page page, String list, String selector) {
        page.navigate(list);
        return page.locator(selector).first().getAttribute("href");
    }

    /** Collects the violations of one page (all pages are checked before the test fails, so one run shows everything). */
    private void check(Page page, String path) {
        page.navigate(path);
        page.waitForLoadState();
        assertNoMissingMessages(page);
        for (Rule rule : new AxeBuilder(page).withTags(TAGS).analyze().getViolations()) {
            report.add("%s  [%s, %s] %s%n%s".formatted(path, rule.getId(), rule.getImpact(), rule.getHelp(),
                    rule.getNodes().stream()
                            .map(node -> "    " + node.getTarget() + "  " + node.getHtml()
                                    + (node.getFailureSummary() == null ? "" : "\n      " + node.getFailureSummary().replace("\n", "\n      ")))
                            .collect(Collectors.joining("\n"))));
        }
    }
}
