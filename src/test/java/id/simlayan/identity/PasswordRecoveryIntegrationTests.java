package id.simlayan.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import id.simlayan.IntegrationTest;
import id.simlayan.notification.NotificationFixtures;
import id.simlayan.notification.internal.MailOutbox;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/** "Lupa kata sandi": the e-mailed link, end to end through the outbox and a real SMTP server. */
class PasswordRecoveryIntegrationTests extends IntegrationTest {

    static final String NEW_PASSWORD = "Sego-Megono2027baru";
    static final Pattern LINK = Pattern.compile("/atur-ulang-sandi/([A-Za-z0-9_-]{43})");

    @Autowired
    MockMvc mvc;
    @Autowired
    AccountProvisioning provisioning;
    @Autowired
    Directory directory;
    @Autowired
    MailOutbox outbox;
    @Autowired
    JdbcClient jdbc;
    @Value("${simlayan.base-url}")
    String baseUrl;

    IdentityFixtures people;
    String address;

    @BeforeEach
    void setUp() {
        people = new IdentityFixtures(provisioning, directory);
        address = IdentityFixtures.randomAddress();
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void anEmailedLinkSetsANewPasswordOnceAndTheNewPasswordLogsIn() throws Exception {
        var person = people.aRequester();

        requestLink(person.email()).andExpect(redirectedUrl("/lupa-sandi/terkirim"));
        String token = awaitLinkFor(person.email());

        mvc.perform(get("/atur-ulang-sandi/{t}", token)).andExpect(status().isOk())
                .andExpect(content().string(containsString("name=\"passwordConfirmation\"")));
        mvc.perform(post("/atur-ulang-sandi/{t}", token).param("password", NEW_PASSWORD).param("passwordConfirmation", NEW_PASSWORD).with(csrf()))
                .andExpect(redirectedUrl("/masuk?sandi=baru"));

        assertThat(IdentityFixtures.login(mvc, person.email(), NEW_PASSWORD)).isNotNull();
        login(person.email(), person.password()).andExpect(redirectedUrl("/masuk?error=bad"));

        mvc.perform(get("/atur-ulang-sandi/{t}", token)).andExpect(status().isGone())
                .andExpect(content().string(containsString("Tautan tidak berlaku lagi")))
                .andExpect(content().string(containsString("href=\"/lupa-sandi\"")));
        mvc.perform(post("/atur-ulang-sandi/{t}", token).param("password", "Lain-Kali2028x").param("passwordConfirmation", "Lain-Kali2028x")
                        .with(csrf()))
                .andExpect(status().isGone());
        IdentityFixtures.login(mvc, person.email(), NEW_PASSWORD);
    }

    @Test
    void onlyTheSha256OfTheTokenIsStored() throws Exception {
        var person = people.aRequester();
        requestLink(person.email());
        String token = awaitLinkFor(person.email());

        List<String> stored = jdbc.sql("SELECT token_hash FROM password_tokens WHERE user_id = :u").param("u", person.userId().value())
                .query(String.class).list();
        assertThat(stored).hasSize(1).doesNotContain(token);
        assertThat(stored.getFirst()).hasSize(64).matches("[0-9a-f]{64}");
    }

    @Test
    void anExpiredLinkIsRefusedWithAWayOn() throws Exception {
        var person = people.aRequester();
        requestLink(person.email());
        String token = awaitLinkFor(person.email());

        clock.advance(Duration.ofMinutes(61));

        mvc.perform(get("/atur-ulang-sandi/{t}", token)).andExpect(status().isGone())
                .andExpect(content().string(containsString("href=\"/lupa-sandi\"")));
        mvc.perform(post("/atur-ulang-sandi/{t}", token).param("password", NEW_PASSWORD).param("passwordConfirmation", NEW_PASSWORD).with(csrf()))
                .andExpect(status().isGone());
        IdentityFixtures.login(mvc, person.email(), person.password());
    }

    @Test
    void settingAPasswordRevokesTheOtherLinksAndLiftsTheLoginLock() throws Exception {
        var person = people.aRequester();
        for (int i = 1; i <= 5; i++) {
            login(person.email(), "salah-" + i);
        }
        login(person.email(), person.password()).andExpect(redirectedUrl("/masuk?error=locked"));
        requestLink(person.email());
        requestLink(person.email());
        outbox.dispatchDue();
        await().atMost(Duration.ofSeconds(10)).until(() -> NotificationFixtures.inbox(person.email()).size() == 2);
        var tokens = NotificationFixtures.inbox(person.email()).stream().map(PasswordRecoveryIntegrationTests::tokenIn).toList();

        mvc.perform(post("/atur-ulang-sandi/{t}", tokens.get(1)).param("password", NEW_PASSWORD).param("passwordConfirmation", NEW_PASSWORD)
                .with(csrf())).andExpect(redirectedUrl("/masuk?sandi=baru"));

        mvc.perform(get("/atur-ulang-sandi/{t}", tokens.get(0))).andExpect(status().isGone());
        login(person.email(), NEW_PASSWORD).andExpect(redirectedUrl("/"));
    }

    @Test
    void aWeakPasswordIsRefusedAndTheLinkStaysUsable() throws Exception {
        var person = people.aRequester();
        requestLink(person.email());
        String token = awaitLinkFor(person.email());

        mvc.perform(post("/atur-ulang-sandi/{t}", token).param("password", "pendek1").param("passwordConfirmation", "pendek1").with(csrf()))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("Kata sandi minimal 10 karakter.")));
        mvc.perform(post("/atur-ulang-sandi/{t}", token).param("password", NEW_PASSWORD).param("passwordConfirmation", NEW_PASSWORD + "x")
                        .with(csrf()))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("Ulangan kata sandi tidak sama.")));

        IdentityFixtures.login(mvc, person.email(), person.password());
        mvc.perform(get("/atur-ulang-sandi/{t}", token)).andExpect(status().isOk());
    }

    @Test
    void anUnknownAddressGetsTheSamePageAndNoMail() throws Exception {
        String unknown = IdentityFixtures.uniqueEmail("tidakada");
        var known = people.aRequester();

        String unknownPage = mvc.perform(get(requestLink(unknown).andExpect(redirectedUrl("/lupa-sandi/terkirim"))
                .andReturn().getResponse().getRedirectedUrl())).andReturn().getResponse().getContentAsString();
        String knownPage = mvc.perform(get(requestLink(known.email()).andExpect(redirectedUrl("/lupa-sandi/terkirim"))
                .andReturn().getResponse().getRedirectedUrl())).andReturn().getResponse().getContentAsString();
        assertThat(unknownPage).contains("Jika alamat tersebut terdaftar");
        assertThat(withoutCsrfToken(unknownPage)).isEqualTo(withoutCsrfToken(knownPage));

        // a request is handled before its answer: no outbox row now means no mail ever
        assertThat(jdbc.sql("SELECT count(*) FROM outbound_emails WHERE recipient = :r").param("r", unknown).query(Long.class).single())
                .isZero();
        awaitLinkFor(known.email());
        assertThat(NotificationFixtures.inbox(unknown)).isEmpty();
    }

    @Test
    void requestsForOneAddressAreLimited() throws Exception {
        var person = people.aRequester();
        for (int i = 0; i < 5; i++) {
            requestLink(person.email()).andExpect(redirectedUrl("/lupa-sandi/terkirim"));
        }
        outbox.dispatchDue();
        assertThat(jdbc.sql("SELECT count(*) FROM password_tokens WHERE user_id = :u").param("u", person.userId().value())
                .query(Long.class).single()).isEqualTo(3);

        clock.advance(Duration.ofMinutes(16));
        requestLink(person.email());
        assertThat(jdbc.sql("SELECT count(*) FROM password_tokens WHERE user_id = :u").param("u", person.userId().value())
                .query(Long.class).single()).isEqualTo(4);
    }

    @Test
    void anEmptyAddressIsABadRequestWithAMessage() throws Exception {
        mvc.perform(post("/lupa-sandi").param("email", "  ").with(csrf()).with(IdentityFixtures.fromAddress(address)))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("Isi alamat e-mail akun Anda")));
    }

    @Test
    void theLoginPageLinksToForgottenPassword() throws Exception {
        mvc.perform(get("/masuk")).andExpect(content().string(containsString("href=\"/lupa-sandi\"")));
    }

    private ResultActions requestLink(String email) throws Exception {
        return mvc.perform(post("/lupa-sandi").param("email", email).with(csrf()).with(IdentityFixtures.fromAddress(address)));
    }

    private ResultActions login(String email, String password) throws Exception {
        return mvc.perform(post("/masuk").param("email", email).param("password", password).with(csrf())
                .with(IdentityFixtures.fromAddress(address)));
    }

    private String awaitLinkFor(String email) {
        outbox.dispatchDue();
        await().atMost(Duration.ofSeconds(10)).until(() -> !NotificationFixtures.inbox(email).isEmpty());
        var mails = NotificationFixtures.inbox(email);
        assertThat(mails).hasSize(1);
        assertThat(NotificationFixtures.body(mails.getFirst())).contains(baseUrl + "/atur-ulang-sandi/");
        return tokenIn(mails.getFirst());
    }

    private static String withoutCsrfToken(String page) {
        return page.replaceAll("name=\"_csrf\" content=\"[^\"]*\"", "");
    }

    private static String tokenIn(MimeMessage mail) {
        var matcher = LINK.matcher(NotificationFixtures.part(mail, "text/plain"));
        assertThat(matcher.find()).isTrue();
        return matcher.group(1);
    }
}
