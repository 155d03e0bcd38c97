package id.simlayan;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.test.context.TestPropertySource;

/**
 * The public service page of a demo service with its own workflow (help desk, seed 003) on a
 * 375 px phone: the diagram under "Sistem, mekanisme, dan prosedur" shrinks to the screen and
 * the text list of stages and steps follows it, readable without sideways scrolling.
 */
@TestPropertySource(properties = "simlayan.demo.enabled=true")
class ServiceWorkflowPhoneBrowserIT extends BrowserTest {

    @Test
    void onA375PxPhoneTheWorkflowDiagramFitsTheScreenAndTheStageListFollows() {
        var visitor = person("visitor", Viewport.PHONE);
        var page = visitor.page();
        page.setViewportSize(375, 812);
        visitor.open("/layanan/help-desk-ti");

        var section = page.locator("#standard-workflow");
        section.scrollIntoViewIfNeeded();
        assertThat(section.locator("h3")).hasText("Alur layanan di SIMLAYAN");
        var svg = section.locator("svg[role=img]");
        assertThat(svg).isVisible();
        var box = svg.boundingBox();
        org.assertj.core.api.Assertions.assertThat(box.x).as("left edge of the diagram").isGreaterThanOrEqualTo(0.0);
        org.assertj.core.api.Assertions.assertThat(box.x + box.width).as("right edge of the diagram").isLessThanOrEqualTo(375.0);
        org.assertj.core.api.Assertions.assertThat(box.height).as("the diagram keeps its proportions, not a 150 px strip").isGreaterThan(150.0);

        var stages = section.locator(".workflow-stage");
        org.assertj.core.api.Assertions.assertThat(stages.count()).isGreaterThanOrEqualTo(5);
        assertThat(stages.first()).containsText("Keluhan diterima admin help desk");
        assertThat(section.locator("li[data-step=delegasikan]")).containsText("oleh Agen help desk (unit penerima)");
        visitor.assertFitsWidth();
        section.screenshot(new com.microsoft.playwright.Locator.ScreenshotOptions()
                .setPath(java.nio.file.Paths.get("target", "screenshots", screenshotFolder(), "02-workflow-section-phone.png")));
        visitor.shot("01-service-page-phone");
        org.assertj.core.api.Assertions.assertThat(axeViolations(page)).as("axe-core WCAG 2.1 A/AA on the service page").isEmpty();
        visitor.assertNoConsoleErrors();
    }

    @Test
    void anAdminUnticksAStepsLastActorOnAPhoneAndReadsWhyNothingWasSaved() {
        var admin = person("admin", Viewport.PHONE).logIn("admin@simlayan.test", "Demo#2026simlayan");
        var page = admin.page();
        page.setViewportSize(375, 812);
        admin.open("/admin/standar/help-desk-ti/draf/alur");
        navigateBy(page, page.locator("#no-draft button[type=submit]"));
        admin.open("/admin/standar/help-desk-ti/draf/alur");
        assertThat(page.locator("#workflow-name")).isVisible();
        admin.assertFitsWidth();
        admin.shot("03-admin-workflow-phone");
        org.assertj.core.api.Assertions.assertThat(axeViolations(page)).as("axe-core WCAG 2.1 A/AA on the workflow page").isEmpty();

        navigateBy(page, page.locator("#ubah-telaah-delegasikan a").first());
        page.locator("#actor-AGENT\\:FRONT_DESK").uncheck();
        // the refused definition is answered with 400 on purpose
        admin.tolerate("400");
        var response = navigateBy(page, page.locator("#step-form button[type=submit]"));
        org.assertj.core.api.Assertions.assertThat(response.status()).isEqualTo(400);
        assertThat(page.locator("#workflow-problems")).containsText("Tidak ada peran yang boleh mengambil langkah ini.");
        assertThat(page.locator("#step-actors-error")).isVisible();
        admin.assertFitsWidth();
        admin.shot("04-admin-step-refused-phone");
        org.assertj.core.api.Assertions.assertThat(axeViolations(page)).as("axe-core WCAG 2.1 A/AA on the refused step form").isEmpty();
    }

    private static java.util.List<String> axeViolations(com.microsoft.playwright.Page page) {
        return new com.deque.html.axecore.playwright.AxeBuilder(page).withTags(java.util.List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa"))
                .analyze().getViolations().stream()
                .map(rule -> rule.getId() + ": " + rule.getNodes().stream().map(n -> n.getHtml()).toList()).toList();
    }
}
