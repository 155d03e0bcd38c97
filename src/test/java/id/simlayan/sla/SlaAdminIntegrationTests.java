package id.simlayan.sla;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import id.simlayan.IntegrationTest;
import id.simlayan.catalog.TicketKind;
import id.simlayan.ticket.TicketFixtures;
import java.util.UUID;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

/** {@code /admin/sla}: administrators list, create and edit policies; bad input is explained and nothing is saved. */
class SlaAdminIntegrationTests extends IntegrationTest {

    @Autowired
    ApplicationContext context;
    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;

    TicketFixtures fixtures;
    MockHttpSession admin;

    @BeforeEach
    void setUp() {
        fixtures = new TicketFixtures(context);
        admin = fixtures.people().login(mvc, fixtures.people().anAdmin());
    }

    long policiesNamed(String name) {
        return jdbc.sql("SELECT count(*) FROM sla_policies WHERE name = :n").param("n", name).query(Long.class).single();
    }

    @Test
    void adminCreatesAPolicyAndSeesItListed() throws Exception {
        var service = fixtures.aService(TicketKind.REQUEST);
        String name = "Kebijakan uji " + UUID.randomUUID();
        mvc.perform(get("/admin/sla/baru").session(admin)).andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString(service.name())));
        mvc.perform(post("/admin/sla").session(admin).with(csrf())
                        .param("name", name).param("serviceId", service.id().value().toString())
                        .param("categoryId", service.categories().getFirst().id().value().toString())
                        .param("responseAmount", "30").param("responseUnit", "MINUTES").param("responseMode", "BUSINESS")
                        .param("resolutionAmount", "48").param("resolutionUnit", "HOURS").param("resolutionMode", "CALENDAR")
                        .param("startEvent", "VERIFIED").param("pauseStatuses", "VERIFIKASI").param("warningPercent", "80")
                        .param("escalate", "true").param("active", "true"))
                .andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/admin/sla"));
        assertThat(policiesNamed(name)).isOne();
        assertThat(jdbc.sql("SELECT array_to_string(pause_statuses, ' ') FROM sla_policies WHERE name = :n").param("n", name)
                .query(String.class).single()).isEqualTo("MENUNGGU_PEMOHON VERIFIKASI");
        mvc.perform(get("/admin/sla").session(admin)).andExpect(status().isOk()).andExpect(content().string(Matchers.containsString(name)));
        UUID id = jdbc.sql("SELECT id FROM sla_policies WHERE name = :n").param("n", name).query(UUID.class).single();
        mvc.perform(get("/admin/sla/" + id).session(admin)).andExpect(status().isOk()).andExpect(content().string(Matchers.containsString(name)));

        // a second active policy with the same key is refused with 409
        String second = name + " (2)";
        mvc.perform(post("/admin/sla").session(admin).with(csrf())
                        .param("name", second).param("serviceId", service.id().value().toString())
                        .param("categoryId", service.categories().getFirst().id().value().toString())
                        .param("resolutionAmount", "2").param("resolutionUnit", "WORKING_DAYS").param("resolutionMode", "BUSINESS")
                        .param("startEvent", "RECEIVED").param("warningPercent", "75").param("active", "true"))
                .andExpect(status().isConflict())
                .andExpect(content().string(Matchers.containsString("Sudah ada kebijakan aktif")));
        assertThat(policiesNamed(second)).isZero();
    }

    @Test
    void aPolicySetsAHandOffTargetForEachUnitAndAHandOffWithoutUnitIsRefused() throws Exception {
        var service = fixtures.aService(TicketKind.INCIDENT);
        String name = "Kebijakan OLA " + UUID.randomUUID();
        mvc.perform(post("/admin/sla").session(admin).with(csrf())
                        .param("name", name).param("serviceId", service.id().value().toString())
                        .param("resolutionAmount", "5").param("resolutionUnit", "WORKING_DAYS").param("resolutionMode", "BUSINESS")
                        .param("handoffAmount", "4").param("handoffMode", "BUSINESS")
                        .param("startEvent", "RECEIVED").param("warningPercent", "75").param("active", "true"))
                .andExpect(status().isBadRequest()).andExpect(content().string(Matchers.containsString("Pilih satuan.")));
        assertThat(policiesNamed(name)).isZero();

        mvc.perform(post("/admin/sla").session(admin).with(csrf())
                        .param("name", name).param("serviceId", service.id().value().toString())
                        .param("resolutionAmount", "5").param("resolutionUnit", "WORKING_DAYS").param("resolutionMode", "BUSINESS")
                        .param("handoffAmount", "4").param("handoffUnit", "HOURS").param("handoffMode", "BUSINESS")
                        .param("startEvent", "RECEIVED").param("warningPercent", "75").param("active", "true"))
                .andExpect(status().is3xxRedirection());
        assertThat(jdbc.sql("SELECT handoff_amount || ' ' || handoff_unit || ' ' || handoff_mode FROM sla_policies WHERE name = :n").param("n", name)
                .query(String.class).single()).isEqualTo("4 HOURS BUSINESS");
        mvc.perform(get("/admin/sla").session(admin)).andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("per unit (OLA): 4 jam kerja")));
        UUID id = jdbc.sql("SELECT id FROM sla_policies WHERE name = :n").param("n", name).query(UUID.class).single();
        mvc.perform(get("/admin/sla/" + id).session(admin)).andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("name=\"handoffAmount\" value=\"4\"")));
    }

    @Test
    void badInputIsExplainedNextToTheFieldsAndNothingIsSaved() throws Exception {
        var service = fixtures.aService(TicketKind.INCIDENT);
        var other = fixtures.aService(TicketKind.INCIDENT);
        String name = "Kebijakan salah " + UUID.randomUUID();
        mvc.perform(post("/admin/sla").session(admin).with(csrf())
                        .param("name", name).param("serviceId", service.id().value().toString())
                        .param("categoryId", other.categories().getFirst().id().value().toString())
                        .param("responseAmount", "30")
                        .param("resolutionAmount", "3").param("resolutionUnit", "WORKING_DAYS").param("resolutionMode", "CALENDAR")
                        .param("startEvent", "RECEIVED").param("warningPercent", "100").param("active", "true"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(Matchers.containsString("Kategori tidak termasuk layanan yang dipilih")))
                .andExpect(content().string(Matchers.containsString("Hari kerja selalu dihitung dalam waktu kerja")))
                .andExpect(content().string(Matchers.containsString("Isi angka antara 1 dan 99")))
                .andExpect(content().string(Matchers.containsString("Pilih satuan.")));
        mvc.perform(post("/admin/sla").session(admin).with(csrf())
                        .param("name", " ").param("serviceId", "").param("resolutionAmount", "").param("startEvent", "RECEIVED")
                        .param("warningPercent", "75"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(Matchers.containsString("Isi nama kebijakan")))
                .andExpect(content().string(Matchers.containsString("Pilih layanan")))
                .andExpect(content().string(Matchers.containsString("Isi batas waktu penyelesaian")));
        assertThat(policiesNamed(name)).isZero();
    }

    /**
     * A posted value that does not convert to its field's type (letters in a number, an unknown
     * choice, a bad id) shows the form again with a message next to that field and what was
     * typed elsewhere; nothing is saved.
     */
    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            resolutionAmount | dua        | Isi jumlah dengan angka bulat.
            responseAmount   | 3O         | Isi jumlah dengan angka bulat.
            extensionAmount  | 1e3        | Isi jumlah dengan angka bulat.
            warningPercent   | tujuh puluh | Isi angka antara 1 dan 99.
            priority         | SUPER      | Pilih prioritas dari daftar.
            resolutionUnit   | WEEKS      | Pilih satuan dari daftar.
            resolutionMode   | LUNAR      | Pilih cara menghitung dari daftar.
            startEvent       | NEVER      | Pilih kapan penyelesaian mulai dihitung dari daftar.
            pauseStatuses    | TIDUR      | Pilih status dari daftar.
            serviceId        | bukan-uuid | Pilih layanan dari daftar.
            categoryId       | 42         | Pilih kategori dari daftar.
            version          | v2         | Nilai ini tidak dapat dibaca
            escalate         | mungkin    | Nilai ini tidak dapat dibaca
            """)
    void unreadableValuesShowTheFormAgainWithAMessageAndSaveNothing(String field, String value, String message) throws Exception {
        var service = fixtures.aService(TicketKind.REQUEST);
        String name = "Kebijakan tak terbaca " + UUID.randomUUID();
        var params = new org.springframework.util.LinkedMultiValueMap<String, String>();
        params.add("name", name);
        params.add("serviceId", service.id().value().toString());
        params.add("resolutionAmount", "3");
        params.add("resolutionUnit", "WORKING_DAYS");
        params.add("resolutionMode", "BUSINESS");
        params.add("startEvent", "RECEIVED");
        params.add("warningPercent", "75");
        params.add("active", "true");
        params.set(field, value);
        mvc.perform(post("/admin/sla").session(admin).with(csrf()).params(params))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(Matchers.containsString(message)))
                .andExpect(content().string(Matchers.containsString("value=\"" + name + "\"")));
        assertThat(policiesNamed(name)).isZero();
    }

    @Test
    void anUnknownPriorityIsNotCalledAMissingUnit() throws Exception {
        var service = fixtures.aService(TicketKind.REQUEST);
        mvc.perform(post("/admin/sla").session(admin).with(csrf())
                        .param("name", "Prioritas salah").param("serviceId", service.id().value().toString()).param("priority", "SUPER")
                        .param("resolutionAmount", "3").param("resolutionUnit", "WORKING_DAYS").param("resolutionMode", "BUSINESS")
                        .param("startEvent", "RECEIVED").param("warningPercent", "75"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(Matchers.not(Matchers.containsString("Pilih satuan."))));
    }

    @Test
    void formAndListSpeakOneLanguageAndNameEachCategorysService() throws Exception {
        var service = fixtures.aService(TicketKind.REQUEST);
        var category = service.categories().getFirst();
        mvc.perform(get("/admin/sla/baru").session(admin)).andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("Bila terlewati, eskalasi ke Pimpinan help desk")))
                .andExpect(content().string(Matchers.not(Matchers.containsString("front desk"))))
                .andExpect(content().string(Matchers.containsString(">Darurat</option>")))
                .andExpect(content().string(Matchers.not(Matchers.containsString("Mendesak"))))
                .andExpect(content().string(Matchers.containsString(">" + category.name() + " (" + service.name() + ")</option>")));

        String name = "Kebijakan satu hari " + UUID.randomUUID();
        mvc.perform(post("/admin/sla").session(admin).with(csrf())
                        .param("name", name).param("serviceId", service.id().value().toString()).param("priority", "URGENT")
                        .param("responseAmount", "1").param("responseUnit", "HOURS").param("responseMode", "BUSINESS")
                        .param("resolutionAmount", "1").param("resolutionUnit", "WORKING_DAYS").param("resolutionMode", "BUSINESS")
                        .param("startEvent", "RECEIVED").param("warningPercent", "75").param("active", "true"))
                .andExpect(status().is3xxRedirection());
        String english = mvc.perform(get("/admin/sla").param("lang", "en").session(admin)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        String row = english.substring(english.indexOf(name));
        row = row.substring(0, row.indexOf("</tr>"));
        assertThat(row).contains("1 business hour<").contains("1 working day (until the end of the next working day)<").contains("Urgent").doesNotContain("hours").doesNotContain("days");
        mvc.perform(get("/admin/sla").param("lang", "id").session(admin)).andExpect(status().isOk());
    }

    @Test
    void onlyAdministratorsReachThePolicies() throws Exception {
        var agent = fixtures.people().login(mvc, fixtures.people().anAgent());
        mvc.perform(get("/admin/sla").session(agent)).andExpect(status().isForbidden());
        mvc.perform(post("/admin/sla").session(agent).with(csrf()).param("name", "x")).andExpect(status().isForbidden());
    }

    @Test
    void escalationListIsForSupervisorsOnly() throws Exception {
        var unit = fixtures.people().aUnit();
        var supervisor = fixtures.people().login(mvc, fixtures.people().aSupervisor(unit));
        mvc.perform(get("/petugas/eskalasi").session(supervisor)).andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("Tidak ada tiket yang terlambat")));
        var unitAdmin = fixtures.people().login(mvc, fixtures.people().aUnitAdmin(unit));
        mvc.perform(get("/petugas/eskalasi").session(unitAdmin)).andExpect(status().isForbidden());
        var requester = fixtures.people().login(mvc, fixtures.people().aRequester());
        mvc.perform(get("/petugas/eskalasi").session(requester)).andExpect(status().isForbidden());
    }
}
