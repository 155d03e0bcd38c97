package id.simlayan;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import org.assertj.core.api.Assertions;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The public shell in a real browser: assets load under the CSP, language switch, login changes the navbar. */
class PublicPagesBrowserIT extends BrowserTest {

    @ParameterizedTest
    @EnumSource(Viewport.class)
    void visitorSeesHomeSwitchesLanguageAndLogsIn(Viewport viewport) {
        var prefix = viewport.name().toLowerCase() + "-";
        var citizen = identities.aRequester();
        var visitor = person("visitor", viewport);
        var page = visitor.page();

        visitor.open("/");
        assertThat(page).hasTitle(Pattern.compile("SIMLAYAN"));
        assertThat(page.locator("html")).hasAttribute("lang", "id");
        assertThat(page.locator(".navbar-brand")).hasText("SIMLAYAN");
        // Bootstrap's CSS applied (navbar is a flex container), its JS and htmx loaded, app.js ran
        Assertions.assertThat(page.locator("nav.navbar").evaluate("el => getComputedStyle(el).display")).isEqualTo("flex");
        Assertions.assertThat(page.evaluate("() => typeof window.htmx !== 'undefined' && typeof window.bootstrap !== 'undefined'"))
                .isEqualTo(true);
        visitor.openMenuIfCollapsed();
        assertThat(page.locator("#nav-main a[href$='/masuk']")).isVisible();
        visitor.shot(prefix + "01-home");

        visitor.chooseLanguage("en");
        assertThat(page.locator("html")).hasAttribute("lang", "en");
        visitor.openMenuIfCollapsed();
        assertThat(page.locator("#nav-main a[href$='/masuk']")).hasText("Log in");
        visitor.shot(prefix + "02-home-english");

        visitor.chooseLanguage("id");
        assertThat(page.locator("html")).hasAttribute("lang", "id");
        visitor.openMenuIfCollapsed();
        assertThat(page.locator("#nav-main a[href$='/masuk']")).hasText("Masuk");

        page.locator("#nav-main a[href$='/masuk']").click();
        page.waitForURL(Pattern.compile(".*/masuk$"));
        assertThat(page.locator("#email")).isVisible();
        visitor.shot(prefix + "03-login");

        visitor.logIn(citizen);
        visitor.openMenuIfCollapsed();
        assertThat(page.locator("#nav-main")).containsText(citizen.fullName());
        assertThat(page.locator("#nav-main a[href$='/masuk']")).hasCount(0);
        assertThat(page.locator("#nav-main form[action$='/keluar']")).isVisible();
        assertThat(page.locator("#nav-main a[href$='/lacak']")).isVisible();
        visitor.shot(prefix + "04-logged-in");

        visitor.logOut();
        visitor.openMenuIfCollapsed();
        assertThat(page.locator("#nav-main a[href$='/masuk']")).isVisible();
        visitor.shot(prefix + "05-logged-out");

        visitor.assertNoConsoleErrors();
    }
}
