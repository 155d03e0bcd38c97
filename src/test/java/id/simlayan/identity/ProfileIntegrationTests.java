package id.simlayan.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import id.simlayan.IntegrationTest;
import id.simlayan.audit.AuditLog;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/** "Profil saya": name and mobile number, password change. */
class ProfileIntegrationTests extends IntegrationTest {

    static final String NEW_PASSWORD = "Garang-Asem2027pedas";

    @Autowired
    MockMvc mvc;
    @Autowired
    AccountProvisioning provisioning;
    @Autowired
    Directory directory;
    @Autowired
    AuditLog audit;

    IdentityFixtures people;
    IdentityFixtures.TestAccount person;
    MockHttpSession session;
    String address;

    @BeforeEach
    void setUp() {
        people = new IdentityFixtures(provisioning, directory);
        person = people.aRequester();
        session = people.login(mvc, person);
        address = IdentityFixtures.randomAddress();
    }

    @Test
    void theNavbarNameLinksToTheProfileWhichShowsTheAccount() throws Exception {
        mvc.perform(get("/").session(session)).andExpect(content().string(containsString("href=\"/profil\"")));
        mvc.perform(get("/profil").session(session)).andExpect(status().isOk())
                .andExpect(content().string(containsString(person.email())))
                .andExpect(content().string(containsString("value=\"" + person.fullName() + "\"")))
                .andExpect(content().string(containsString("href=\"/profil/notifikasi\"")));
    }

    @Test
    void anonymousVisitorsAreSentToTheLoginPage() throws Exception {
        mvc.perform(get("/profil")).andExpect(redirectedUrl("/masuk"));
    }

    @Test
    void nameAndPhoneAreSavedInTheStoredForm() throws Exception {
        mvc.perform(post("/profil/data").param("fullName", "  Dewi Lestari Baru ").param("phone", "0812-3456-7890").with(csrf()).session(session))
                .andExpect(redirectedUrl("/profil"));

        var contact = directory.contact(person.userId()).orElseThrow();
        assertThat(contact.fullName()).isEqualTo("Dewi Lestari Baru");
        assertThat(contact.phone()).isEqualTo("+6281234567890");
        assertThat(audit.entriesFor("USER", person.userId().toString(), 5)).extracting(AuditLog.RecordedEntry::action).contains("PROFILE_UPDATE");
    }

    @Test
    void aWrongPhoneIsRefusedWithAMessageAndNothingChanges() throws Exception {
        var before = directory.contact(person.userId()).orElseThrow();

        mvc.perform(post("/profil/data").param("fullName", "Nama Yang Lain").param("phone", "12345").with(csrf()).session(session))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("is-invalid")));

        assertThat(directory.contact(person.userId()).orElseThrow()).isEqualTo(before);
    }

    @Test
    void thePasswordChangesWithTheCurrentPassword() throws Exception {
        changePassword(person.password(), NEW_PASSWORD, NEW_PASSWORD).andExpect(redirectedUrl("/profil"));

        login(person.email(), NEW_PASSWORD).andExpect(redirectedUrl("/"));
        login(person.email(), person.password()).andExpect(redirectedUrl("/masuk?error=bad"));
    }

    @Test
    void aPasswordChangeOnTheProfileKeepsThisSessionAndEndsThePersonsOtherSessions() throws Exception {
        var otherSession = people.login(mvc, person);

        changePassword(person.password(), NEW_PASSWORD, NEW_PASSWORD).andExpect(redirectedUrl("/profil"));

        mvc.perform(get("/profil").session(session)).andExpect(status().isOk());
        mvc.perform(get("/profil").session(otherSession)).andExpect(redirectedUrl("/masuk?error=ended"));
    }

    @Test
    void aNewNameShowsInTheNavbarOfEverySessionWithoutLoggingInAgain() throws Exception {
        var otherSession = people.login(mvc, person);

        mvc.perform(post("/profil/data").param("fullName", "Ratna Sari Dewi").param("phone", "").with(csrf()).session(session))
                .andExpect(redirectedUrl("/profil"));

        mvc.perform(get("/").session(session)).andExpect(content().string(containsString("Ratna Sari Dewi")));
        mvc.perform(get("/").session(otherSession)).andExpect(status().isOk())
                .andExpect(content().string(containsString("Ratna Sari Dewi")));
    }

    @Test
    void aWrongCurrentPasswordIsRefusedAndNothingChanges() throws Exception {
        changePassword("bukan-sandi-saya-1", NEW_PASSWORD, NEW_PASSWORD)
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("Kata sandi saat ini salah")));

        login(person.email(), NEW_PASSWORD).andExpect(redirectedUrl("/masuk?error=bad"));
        login(person.email(), person.password()).andExpect(redirectedUrl("/"));
        assertThat(audit.entriesFor("USER", person.userId().toString(), 10))
                .anySatisfy(e -> {
                    assertThat(e.action()).isEqualTo("PASSWORD_CHANGE");
                    assertThat(e.outcome()).isEqualTo(AuditLog.Outcome.DENIED);
                });
    }

    @Test
    void aWeakNewPasswordIsRefusedByThePasswordPolicy() throws Exception {
        changePassword(person.password(), "password123", "password123")
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("terlalu umum")));

        login(person.email(), person.password()).andExpect(redirectedUrl("/"));
    }

    @Test
    void afterFiveWrongCurrentPasswordsEvenTheRightOneIsRefusedForAWhile() throws Exception {
        for (int i = 1; i <= 5; i++) {
            changePassword("salah-sandi-" + i, NEW_PASSWORD, NEW_PASSWORD).andExpect(status().isBadRequest());
        }
        changePassword(person.password(), NEW_PASSWORD, NEW_PASSWORD)
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("Terlalu banyak percobaan")));

        login(person.email(), person.password()).andExpect(redirectedUrl("/"));
    }

    private ResultActions changePassword(String current, String password, String confirmation) throws Exception {
        return mvc.perform(post("/profil/sandi").param("currentPassword", current).param("password", password)
                .param("passwordConfirmation", confirmation).with(csrf()).session(session));
    }

    private ResultActions login(String email, String password) throws Exception {
        return mvc.perform(post("/masuk").param("email", email).param("password", password).with(csrf())
                .with(IdentityFixtures.fromAddress(address)));
    }
}
