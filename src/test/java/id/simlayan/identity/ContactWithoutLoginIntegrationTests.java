package id.simlayan.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;

import id.simlayan.IntegrationTest;
import id.simlayan.identity.AccountProvisioning.NewContact;
import id.simlayan.notification.NotificationFixtures;
import id.simlayan.notification.internal.MailOutbox;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Contacts without login ({@link AccountProvisioning#createContactWithoutLogin}): recorded by
 * staff with the consent given to them, found by e-mail or NIK, unable to log in until the person
 * sets a password through the password link; bad or taken data is refused with a code per field.
 */
class ContactWithoutLoginIntegrationTests extends IntegrationTest {

    @Autowired
    AccountProvisioning provisioning;
    @Autowired
    Directory directory;
    @Autowired
    MockMvc mvc;
    @Autowired
    MailOutbox outbox;
    @Autowired
    JdbcClient jdbc;

    IdentityFixtures people;
    String address;

    @BeforeEach
    void setUp() {
        people = new IdentityFixtures(provisioning, directory);
        address = IdentityFixtures.randomAddress();
    }

    @Test
    void aContactIsFoundByEMailAndNikButLogsInOnlyAfterSettingAPassword() throws Exception {
        var agent = people.anAgent();
        String email = IdentityFixtures.uniqueEmail("kontak");
        String nik = IdentityFixtures.uniqueNik();

        UserId id = provisioning.createContactWithoutLogin(new NewContact("Warga Loket", email, "0812 3456 7890", nik, null), agent.userId());

        assertThat(directory.contactByEmail(email.toUpperCase())).map(UserContact::id).contains(id);
        assertThat(directory.contactByNik(nik)).map(UserContact::id).contains(id);
        assertThat(directory.contact(id)).map(UserContact::phone).contains("+6281234567890");
        var consent = jdbc.sql("SELECT consent_at, consent_version, consent_recorded_by FROM users WHERE id = :id").param("id", id.value())
                .query().singleRow();
        assertThat(consent.get("consent_at")).isNotNull();
        assertThat(consent.get("consent_version")).isNotNull();
        assertThat(consent.get("consent_recorded_by")).isEqualTo(agent.userId().value());

        mvc.perform(post("/masuk").param("email", email).param("password", IdentityFixtures.PASSWORD).with(csrf())
                .with(IdentityFixtures.fromAddress(address))).andExpect(redirectedUrl("/masuk?error=bad"));
        mvc.perform(post("/lupa-sandi").param("email", email).with(csrf()).with(IdentityFixtures.fromAddress(address)))
                .andExpect(redirectedUrl("/lupa-sandi/terkirim"));
        outbox.dispatchDue();
        await().atMost(Duration.ofSeconds(10)).until(() -> !NotificationFixtures.inbox(email).isEmpty());
        assertThat(NotificationFixtures.body(NotificationFixtures.inbox(email).getFirst())).contains("/atur-ulang-sandi/");
    }

    @Test
    void aContactWithOnlyAPhoneIsKeptWithoutEMail() {
        UserId id = provisioning.createContactWithoutLogin(new NewContact("Penelepon", null, IdentityFixtures.uniquePhone(), null, null),
                people.anAgent().userId());

        assertThat(directory.contact(id)).map(UserContact::email).isEmpty();
    }

    @Test
    void badOrMissingContactDataIsRefusedPerField() {
        var problems = provisioning.contactProblems(new NewContact("A", " ", "", "1234567890123456", new UnitId(UUID.randomUUID())));

        assertThat(problems).containsExactlyInAnyOrderEntriesOf(Map.of(
                "fullName", "identity.contact.error.name",
                "email", "identity.contact.error.emailOrPhone",
                "nik", "registration.error.nik.date",
                "ownUnit", "identity.contact.error.unit"));
        assertThat(provisioning.contactProblems(new NewContact("Nama Benar", "bukan-email", "12", null, null)))
                .containsEntry("email", "identity.contact.error.email").containsEntry("phone", "registration.error.phone");
    }

    @Test
    void anEMailThatIsTakenIsRefusedAndNothingIsSaved() {
        var owner = people.aRequester();
        var agent = people.anAgent();
        long before = jdbc.sql("SELECT count(*) FROM users").query(Long.class).single();
        // the caller matches active owners first; whoever owns it, creation never duplicates an address
        assertThatThrownBy(() -> provisioning.createContactWithoutLogin(new NewContact("Duplikat", owner.email().toUpperCase(), null, null, null), agent.userId()))
                .isInstanceOfSatisfying(ContactRefused.class, e -> assertThat(e.problems()).containsEntry("email", "identity.contact.error.emailTaken"));
        assertThat(jdbc.sql("SELECT count(*) FROM users").query(Long.class).single()).isEqualTo(before);
    }
}
