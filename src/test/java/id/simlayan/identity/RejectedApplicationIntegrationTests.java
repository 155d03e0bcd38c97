package id.simlayan.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;

import id.simlayan.IntegrationTest;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** A rejected applicant learns why and can apply again with the same NIK and e-mail. */
@RecordApplicationEvents
class RejectedApplicationIntegrationTests extends IntegrationTest {

    static final String PASSWORD = "Garang-Asem55enak";
    static final String REASON = "Nama tidak sesuai dengan KTP";

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    AccountProvisioning provisioning;
    @Autowired
    Directory directory;
    @Autowired
    ApplicationEvents events;

    MockHttpSession admin;
    String email;
    String nik;
    UUID id;

    @BeforeEach
    void rejectedApplication() throws Exception {
        var people = new IdentityFixtures(provisioning, directory);
        admin = people.login(mvc, people.anAdmin());
        email = IdentityFixtures.uniqueEmail("Ditolak");
        nik = IdentityFixtures.uniqueNik();
        mvc.perform(registration("Rina Wulandri", nik, email, PASSWORD)).andExpect(redirectedUrl("/daftar/terkirim"));
        id = jdbc.sql("SELECT id FROM users WHERE email = :e").param("e", email).query(UUID.class).single();
        mvc.perform(post("/admin/pendaftaran/{id}/tolak", id).param("reason", REASON).with(csrf()).session(admin))
                .andExpect(redirectedUrl("/admin/pendaftaran"));
    }

    @Test
    void theRightPasswordShowsTheReasonOnceAndAWrongOneShowsNothingOfIt() throws Exception {
        String address = IdentityFixtures.randomAddress();
        var wrong = mvc.perform(login(email, "bukan-sandinya-1", address)).andExpect(redirectedUrl("/masuk?error=bad")).andReturn();
        mvc.perform(get("/masuk").param("error", "bad").session((MockHttpSession) wrong.getRequest().getSession()))
                .andExpect(content().string(not(containsString(REASON))));

        var right = mvc.perform(login(email, PASSWORD, address)).andExpect(redirectedUrl("/masuk?error=rejected")).andReturn();
        var session = (MockHttpSession) right.getRequest().getSession();
        mvc.perform(get("/masuk").param("error", "rejected").session(session))
                .andExpect(content().string(containsString("Pendaftaran Anda ditolak oleh administrator.")))
                .andExpect(content().string(containsString(REASON)))
                .andExpect(content().string(containsString("href=\"/daftar\"")));
        mvc.perform(get("/masuk").param("error", "rejected").session(session))
                .andExpect(content().string(not(containsString(REASON))));
    }

    @Test
    void registeringAgainWithTheSameNikAndEmailReopensTheApplicationWithTheNewValues() throws Exception {
        String newPassword = "Tahu-Petis88gurih";
        mvc.perform(registration("Rina Wulandari", nik, email.toUpperCase(), newPassword)).andExpect(redirectedUrl("/daftar/terkirim"));

        var row = jdbc.sql("SELECT id, status, full_name, status_reason, decided_by FROM users WHERE nik = :n").param("n", nik).query().singleRow();
        assertThat(row).containsEntry("id", id).containsEntry("status", "PENDING").containsEntry("full_name", "Rina Wulandari")
                .containsEntry("status_reason", null).containsEntry("decided_by", null);
        assertThat(events.stream(AccountRegistered.class)).extracting(AccountRegistered::userId).containsExactly(new UserId(id), new UserId(id));
        assertThat(events.stream(RegistrationAttemptedForExistingAccount.class)).isEmpty();

        mvc.perform(post("/admin/pendaftaran/{id}/setujui", id).with(csrf()).session(admin)).andExpect(redirectedUrl("/admin/pendaftaran"));
        mvc.perform(login(email, newPassword, IdentityFixtures.randomAddress())).andExpect(redirectedUrl("/"));
    }

    @Test
    void registeringAgainWithTheNikButAnEmailOfAnotherAccountReopensNothing() throws Exception {
        var other = new IdentityFixtures(provisioning, directory).aRequester();
        mvc.perform(registration("Rina Wulandari", nik, other.email(), PASSWORD)).andExpect(redirectedUrl("/daftar/terkirim"));

        assertThat(jdbc.sql("SELECT status FROM users WHERE id = :id").param("id", id).query(String.class).single()).isEqualTo("REJECTED");
        assertThat(events.stream(RegistrationAttemptedForExistingAccount.class)).extracting(RegistrationAttemptedForExistingAccount::userId)
                .containsExactlyInAnyOrder(other.userId(), new UserId(id));
    }

    private static MockHttpServletRequestBuilder registration(String name, String nik, String email, String password) {
        return post("/daftar").with(csrf()).with(IdentityFixtures.fromAddress(IdentityFixtures.randomAddress()))
                .param("applicant", "CITIZEN").param("fullName", name).param("nik", nik).param("email", email)
                .param("phone", "081298765432").param("password", password).param("passwordConfirmation", password)
                .param("consent", "true");
    }

    private static MockHttpServletRequestBuilder login(String email, String password, String address) {
        return post("/masuk").param("email", email).param("password", password).with(csrf()).with(IdentityFixtures.fromAddress(address));
    }
}
