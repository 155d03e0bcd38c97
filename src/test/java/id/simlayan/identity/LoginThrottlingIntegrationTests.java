package id.simlayan.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;

import id.simlayan.IntegrationTest;
import id.simlayan.audit.AuditLog;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/**
 * Each test logs in from its own random client address, so that the per-address limit never
 * affects other tests (MockMvc requests come from 127.0.0.1 by default).
 */
class LoginThrottlingIntegrationTests extends IntegrationTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    AccountProvisioning provisioning;
    @Autowired
    Directory directory;
    @Autowired
    AuditLog audit;
    @Autowired
    org.springframework.core.env.Environment environment;

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
    void fiveFailedLoginsLockTheAccountAndTheRightPasswordIsThenRefused() throws Exception {
        var person = people.aRequester();
        for (int i = 1; i <= 4; i++) {
            login(person.email(), "salah-" + i, address).andExpect(redirectedUrl("/masuk?error=bad"));
        }
        login(person.email(), "salah-5", address).andExpect(redirectedUrl("/masuk?error=locked"));

        login(person.email(), person.password(), address).andExpect(redirectedUrl("/masuk?error=locked"));
        assertThat(audit.entriesFor("USER", person.userId().toString(), 20)).extracting(AuditLog.RecordedEntry::action)
                .contains("LOGIN_FAILED", "ACCOUNT_LOCKED", "LOGIN_REFUSED_LOCKED");

        clock.advance(Duration.ofMinutes(14));
        login(person.email(), person.password(), address).andExpect(redirectedUrl("/masuk?error=locked"));
        clock.advance(Duration.ofMinutes(2));
        login(person.email(), person.password(), address).andExpect(redirectedUrl("/"));
    }

    @Test
    void aSuccessfulLoginResetsTheFailureCount() throws Exception {
        var person = people.aRequester();
        for (int i = 1; i <= 4; i++) {
            login(person.email(), "salah-" + i, address).andExpect(redirectedUrl("/masuk?error=bad"));
        }
        login(person.email(), person.password(), address).andExpect(redirectedUrl("/"));
        for (int i = 1; i <= 4; i++) {
            login(person.email(), "lagi-salah-" + i, address).andExpect(redirectedUrl("/masuk?error=bad"));
        }
        login(person.email(), person.password(), address).andExpect(redirectedUrl("/"));
    }

    @Test
    void tooManyFailuresFromOneAddressRefuseFurtherAttemptsFromThatAddressOnly() throws Exception {
        var person = people.aRequester();
        for (int i = 1; i <= 20; i++) {
            login(IdentityFixtures.uniqueEmail("tebakan"), "tebak-" + i, address).andExpect(redirectedUrl("/masuk?error=bad"));
        }

        login(person.email(), person.password(), address).andExpect(redirectedUrl("/masuk?error=locked"));
        login(person.email(), person.password(), "192.0.2.77").andExpect(redirectedUrl("/"));

        clock.advance(Duration.ofMinutes(11));
        login(person.email(), person.password(), address).andExpect(redirectedUrl("/"));
    }

    @Test
    void aRotatingForwardedForHeaderFromAnUntrustedPeerDoesNotGetPastTheAddressLimit() throws Exception {
        var person = people.aRequester();
        for (int i = 1; i <= 20; i++) {
            mvc.perform(post("/masuk").param("email", IdentityFixtures.uniqueEmail("tebakan")).param("password", "tebak-" + i).with(csrf())
                            .with(IdentityFixtures.fromAddress(address)).header("X-Forwarded-For", "203.0.113." + i))
                    .andExpect(redirectedUrl("/masuk?error=bad"));
        }

        mvc.perform(post("/masuk").param("email", person.email()).param("password", person.password()).with(csrf())
                        .with(IdentityFixtures.fromAddress(address)).header("X-Forwarded-For", "198.51.100.99"))
                .andExpect(redirectedUrl("/masuk?error=locked"));
    }

    /**
     * Tomcat's own forwarded-header handling (RemoteIpValve, which MockMvc does not run) would
     * believe any private or loopback peer; only {@code TrustedProxyFilter} may decide.
     */
    @Test
    void theContainerItselfBelievesNoForwardedHeaders() {
        assertThat(environment.getProperty("server.forward-headers-strategy")).isEqualTo("none");
    }

    private ResultActions login(String email, String password, String from) throws Exception {
        return mvc.perform(post("/masuk").param("email", email).param("password", password).with(csrf())
                .with(IdentityFixtures.fromAddress(from)));
    }
}
