package id.simlayan.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import id.simlayan.IntegrationTest;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * Self-registration at /daftar. Published events are observed with Spring's
 * {@link RecordApplicationEvents} (a test execution listener: it does not change the shared
 * application context).
 */
@RecordApplicationEvents
class RegistrationIntegrationTests extends IntegrationTest {

    static final String PASSWORD = "Kopi-Tubruk77pagi";

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

    IdentityFixtures people;

    @BeforeEach
    void setUp() {
        people = new IdentityFixtures(provisioning, directory);
    }

    @Test
    void showsTheRegistrationFormWithTheUnitsAndTheConsent() throws Exception {
        var unit = people.aUnit();
        mvc.perform(get("/daftar"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("name=\"nik\"")))
                .andExpect(content().string(containsString(unit.value().toString())))
                .andExpect(content().string(containsString("Pelindungan Data Pribadi")));
    }

    @Test
    void citizenRegistrationIsSavedPendingPublishesAnEventAndCannotLogInYet() throws Exception {
        String email = IdentityFixtures.uniqueEmail("Warga");
        String nik = IdentityFixtures.uniqueNik();

        mvc.perform(citizen(email, nik, "phone", "0812-3456-7890"))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/daftar/terkirim"));

        var row = jdbc.sql("SELECT status, user_kind, phone, consent_at, nik FROM users WHERE email = :e").param("e", email).query().singleRow();
        assertThat(row).containsEntry("status", "PENDING").containsEntry("user_kind", "CITIZEN")
                .containsEntry("phone", "+6281234567890").containsEntry("nik", nik);
        assertThat(row.get("consent_at")).isNotNull();
        assertThat(events.stream(AccountRegistered.class)).singleElement()
                .satisfies(e -> assertThat(e.userId().value()).isEqualTo(idByEmail(email)));

        mvc.perform(formLogin("/masuk").user("email", email).password("password", PASSWORD))
                .andExpect(redirectedUrl("/masuk?error=inactive"));
        mvc.perform(get("/daftar/terkirim")).andExpect(status().isOk())
                .andExpect(content().string(containsString("Pendaftaran diterima, periksa e-mail Anda.")));
    }

    @Test
    void asnRegistrationNeedsNipAndUnit() throws Exception {
        String email = IdentityFixtures.uniqueEmail("Asn");
        mvc.perform(asn(email, IdentityFixtures.uniqueNik(), "", ""))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("NIP harus terdiri dari 18 digit angka")))
                .andExpect(content().string(containsString("Pilih unit kerja Anda")));
        assertThat(countByEmail(email)).isZero();

        var unit = people.aUnit();
        String nip = IdentityFixtures.uniqueNip();
        mvc.perform(asn(email, IdentityFixtures.uniqueNik(), nip, unit.value().toString()))
                .andExpect(redirectedUrl("/daftar/terkirim"));
        var row = jdbc.sql("SELECT user_kind, nip, own_unit_id FROM users WHERE email = :e").param("e", email).query().singleRow();
        assertThat(row).containsEntry("user_kind", "ASN").containsEntry("nip", nip).containsEntry("own_unit_id", unit.value());
    }

    @Test
    void invalidNikIsRefusedAndNothingSaved() throws Exception {
        String email = IdentityFixtures.uniqueEmail("Warga");
        mvc.perform(citizen(email, "3375013213900001"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("bagian tanggal lahir")));
        assertThat(countByEmail(email)).isZero();
        assertThat(events.stream(AccountRegistered.class)).isEmpty();
    }

    @Test
    void weakPasswordAndBadPhoneAreRefusedWithMessagesNextToTheFields() throws Exception {
        String email = IdentityFixtures.uniqueEmail("Warga");
        mvc.perform(citizen(email, IdentityFixtures.uniqueNik(), "password", "password123", "passwordConfirmation", "password123",
                        "phone", "12345"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("terlalu umum")))
                .andExpect(content().string(containsString("Nomor HP tidak valid")))
                .andExpect(content().string(org.hamcrest.Matchers.not(containsString("password123"))));
        assertThat(countByEmail(email)).isZero();
    }

    @Test
    void registrationWithoutConsentIsRefused() throws Exception {
        String email = IdentityFixtures.uniqueEmail("Warga");
        mvc.perform(citizen(email, IdentityFixtures.uniqueNik(), "consent", "false"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("persetujuan pemrosesan data pribadi")));
        assertThat(countByEmail(email)).isZero();
    }

    @Test
    void anExistingEmailInAnotherCaseGetsTheSameAnswerAsANewOneAndTheOwnerIsTold() throws Exception {
        var existing = people.aRequester();
        String nik = IdentityFixtures.uniqueNik();
        mvc.perform(citizen(existing.email().toUpperCase(), nik))
                .andExpect(status().isFound())
                .andExpect(redirectedUrl("/daftar/terkirim"));
        assertThat(jdbc.sql("SELECT count(*) FROM users WHERE nik = :n").param("n", nik).query(Long.class).single()).isZero();
        assertThat(countByEmail(existing.email())).isOne();
        assertThat(events.stream(AccountRegistered.class)).isEmpty();
        assertThat(events.stream(RegistrationAttemptedForExistingAccount.class)).singleElement()
                .satisfies(e -> assertThat(e.userId()).isEqualTo(existing.userId()));
    }

    @Test
    void anExistingNikGetsTheSameAnswerAsANewOneAndNothingIsSaved() throws Exception {
        String nik = IdentityFixtures.uniqueNik();
        String first = IdentityFixtures.uniqueEmail("Pertama");
        var newOne = mvc.perform(citizen(first, nik)).andExpect(redirectedUrl("/daftar/terkirim")).andReturn().getResponse();

        String second = IdentityFixtures.uniqueEmail("Kedua");
        var known = mvc.perform(citizen(second, nik)).andExpect(redirectedUrl("/daftar/terkirim")).andReturn().getResponse();

        assertThat(known.getStatus()).isEqualTo(newOne.getStatus());
        assertThat(known.getContentAsString()).isEqualTo(newOne.getContentAsString());
        assertThat(countByEmail(second)).isZero();
        assertThat(events.stream(RegistrationAttemptedForExistingAccount.class)).singleElement()
                .satisfies(e -> assertThat(e.userId().value()).isEqualTo(idByEmail(first)));
    }

    @Test
    void anExistingNipGetsTheSameAnswerAndItsOwnerIsTold() throws Exception {
        var unit = people.aUnit();
        String nip = IdentityFixtures.uniqueNip();
        String first = IdentityFixtures.uniqueEmail("AsnSatu");
        mvc.perform(asn(first, IdentityFixtures.uniqueNik(), nip, unit.value().toString()))
                .andExpect(redirectedUrl("/daftar/terkirim"));

        String second = IdentityFixtures.uniqueEmail("AsnDua");
        mvc.perform(asn(second, IdentityFixtures.uniqueNik(), nip, unit.value().toString()))
                .andExpect(redirectedUrl("/daftar/terkirim"));
        assertThat(countByEmail(second)).isZero();
        assertThat(events.stream(RegistrationAttemptedForExistingAccount.class)).singleElement()
                .satisfies(e -> assertThat(e.userId().value()).isEqualTo(idByEmail(first)));
    }

    @Test
    void aPendingAccountAnswersLikeAWrongPasswordUnlessThePasswordIsRightAndFailuresAreCounted() throws Exception {
        String email = IdentityFixtures.uniqueEmail("Menunggu");
        mvc.perform(citizen(email, IdentityFixtures.uniqueNik())).andExpect(redirectedUrl("/daftar/terkirim"));
        String address = IdentityFixtures.randomAddress();

        for (int i = 1; i <= 4; i++) {
            mvc.perform(post("/masuk").param("email", email).param("password", "salah-" + i).with(csrf())
                            .with(IdentityFixtures.fromAddress(address)))
                    .andExpect(redirectedUrl("/masuk?error=bad"));
        }
        assertThat(jdbc.sql("SELECT failed_logins FROM users WHERE email = :e").param("e", email).query(Integer.class).single()).isEqualTo(4);
        mvc.perform(post("/masuk").param("email", email).param("password", PASSWORD).with(csrf())
                        .with(IdentityFixtures.fromAddress(address)))
                .andExpect(redirectedUrl("/masuk?error=inactive"));
    }

    @Test
    void moreThanTenRegistrationsAnHourFromOneAddressAreRefusedWith429UntilTheWindowPasses() throws Exception {
        String address = IdentityFixtures.randomAddress();
        try {
            for (int i = 0; i < 10; i++) {
                mvc.perform(citizen(IdentityFixtures.uniqueEmail("Massal"), IdentityFixtures.uniqueNik()).with(IdentityFixtures.fromAddress(address)))
                        .andExpect(redirectedUrl("/daftar/terkirim"));
            }
            String email = IdentityFixtures.uniqueEmail("Kesebelas");
            mvc.perform(citizen(email, IdentityFixtures.uniqueNik()).with(IdentityFixtures.fromAddress(address)))
                    .andExpect(status().isTooManyRequests())
                    .andExpect(content().string(containsString("Terlalu banyak pendaftaran")))
                    .andExpect(content().string(containsString("Data Anda belum disimpan")));
            assertThat(countByEmail(email)).isZero();

            mvc.perform(citizen(email, IdentityFixtures.uniqueNik())).andExpect(redirectedUrl("/daftar/terkirim"));
            clock.advance(java.time.Duration.ofMinutes(61));
            mvc.perform(citizen(IdentityFixtures.uniqueEmail("Besok"), IdentityFixtures.uniqueNik()).with(IdentityFixtures.fromAddress(address)))
                    .andExpect(redirectedUrl("/daftar/terkirim"));
        } finally {
            clock.reset();
        }
    }

    @Test
    void englishVisitorsGetEnglishMessages() throws Exception {
        mvc.perform(citizen(IdentityFixtures.uniqueEmail("Visitor"), "12345").param("lang", "en"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("The NIK must have 16 digits.")));
    }

    @Test
    void garbageInTheRegistrationFormIsRefusedWithoutAServerErrorAndNothingSaved() throws Exception {
        String email = IdentityFixtures.uniqueEmail("Warga");
        String[][] garbage = {
                {"applicant", "RAJA"}, {"applicant", ""}, {"unitId", "bukan-uuid"}, {"consent", "mungkin"},
                {"fullName", "x".repeat(151)}, {"fullName", ""}, {"nik", "9".repeat(300)}, {"phone", "0".repeat(300)},
                {"password", "a1".repeat(5_000)}};
        for (String[] field : garbage) {
            mvc.perform(citizen(email, IdentityFixtures.uniqueNik(), field[0], field[1]))
                    .andExpect(result -> assertThat(result.getResponse().getStatus()).as(field[0]).isEqualTo(400))
                    .andExpect(content().string(org.hamcrest.Matchers.not(containsString("Terjadi gangguan"))));
        }
        mvc.perform(citizen("a".repeat(250) + "@uji.simlayan.test", IdentityFixtures.uniqueNik())).andExpect(status().isBadRequest());
        assertThat(countByEmail(email)).isZero();
        assertThat(events.stream(AccountRegistered.class)).isEmpty();
    }

    private MockHttpServletRequestBuilder citizen(String email, String nik, String... overrides) {
        return form(Map.of("applicant", "CITIZEN", "fullName", "Dewi Lestari", "nik", nik, "email", email), overrides);
    }

    private MockHttpServletRequestBuilder asn(String email, String nik, String nip, String unitId) {
        return form(Map.of("applicant", "ASN", "fullName", "Bagus Santoso", "nik", nik, "email", email, "phone", "+62 857 1234 5678",
                "nip", nip, "unitId", unitId));
    }

    /** A complete form; {@code overrides} are name, value pairs that replace a field. */
    private static MockHttpServletRequestBuilder form(Map<String, String> fields, String... overrides) {
        var values = new LinkedHashMap<String, String>();
        values.put("phone", "081234567890");
        values.put("password", PASSWORD);
        values.put("passwordConfirmation", PASSWORD);
        values.put("consent", "true");
        values.putAll(fields);
        for (int i = 0; i < overrides.length; i += 2) {
            values.put(overrides[i], overrides[i + 1]);
        }
        // each registration from its own address: the per-address limit must not couple tests
        var request = post("/daftar").with(csrf()).with(IdentityFixtures.fromAddress(IdentityFixtures.randomAddress()));
        values.forEach(request::param);
        return request;
    }

    private java.util.UUID idByEmail(String email) {
        return jdbc.sql("SELECT id FROM users WHERE lower(email) = lower(:e)").param("e", email).query(java.util.UUID.class).single();
    }

    private long countByEmail(String email) {
        return jdbc.sql("SELECT count(*) FROM users WHERE lower(email) = lower(:e)").param("e", email).query(Long.class).single();
    }

}
