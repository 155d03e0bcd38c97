package id.simlayan.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import id.simlayan.IntegrationTest;
import id.simlayan.audit.AuditLog;
import id.simlayan.notification.NotificationFixtures;
import id.simlayan.notification.internal.MailOutbox;
import java.time.Duration;
import java.util.UUID;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** Account actions of the administrator: create a staff account with an invitation, deactivate, reactivate, unlock. */
class AccountAdministrationIntegrationTests extends IntegrationTest {

    static final String CHOSEN = "Tauto-Pekalongan2027";
    static final Pattern LINK = Pattern.compile("/atur-ulang-sandi/([A-Za-z0-9_-]{43})");

    @Autowired
    MockMvc mvc;
    @Autowired
    AccountProvisioning provisioning;
    @Autowired
    Directory directory;
    @Autowired
    AuditLog audit;
    @Autowired
    MailOutbox outbox;

    IdentityFixtures people;
    IdentityFixtures.TestAccount adminAccount;
    MockHttpSession admin;
    String address;

    @BeforeEach
    void setUp() {
        people = new IdentityFixtures(provisioning, directory);
        adminAccount = people.anAdmin();
        admin = people.login(mvc, adminAccount);
        address = IdentityFixtures.randomAddress();
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void aCreatedStaffMemberGetsAnInvitationThatSetsTheirPasswordAndHoldsTheRoles() throws Exception {
        UnitId unit = people.aUnit();
        String email = IdentityFixtures.uniqueEmail("petugasbaru");
        String nip = IdentityFixtures.uniqueNip();

        mvc.perform(post("/admin/pengguna/baru").param("fullName", "Rudi Petugas Baru").param("email", email).param("nip", nip)
                        .param("unitId", unit.value().toString()).param("roles", "AGENT", "TECHNICIAN").with(csrf()).session(admin))
                .andExpect(redirectedUrl("/admin/pengguna?q=" + email.replace("@", "%40")))
                .andExpect(flash().attribute("flash", containsString(email)));

        var created = directory.contactByEmail(email).orElseThrow();
        assertThat(directory.holders(unit, Role.AGENT)).extracting(UserContact::id).contains(created.id());
        assertThat(directory.holders(unit, Role.TECHNICIAN)).extracting(UserContact::id).contains(created.id());
        assertThat(audit.entriesFor("USER", created.id().toString(), 5)).extracting(AuditLog.RecordedEntry::action).contains("ACCOUNT_CREATE");

        String token = awaitInvitation(email);
        // an invitation lasts longer than a reset link (60 minutes)
        clock.advance(Duration.ofDays(2));
        mvc.perform(post("/atur-ulang-sandi/{t}", token).param("password", CHOSEN).param("passwordConfirmation", CHOSEN).with(csrf()))
                .andExpect(redirectedUrl("/masuk?sandi=baru"));
        var session = IdentityFixtures.login(mvc, email, CHOSEN);
        mvc.perform(get("/petugas/tugas").session(session)).andExpect(status().isOk());
    }

    @Test
    void anInvitationExpiresAfterItsValidity() throws Exception {
        UnitId unit = people.aUnit();
        String email = IdentityFixtures.uniqueEmail("terlambat");
        mvc.perform(post("/admin/pengguna/baru").param("fullName", "Sinta Terlambat").param("email", email)
                .param("unitId", unit.value().toString()).param("roles", "AGENT").with(csrf()).session(admin));
        String token = awaitInvitation(email);

        clock.advance(Duration.ofDays(8));

        mvc.perform(get("/atur-ulang-sandi/{t}", token)).andExpect(status().isGone());
    }

    @Test
    void aStaffAccountWithoutRoleOrWithATakenEmailIsNotCreated() throws Exception {
        UnitId unit = people.aUnit();
        String email = IdentityFixtures.uniqueEmail("tanpaperan");

        mvc.perform(post("/admin/pengguna/baru").param("fullName", "Tanpa Peran").param("email", email)
                        .param("unitId", unit.value().toString()).with(csrf()).session(admin))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("Pilih peran petugas.")));
        mvc.perform(post("/admin/pengguna/baru").param("fullName", "Sudah Ada").param("email", adminAccount.email().toUpperCase())
                        .param("unitId", unit.value().toString()).param("roles", "AGENT").with(csrf()).session(admin))
                .andExpect(status().isConflict());
        mvc.perform(post("/admin/pengguna/baru").param("fullName", "Unit Palsu").param("email", email)
                        .param("unitId", "bukan-uuid").param("roles", "AGENT").with(csrf()).session(admin))
                .andExpect(status().isBadRequest());

        assertThat(directory.contactByEmail(email)).isEmpty();
    }

    @Test
    void deactivationAsksForConfirmationThenThePersonCannotLogInUntilReactivated() throws Exception {
        var person = people.aRequester();

        mvc.perform(get("/admin/pengguna/{id}/nonaktifkan", person.userId().value()).session(admin))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(person.email())))
                .andExpect(content().string(containsString("Ya, nonaktifkan akun ini")));
        assertThat(directory.contactByEmail(person.email())).isPresent();

        mvc.perform(post("/admin/pengguna/{id}/nonaktifkan", person.userId().value()).param("reason", "Pindah tugas").with(csrf()).session(admin))
                .andExpect(redirectedUrl("/admin/pengguna"))
                .andExpect(flash().attributeExists("flash"));
        assertThat(directory.contactByEmail(person.email())).isEmpty();
        login(person.email(), person.password()).andExpect(redirectedUrl("/masuk?error=inactive"));

        mvc.perform(post("/admin/pengguna/{id}/aktifkan", person.userId().value()).with(csrf()).session(admin))
                .andExpect(redirectedUrl("/admin/pengguna"))
                .andExpect(flash().attributeExists("flash"));
        login(person.email(), person.password()).andExpect(redirectedUrl("/"));
        assertThat(audit.entriesFor("USER", person.userId().toString(), 10)).extracting(AuditLog.RecordedEntry::action)
                .contains("ACCOUNT_DEACTIVATE", "ACCOUNT_REACTIVATE");
    }

    @Test
    void aDeactivatedAccountLosesItsOpenPasswordLinks() throws Exception {
        var person = people.aRequester();
        mvc.perform(post("/lupa-sandi").param("email", person.email()).with(csrf()).with(IdentityFixtures.fromAddress(address)));
        outbox.dispatchDue();
        await().atMost(Duration.ofSeconds(10)).until(() -> !NotificationFixtures.inbox(person.email()).isEmpty());
        String token = tokenIn(NotificationFixtures.inbox(person.email()).getFirst());

        mvc.perform(post("/admin/pengguna/{id}/nonaktifkan", person.userId().value()).with(csrf()).session(admin));
        mvc.perform(post("/admin/pengguna/{id}/aktifkan", person.userId().value()).with(csrf()).session(admin));

        mvc.perform(get("/atur-ulang-sandi/{t}", token)).andExpect(status().isGone());
    }

    @Test
    void anAdministratorCannotDeactivateThemselves() throws Exception {
        UUID own = adminAccount.userId().value();

        mvc.perform(get("/admin/pengguna/{id}/nonaktifkan", own).session(admin))
                .andExpect(redirectedUrl("/admin/pengguna"))
                .andExpect(flash().attribute("flashError", "Anda tidak dapat menonaktifkan akun Anda sendiri."));
        mvc.perform(post("/admin/pengguna/{id}/nonaktifkan", own).with(csrf()).session(admin))
                .andExpect(flash().attribute("flashError", "Anda tidak dapat menonaktifkan akun Anda sendiri."));

        assertThat(directory.contactByEmail(adminAccount.email())).isPresent();
        assertThat(audit.entriesFor("USER", own.toString(), 5))
                .anySatisfy(e -> {
                    assertThat(e.action()).isEqualTo("ACCOUNT_DEACTIVATE");
                    assertThat(e.outcome()).isEqualTo(AuditLog.Outcome.DENIED);
                });
    }

    @Test
    void anAdministratorUnlocksALockedAccount() throws Exception {
        var person = people.aRequester();
        for (int i = 1; i <= 5; i++) {
            login(person.email(), "salah-" + i);
        }
        login(person.email(), person.password()).andExpect(redirectedUrl("/masuk?error=locked"));
        mvc.perform(get("/admin/pengguna").param("q", person.email()).session(admin))
                .andExpect(content().string(containsString("Terkunci")))
                .andExpect(content().string(containsString("/admin/pengguna/" + person.userId().value() + "/buka-kunci")));

        mvc.perform(post("/admin/pengguna/{id}/buka-kunci", person.userId().value()).with(csrf()).session(admin))
                .andExpect(redirectedUrl("/admin/pengguna"))
                .andExpect(flash().attributeExists("flash"));

        login(person.email(), person.password()).andExpect(redirectedUrl("/"));
        assertThat(audit.entriesFor("USER", person.userId().toString(), 10)).extracting(AuditLog.RecordedEntry::action).contains("ACCOUNT_UNLOCK");
    }

    @Test
    void onlyAdministratorsMayUseTheAccountActions() throws Exception {
        var agent = people.anAgent();
        var session = people.login(mvc, agent);
        var target = people.aRequester();
        UUID id = target.userId().value();
        UnitId unit = people.aUnit();
        String email = IdentityFixtures.uniqueEmail("tidakboleh");

        MockHttpServletRequestBuilder[] requests = {
                get("/admin/pengguna/baru"),
                post("/admin/pengguna/baru").param("fullName", "Tidak Boleh").param("email", email).param("unitId", unit.value().toString())
                        .param("roles", "ADMIN").with(csrf()),
                get("/admin/pengguna/{id}/nonaktifkan", id),
                post("/admin/pengguna/{id}/nonaktifkan", id).with(csrf()),
                post("/admin/pengguna/{id}/aktifkan", id).with(csrf()),
                post("/admin/pengguna/{id}/buka-kunci", id).with(csrf())};
        for (var request : requests) {
            mvc.perform(request.session(session)).andExpect(status().isForbidden());
        }

        assertThat(directory.contactByEmail(email)).isEmpty();
        assertThat(directory.contactByEmail(target.email())).isPresent();
    }

    @Test
    void theUserListOffersTheActions() throws Exception {
        var person = people.aRequester();
        mvc.perform(get("/admin/pengguna").param("q", person.email()).session(admin))
                .andExpect(content().string(containsString("href=\"/admin/pengguna/baru\"")))
                .andExpect(content().string(containsString("/admin/pengguna/" + person.userId().value() + "/nonaktifkan")));
        mvc.perform(get("/admin/pengguna/baru").session(admin)).andExpect(status().isOk())
                .andExpect(content().string(containsString("berlaku 7 hari")));
    }

    private ResultActions login(String email, String password) throws Exception {
        return mvc.perform(post("/masuk").param("email", email).param("password", password).with(csrf())
                .with(IdentityFixtures.fromAddress(address)));
    }

    private String awaitInvitation(String email) throws Exception {
        outbox.dispatchDue();
        await().atMost(Duration.ofSeconds(10)).until(() -> !NotificationFixtures.inbox(email).isEmpty());
        var mail = NotificationFixtures.inbox(email).getFirst();
        assertThat(mail.getSubject()).isEqualTo("[SIMLAYAN] Akun petugas Anda sudah dibuat");
        return tokenIn(mail);
    }

    private static String tokenIn(jakarta.mail.internet.MimeMessage mail) {
        var matcher = LINK.matcher(NotificationFixtures.part(mail, "text/plain"));
        assertThat(matcher.find()).isTrue();
        return matcher.group(1);
    }
}
