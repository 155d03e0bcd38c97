package id.simlayan.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import id.simlayan.IntegrationTest;
import id.simlayan.audit.AuditLog;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;

@RecordApplicationEvents
class AdminIntegrationTests extends IntegrationTest {

    static final String PASSWORD = "Nasi-Megono88enak";

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    AccountProvisioning provisioning;
    @Autowired
    Directory directory;
    @Autowired
    AuditLog audit;
    @Autowired
    ApplicationEvents events;

    IdentityFixtures people;
    MockHttpSession admin;
    IdentityFixtures.TestAccount adminAccount;

    @BeforeEach
    void setUp() {
        people = new IdentityFixtures(provisioning, directory);
        adminAccount = people.anAdmin();
        admin = people.login(mvc, adminAccount);
    }

    @Test
    void dashboardAndListShowPendingRegistrationsWithTheNikMaskedButForTheLastFourDigits() throws Exception {
        String nik = IdentityFixtures.uniqueNik();
        String email = register(nik);

        mvc.perform(get("/admin").session(admin))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("/admin/pendaftaran")));
        mvc.perform(get("/admin/pendaftaran").session(admin))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(email)))
                .andExpect(content().string(containsString("••••••••••••" + nik.substring(12))))
                .andExpect(content().string(not(containsString(nik))));
    }

    @Test
    void adminApprovesARegistrationAndThePersonCanLogIn() throws Exception {
        String email = register(IdentityFixtures.uniqueNik());
        UUID id = idOf(email);

        mvc.perform(post("/admin/pendaftaran/{id}/setujui", id).with(csrf()).session(admin))
                .andExpect(redirectedUrl("/admin/pendaftaran"))
                .andExpect(flash().attributeExists("flash"));

        assertThat(statusOf(email)).isEqualTo("ACTIVE");
        assertThat(events.stream(AccountApproved.class)).singleElement().satisfies(e -> assertThat(e.userId().value()).isEqualTo(id));
        assertThat(audit.entriesFor("USER", id.toString(), 5)).extracting(AuditLog.RecordedEntry::action).contains("REGISTRATION_APPROVE");
        IdentityFixtures.login(mvc, email, PASSWORD);
    }

    @Test
    void adminRejectsARegistrationWithAReason() throws Exception {
        String email = register(IdentityFixtures.uniqueNik());
        UUID id = idOf(email);

        mvc.perform(post("/admin/pendaftaran/{id}/tolak", id).param("reason", "NIK tidak sesuai dengan nama").with(csrf()).session(admin))
                .andExpect(redirectedUrl("/admin/pendaftaran"));

        var row = jdbc.sql("SELECT status, status_reason, decided_by FROM users WHERE id = :id").param("id", id).query().singleRow();
        assertThat(row).containsEntry("status", "REJECTED").containsEntry("status_reason", "NIK tidak sesuai dengan nama")
                .containsEntry("decided_by", adminAccount.userId().value());
        assertThat(events.stream(AccountRejected.class)).singleElement()
                .satisfies(e -> assertThat(e.userId().value()).isEqualTo(id));
        assertThat(directory.rejectionReason(new UserId(id))).contains("NIK tidak sesuai dengan nama");
        assertThat(events.stream(AccountRejected.class).findFirst().orElseThrow().toString()).doesNotContain(email, "Rina");
        mvc.perform(formLogin("/masuk").user("email", email).password("password", PASSWORD)).andExpect(redirectedUrl("/masuk?error=rejected"));
    }

    @Test
    void rejectWithoutReasonIsRefusedAndNothingChanges() throws Exception {
        String email = register(IdentityFixtures.uniqueNik());
        UUID id = idOf(email);

        mvc.perform(post("/admin/pendaftaran/{id}/tolak", id).param("reason", "   ").with(csrf()).session(admin))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("Isi alasan penolakan")));

        assertThat(statusOf(email)).isEqualTo("PENDING");
        assertThat(events.stream(AccountRejected.class)).isEmpty();
    }

    @Test
    void decidingAnAlreadyDecidedRegistrationIsRefusedAndChangesNothing() throws Exception {
        String email = register(IdentityFixtures.uniqueNik());
        UUID id = idOf(email);
        mvc.perform(post("/admin/pendaftaran/{id}/tolak", id).param("reason", "Data tidak lengkap").with(csrf()).session(admin));

        mvc.perform(post("/admin/pendaftaran/{id}/setujui", id).with(csrf()).session(admin))
                .andExpect(redirectedUrl("/admin/pendaftaran"))
                .andExpect(flash().attribute("flashError", containsString("sudah diputuskan")));

        assertThat(statusOf(email)).isEqualTo("REJECTED");
        assertThat(events.stream(AccountApproved.class)).isEmpty();
    }

    @Test
    void htmxDecisionsReplaceOnlyTheTableRow() throws Exception {
        String email = register(IdentityFixtures.uniqueNik());
        UUID id = idOf(email);

        mvc.perform(post("/admin/pendaftaran/{id}/tolak", id).param("reason", "").header("HX-Request", "true").with(csrf()).session(admin))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"registration-" + id + "\"")))
                .andExpect(content().string(containsString("Isi alasan penolakan")))
                .andExpect(content().string(not(containsString("<html"))));
        assertThat(statusOf(email)).isEqualTo("PENDING");

        mvc.perform(post("/admin/pendaftaran/{id}/setujui", id).header("HX-Request", "true").with(csrf()).session(admin))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Pendaftaran disetujui")))
                .andExpect(content().string(not(containsString("<html"))));
        assertThat(statusOf(email)).isEqualTo("ACTIVE");
    }

    @Test
    void nonAdminGets403OnAdminPages() throws Exception {
        var agent = people.login(mvc, people.anAgent());
        mvc.perform(get("/admin/pendaftaran").session(agent)).andExpect(status().isForbidden());
        mvc.perform(get("/admin").session(people.login(mvc, people.aRequester()))).andExpect(status().isForbidden());
        String email = register(IdentityFixtures.uniqueNik());
        mvc.perform(post("/admin/pendaftaran/{id}/setujui", idOf(email)).with(csrf()).session(agent)).andExpect(status().isForbidden());
        assertThat(statusOf(email)).isEqualTo("PENDING");
    }

    @Test
    void adminFindsAUserAndGrantsAndRevokesARoleInAUnit() throws Exception {
        var person = people.aRequester();
        var unit = people.aUnit();

        mvc.perform(get("/admin/pengguna").param("q", person.email().toUpperCase()).session(admin))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(person.fullName())))
                .andExpect(content().string(containsString("1 pengguna")));

        mvc.perform(post("/admin/pengguna/{id}/peran", person.userId().value()).param("unitId", unit.value().toString())
                        .param("role", "TECHNICIAN").with(csrf()).session(admin))
                .andExpect(status().is3xxRedirection());
        assertThat(directory.holders(unit, Role.TECHNICIAN)).extracting(UserContact::id).containsExactly(person.userId());

        mvc.perform(post("/admin/pengguna/{id}/peran/cabut", person.userId().value()).param("unitId", unit.value().toString())
                        .param("role", "TECHNICIAN").param("confirmed", "true").with(csrf()).session(admin))
                .andExpect(status().is3xxRedirection());
        assertThat(directory.holders(unit, Role.TECHNICIAN)).isEmpty();
    }

    @Test
    void revokingARoleFirstShowsWhatWillHappenAndOnlyTheConfirmedPostDoesIt() throws Exception {
        var person = people.aRequester();
        var unit = people.aUnit();
        mvc.perform(post("/admin/pengguna/{id}/peran", person.userId().value()).param("unitId", unit.value().toString())
                        .param("role", "TECHNICIAN").with(csrf()).session(admin))
                .andExpect(status().is3xxRedirection());
        String revoke = "/admin/pengguna/" + person.userId().value() + "/peran/cabut";

        mvc.perform(get("/admin/pengguna").param("q", person.email()).session(admin))
                .andExpect(content().string(containsString(revoke + "?unitId=" + unit.value() + "&amp;role=TECHNICIAN")));
        mvc.perform(get(revoke).param("unitId", unit.value().toString()).param("role", "TECHNICIAN").session(admin))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Cabut peran?")))
                .andExpect(content().string(containsString(person.fullName())))
                .andExpect(content().string(containsString("Teknisi")))
                .andExpect(content().string(containsString("name=\"confirmed\" value=\"true\"")));

        mvc.perform(post(revoke).param("unitId", unit.value().toString()).param("role", "TECHNICIAN").with(csrf()).session(admin))
                .andExpect(redirectedUrl(revoke + "?unitId=" + unit.value() + "&role=TECHNICIAN&q=&page=0"));
        assertThat(directory.holders(unit, Role.TECHNICIAN)).extracting(UserContact::id).containsExactly(person.userId());

        mvc.perform(post(revoke).param("unitId", unit.value().toString()).param("role", "TECHNICIAN").param("confirmed", "true")
                        .with(csrf()).session(admin))
                .andExpect(redirectedUrl("/admin/pengguna?q=&page=0"));
        assertThat(directory.holders(unit, Role.TECHNICIAN)).isEmpty();
    }

    @Test
    void theConfirmationOfARoleTheAccountDoesNotHoldGoesBackWithAMessage() throws Exception {
        var person = people.aRequester();
        mvc.perform(get("/admin/pengguna/{id}/peran/cabut", person.userId().value()).param("unitId", people.aUnit().value().toString())
                        .param("role", "AGENT").session(admin))
                .andExpect(redirectedUrl("/admin/pengguna?q=&page=0"))
                .andExpect(flash().attribute("flashError", "Pengguna ini tidak (lagi) memegang peran tersebut di unit itu."));
    }

    @Test
    void anAdminMayGiveUpTheirOwnAdminRoleWhileAnotherAdminRemains() throws Exception {
        people.anAdmin();
        var desk = directory.frontDesk().id();
        mvc.perform(get("/admin/pengguna/{id}/peran/cabut", adminAccount.userId().value()).param("unitId", desk.value().toString())
                        .param("role", "ADMIN").session(admin))
                .andExpect(content().string(containsString("Ini peran Administrator Anda sendiri")));
        mvc.perform(post("/admin/pengguna/{id}/peran/cabut", adminAccount.userId().value()).param("unitId", desk.value().toString())
                        .param("role", "ADMIN").param("confirmed", "true").with(csrf()).session(admin))
                .andExpect(redirectedUrl("/"));
        assertThat(directory.holders(desk, Role.ADMIN)).extracting(UserContact::id).doesNotContain(adminAccount.userId());
        mvc.perform(get("/admin").session(admin)).andExpect(status().isForbidden());
    }

    @Test
    void garbageInTheAdminFormsIsRefusedAndChangesNothing() throws Exception {
        String email = register(IdentityFixtures.uniqueNik());
        UUID pending = idOf(email);
        var person = people.aRequester();
        UUID unit = people.aUnit().value();
        String grant = "/admin/pengguna/" + person.userId().value() + "/peran";

        mvc.perform(post(grant).param("unitId", "bukan-uuid").param("role", "AGENT").with(csrf()).session(admin))
                .andExpect(status().isBadRequest());
        mvc.perform(post(grant).param("unitId", unit.toString()).param("role", "RAJA").with(csrf()).session(admin))
                .andExpect(status().isBadRequest());
        mvc.perform(post(grant).param("unitId", unit.toString()).param("role", "REQUESTER").with(csrf()).session(admin))
                .andExpect(flash().attributeExists("flashError"));
        mvc.perform(post(grant).with(csrf()).session(admin)).andExpect(flash().attributeExists("flashError"));
        mvc.perform(post("/admin/pengguna/" + UUID.randomUUID() + "/peran").param("unitId", unit.toString()).param("role", "AGENT")
                .with(csrf()).session(admin)).andExpect(flash().attributeExists("flashError"));
        assertThat(jdbc.sql("SELECT count(*) FROM memberships WHERE user_id = :id").param("id", person.userId().value())
                .query(Long.class).single()).isZero();

        mvc.perform(post("/admin/pendaftaran/" + pending + "/tolak").param("reason", "x".repeat(501)).with(csrf()).session(admin))
                .andExpect(status().is4xxClientError());
        mvc.perform(post("/admin/pendaftaran/bukan-uuid/setujui").with(csrf()).session(admin)).andExpect(status().isBadRequest());
        assertThat(statusOf(email)).isEqualTo("PENDING");
    }

    private String register(String nik) throws Exception {
        String email = IdentityFixtures.uniqueEmail("Pendaftar");
        mvc.perform(post("/daftar").with(csrf()).with(IdentityFixtures.fromAddress(IdentityFixtures.randomAddress()))
                        .param("applicant", "CITIZEN").param("fullName", "Rina Wulandari").param("nik", nik).param("email", email)
                        .param("phone", "081298765432").param("password", PASSWORD).param("passwordConfirmation", PASSWORD)
                        .param("consent", "true"))
                .andExpect(redirectedUrl("/daftar/terkirim"));
        return email;
    }

    private UUID idOf(String email) {
        return jdbc.sql("SELECT id FROM users WHERE email = :e").param("e", email).query(UUID.class).single();
    }

    private String statusOf(String email) {
        return jdbc.sql("SELECT status FROM users WHERE email = :e").param("e", email).query(String.class).single();
    }
}
