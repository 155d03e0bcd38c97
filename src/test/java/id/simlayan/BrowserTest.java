package id.simlayan;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.Response;
import com.microsoft.playwright.options.AriaRole;
import id.simlayan.identity.AccountProvisioning;
import id.simlayan.identity.Directory;
import id.simlayan.identity.IdentityFixtures;
import id.simlayan.identity.IdentityFixtures.TestAccount;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.AfterTestExecutionCallback;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Base of the browser journeys ({@code *BrowserIT}, run by Failsafe during {@code verify}): the
 * whole application on a random port with its own embedded PostgreSQL, mail to the shared
 * GreenMail server, driven by Debian Chromium through Playwright.
 *
 * <p>One Playwright and one browser per test class; every person in a test gets their own
 * {@link Person} (a browser context = a separate session with cookies) and page. Screenshots go
 * to {@code target/screenshots/<folder>/<name>.png}; when a test fails, every open page is
 * captured as {@code FAILED-<test>-<person>.png} before the contexts close.
 *
 * <p>Chromium: {@code CHROMIUM_PATH} or {@code /usr/bin/chromium}; Playwright never downloads a
 * browser ({@code PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1}).
 */
// graceful shutdown as in production: open Server-Sent-Event streams are ended first (LocalSubscribers)
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@ExtendWith(BrowserTest.ScreenshotOnFailure.class)
public abstract class BrowserTest {

    private static final Path SCREENSHOTS = Paths.get("target", "screenshots");

    private static final Pattern MISSING_MESSAGE = Pattern.compile("\\?\\?[A-Za-z0-9_.-]+_[A-Za-z]{2}[A-Za-z_]*\\?\\?");

    private static final Set<Path> CLEARED = ConcurrentHashMap.newKeySet();

    private static Playwright playwright;
    private static Browser browser;

    @LocalServerPort
    protected int port;

    @Autowired
    protected AccountProvisioning provisioning;

    @Autowired
    protected Directory directory;

    /** Units and accounts through the identity API (unique values; password {@link IdentityFixtures#PASSWORD}). */
    protected IdentityFixtures identities;

    private final List<Person> people = Collections.synchronizedList(new ArrayList<>());

    /** Viewports the journeys take screenshots in. */
    public enum Viewport {
        PHONE(390, 844, true),
        DESKTOP(1280, 900, false);

        final int width;
        final int height;
        final boolean mobile;

        Viewport(int width, int height, boolean mobile) {
            this.width = width;
            this.height = height;
            this.mobile = mobile;
        }
    }

    @DynamicPropertySource
    static void mailServer(DynamicPropertyRegistry registry) {
        TestMailServer.get();
        registry.add("spring.mail.host", () -> "127.0.0.1");
        registry.add("spring.mail.port", TestMailServer::port);
        // journeys wait for e-mails: let the notification outbox dispatch every second (default 15 s)
        registry.add("simlayan.notification.dispatch-interval", () -> "1s");
    }

    @BeforeAll
    static void launchBrowser() {
        playwright = Playwright.create(new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
        browser = playwright.chromium().launch(new BrowserType.LaunchOptions()
                .setExecutablePath(Paths.get(System.getenv().getOrDefault("CHROMIUM_PATH", "/usr/bin/chromium")))
                .setHeadless(true)
                .setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
                        "--disable-sync", "--no-first-run", "--disable-dev-shm-usage")));
    }

    @AfterAll
    static void closeBrowser() {
        if (browser != null) {
            browser.close();
            browser = null;
        }
        if (playwright != null) {
            playwright.close();
            playwright = null;
        }
    }

    @BeforeEach
    void identityFixtures() {
        identities = new IdentityFixtures(provisioning, directory);
    }

    /** Screenshots of an earlier run (e.g. FAILED-... of a fixed failure) would mislead: clear the folder once per run. */
    @BeforeEach
    void clearOldScreenshots() throws IOException {
        var folder = SCREENSHOTS.resolve(screenshotFolder());
        if (CLEARED.add(folder) && Files.isDirectory(folder)) {
            try (var files = Files.list(folder)) {
                for (var file : files.filter(f -> f.toString().endsWith(".png")).toList()) {
                    Files.delete(file);
                }
            }
        }
    }

    @AfterEach
    void closeContexts() {
        synchronized (people) {
            people.forEach(Person::close);
            people.clear();
        }
    }

    /** A new person: a fresh browser context (own cookies/session) with one page, on a desktop viewport. */
    protected Person person(String name) {
        return person(name, Viewport.DESKTOP);
    }

    /** A new person: a fresh browser context (own cookies/session) with one page. */
    protected Person person(String name, Viewport viewport) {
        var context = browser.newContext(new Browser.NewContextOptions()
                .setBaseURL("http://localhost:" + port)
                .setViewportSize(viewport.width, viewport.height)
                .setIsMobile(viewport.mobile)
                .setHasTouch(viewport.mobile)
                .setDeviceScaleFactor(1)
                .setLocale("id-ID")
                .setTimezoneId("Asia/Jakarta"));
        context.setDefaultTimeout(15_000);
        context.setDefaultNavigationTimeout(20_000);
        var person = new Person(name, context);
        people.add(person);
        return person;
    }

    /**
     * Full-page screenshot to {@code target/screenshots/<folder>/<name>.png}; first checks that the
     * page shows no unresolved message key (Thymeleaf renders a missing one as {@code ??key_locale??}).
     */
    protected Path shot(Page page, String name) {
        assertNoMissingMessages(page);
        var file = SCREENSHOTS.resolve(screenshotFolder()).resolve(name + ".png");
        page.screenshot(new Page.ScreenshotOptions().setPath(file).setFullPage(true));
        return file;
    }

    /**
     * Clicks (a submit button, a link) and waits until the page it leads to has loaded, following
     * redirects (POST-redirect-GET). Returns the final response.
     */
    protected static Response navigateBy(Page page, Locator clickable) {
        var response = page.waitForNavigation(clickable::click);
        page.waitForLoadState();
        return response;
    }

    /** No {@code ??key_locale??} (a message key missing from the bundles) in the page's text or attributes. */
    protected static void assertNoMissingMessages(Page page) {
        var html = page.content();
        var missing = MISSING_MESSAGE.matcher(html);
        assertThat(missing.find() ? missing.group() : null).as("unresolved message key on %s", page.url()).isNull();
    }

    /** Folder under target/screenshots: the class name without "BrowserIT", in kebab case. */
    protected String screenshotFolder() {
        var simple = getClass().getSimpleName().replaceFirst("BrowserIT$", "");
        return simple.replaceAll("([a-z0-9])([A-Z])", "$1-$2").toLowerCase(Locale.ROOT);
    }

    /** E-mails GreenMail has received for {@code recipient} so far. */
    protected static List<MimeMessage> mailsTo(String recipient) {
        return Arrays.stream(TestMailServer.get().getReceivedMessages())
                .filter(message -> recipients(message).stream().anyMatch(recipient::equalsIgnoreCase))
                .toList();
    }

    /** Waits (at most 30 s) for an e-mail to {@code recipient} whose subject contains {@code subjectPart}. */
    protected static MimeMessage awaitMail(String recipient, String subjectPart) {
        return Awaitility.await("e-mail to " + recipient + " about " + subjectPart)
                .atMost(Duration.ofSeconds(30))
                .pollInterval(Duration.ofMillis(250))
                .until(() -> mailsTo(recipient).stream().filter(message -> subject(message).contains(subjectPart)).findFirst(),
                        Optional::isPresent)
                .orElseThrow();
    }

    protected static String subject(MimeMessage message) {
        try {
            return Objects.toString(message.getSubject(), "");
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The decoded text of a message: every text part (plain and HTML), transfer encoding undone. */
    protected static String body(MimeMessage message) {
        try {
            return text(message);
        } catch (MessagingException | IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String text(Part part) throws MessagingException, IOException {
        if (part.isMimeType("text/*")) {
            return String.valueOf(part.getContent());
        }
        if (part.getContent() instanceof Multipart multipart) {
            var text = new StringBuilder();
            for (int i = 0; i < multipart.getCount(); i++) {
                text.append(text(multipart.getBodyPart(i))).append('\n');
            }
            return text.toString();
        }
        return "";
    }

    private static List<String> recipients(MimeMessage message) {
        try {
            var all = message.getAllRecipients();
            return all == null ? List.of() : Arrays.stream(all).map(address -> ((InternetAddress) address).getAddress()).toList();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** One person in a journey: their own browser context (session) and page, and the console errors it saw. */
    protected final class Person {

        private final String name;
        private final BrowserContext context;
        private final Page page;
        private final List<String> consoleErrors = Collections.synchronizedList(new ArrayList<>());
        private final List<Pattern> tolerated = new ArrayList<>();

        private Person(String name, BrowserContext context) {
            this.name = name;
            this.context = context;
            this.page = watched(context.newPage());
        }

        /**
         * Records what a page reports: console errors (CSP violations, failed scripts), uncaught
         * exceptions, and every response with status 400 or more (so a "Failed to load resource"
         * console error has its URL next to it).
         */
        private Page watched(Page watched) {
            watched.setDefaultTimeout(15_000);
            watched.onConsoleMessage(message -> {
                if ("error".equals(message.type())) {
                    consoleErrors.add(watched.url() + " :: " + message.text() + " @ " + message.location());
                }
            });
            watched.onPageError(error -> consoleErrors.add(watched.url() + " :: uncaught " + error));
            watched.onResponse(response -> {
                if (response.status() >= 400) {
                    consoleErrors.add("HTTP " + response.status() + " " + response.request().method() + " " + response.url());
                }
            });
            return watched;
        }

        public String name() {
            return name;
        }

        public Page page() {
            return page;
        }

        public BrowserContext context() {
            return context;
        }

        /** A second page in the same session (e.g. a tracking page that stays open). */
        public Page newPage() {
            return watched(context.newPage());
        }

        public Person open(String path) {
            page.navigate(path);
            return this;
        }

        /** Logs in through the login form and waits until the browser has left it. */
        public Person logIn(TestAccount account) {
            return logIn(account.email(), account.password());
        }

        public Person logIn(String email, String password) {
            page.navigate("/masuk");
            page.locator("#email").fill(email);
            page.locator("#password").fill(password);
            page.locator("form[action$='/masuk'] button[type=submit]").click();
            page.waitForURL(url -> !url.contains("/masuk"));
            return this;
        }

        /** Logs out with the navbar's form. */
        public Person logOut() {
            openMenuIfCollapsed();
            page.locator("form[action$='/keluar'] button[type=submit]").click();
            page.waitForURL(Pattern.compile(".*[?&]keluar.*"));
            return this;
        }

        /** On a phone the navbar is collapsed behind the toggler: open it. */
        public Person openMenuIfCollapsed() {
            var toggler = page.locator("button.navbar-toggler");
            if (toggler.isVisible() && !page.locator("#nav-main").isVisible()) {
                toggler.click();
                page.locator("#nav-main.show").waitFor();
            }
            return this;
        }

        /** Switches the language with the navbar's language menu ("id" or "en"). */
        public Person chooseLanguage(String language) {
            openMenuIfCollapsed();
            page.locator("#nav-main .dropdown-toggle").click();
            var item = page.locator("#nav-main .dropdown-menu a[href*='lang=" + language + "']");
            item.click();
            page.waitForURL(url -> url.contains("lang=" + language));
            return this;
        }

        /** The page needs no sideways scrolling at this viewport (wide tables must scroll inside .table-responsive). */
        public Person assertFitsWidth() {
            var widths = page.evaluate("() => [document.documentElement.scrollWidth, window.innerWidth]").toString();
            var overflow = page.evaluate("() => document.documentElement.scrollWidth > window.innerWidth");
            assertThat(overflow).as("%s: page wider than the viewport [scrollWidth, innerWidth] = %s", page.url(), widths).isEqualTo(false);
            return this;
        }

        public Path shot(String screenshotName) {
            return BrowserTest.this.shot(page, screenshotName);
        }

        public List<String> consoleErrors() {
            synchronized (consoleErrors) {
                return List.copyOf(consoleErrors);
            }
        }

        /**
         * Tolerates console errors and failed requests matching {@code regex} (found anywhere in the
         * message), e.g. a 400 the test provokes on purpose. Use sparingly and say why.
         */
        public Person tolerate(String regex) {
            tolerated.add(Pattern.compile(regex));
            return this;
        }

        /** No console error (CSP violation, failed script or resource, uncaught exception, HTTP 4xx/5xx) so far. */
        public void assertNoConsoleErrors() {
            var unexpected = consoleErrors().stream()
                    .filter(error -> tolerated.stream().noneMatch(pattern -> pattern.matcher(error).find()))
                    .toList();
            assertThat(unexpected).as("console errors and failed requests seen by %s", name).isEmpty();
        }

        /** A button by its visible label (exact), for readable steps. */
        public Locator button(String label) {
            return page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(label).setExact(true));
        }

        void screenshotOnFailure(String testName) {
            try {
                if (!page.isClosed()) {
                    var file = SCREENSHOTS.resolve(screenshotFolder()).resolve("FAILED-" + testName + "-" + name + ".png");
                    Files.createDirectories(file.getParent());
                    page.screenshot(new Page.ScreenshotOptions().setPath(file).setFullPage(true));
                }
            } catch (Exception e) {
                // best effort: the test's own failure is what matters
            }
        }

        void close() {
            try {
                context.close();
            } catch (RuntimeException e) {
                // already gone
            }
        }
    }

    /** Captures every open page when a test fails, before {@link #closeContexts()} runs. */
    static final class ScreenshotOnFailure implements AfterTestExecutionCallback {

        @Override
        public void afterTestExecution(ExtensionContext context) {
            if (context.getExecutionException().isEmpty()) {
                return;
            }
            context.getTestInstance()
                    .filter(BrowserTest.class::isInstance)
                    .map(BrowserTest.class::cast)
                    .ifPresent(test -> {
                        List<Person> open;
                        synchronized (test.people) {
                            open = List.copyOf(test.people);
                        }
                        open.forEach(person -> person.screenshotOnFailure(context.getRequiredTestMethod().getName()));
                    });
        }
    }
}
