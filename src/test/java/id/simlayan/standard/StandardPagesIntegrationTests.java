package id.simlayan.standard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import id.simlayan.IntegrationTest;
import id.simlayan.catalog.Audience;
import id.simlayan.catalog.CatalogAdministration;
import id.simlayan.catalog.CatalogAdministration.NewServiceOffering;
import id.simlayan.catalog.ServiceCatalog;
import id.simlayan.catalog.TicketKind;
import id.simlayan.sla.SlaPolicyFixtures;
import org.springframework.context.ApplicationContext;
import id.simlayan.identity.AccountProvisioning;
import id.simlayan.identity.Directory;
import id.simlayan.identity.IdentityFixtures;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.dao.DataAccessException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The public and staff pages of a service standard, drafts kept private, and the admin's comparison. */
@RecordApplicationEvents
class StandardPagesIntegrationTests extends IntegrationTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    CatalogAdministration catalog;
    @Autowired
    AccountProvisioning provisioning;
    @Autowired
    Directory directory;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    ApplicationEvents events;
    @Autowired
    ApplicationContext context;
    @Autowired
    ServiceCatalog serviceCatalog;

    IdentityFixtures people;
    StandardFixtures standards;
    String code;
    LocalDate today;

    @BeforeEach
    void setUp() {
        people = new IdentityFixtures(provisioning, directory);
        standards = new StandardFixtures(mvc, jdbc);
        code = "uji-standar-" + UUID.randomUUID().toString().substring(0, 8);
        catalog.create(new NewServiceOffering(code, "Layanan Standar " + code, "Ringkasan", "Uraian", TicketKind.REQUEST, people.aUnit(),
                List.of(), Audience.PUBLIC));
        today = LocalDate.ofInstant(clock.instant(), ZoneId.of("Asia/Jakarta"));
    }

    @Test
    void thePublicSeesTheSixServiceDeliveryComponentsAndStaffSeeAllFourteen() throws Exception {
        standards.publish(people.login(mvc, people.anAdmin()), code, "487.22/581",
                Map.of("persyaratan", "Syarat publik", "kompetensi", "Kompetensi internal", "jumlah-pelaksana", "Empat orang"), today);

        for (String page : List.of("/layanan/" + code, "/layanan/" + code + "/standar", "/layanan/" + code + "/standar/1")) {
            mvc.perform(get(page)).andExpect(status().isOk())
                    .andExpect(content().string(containsString("Syarat publik")))
                    .andExpect(content().string(containsString("Sistem, mekanisme, dan prosedur")))
                    .andExpect(content().string(containsString("Penanganan pengaduan, saran, dan masukan")))
                    .andExpect(content().string(containsString("Keputusan Nomor 487.22/581")))
                    .andExpect(content().string(not(containsString("Kompetensi internal"))))
                    .andExpect(content().string(not(containsString("Kompetensi pelaksana"))))
                    .andExpect(content().string(not(containsString("Dasar hukum"))))
                    .andExpect(content().string(not(containsString("Empat orang"))));
        }
        mvc.perform(get("/layanan/{code}/standar/1", code).session(people.login(mvc, people.anAgent()))).andExpect(status().isOk())
                .andExpect(content().string(containsString("Kompetensi internal")))
                .andExpect(content().string(containsString("Empat orang")))
                .andExpect(content().string(containsString("Peraturan uji")));
    }

    @Test
    void theTimeLimitComponentShowsThePolicyTargetsInWordsNextToTheOfficesText() throws Exception {
        new SlaPolicyFixtures(context).calendarHoursPolicy(serviceCatalog.findByCode(code).orElseThrow(), "Uji 2x24 jam", 1, 48);
        standards.publish(people.login(mvc, people.anAdmin()), code, "5/2026", Map.of("jangka-waktu", "Paling lama 2×24 jam."), today);

        for (String page : List.of("/layanan/" + code, "/layanan/" + code + "/standar")) {
            var html = mvc.perform(get(page)).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
            var component = html.substring(html.indexOf("id=\"komponen-jangka-waktu\""), html.indexOf("id=\"komponen-biaya\""));
            assertThat(component).contains("Paling lama 2×24 jam.").contains("Batas waktu di sistem")
                    .contains("penyelesaian 2×24 jam (waktu kalender); tanggapan pertama 1 jam (waktu kalender)");
        }
        mvc.perform(get("/layanan/{code}/standar", code).param("lang", "en")).andExpect(status().isOk())
                .andExpect(content().string(containsString("Time limit in the system")));
    }

    @Test
    void theDraftEditorWarnsWhenTheTimeLimitTextDisagreesWithThePolicies() throws Exception {
        new SlaPolicyFixtures(context).calendarHoursPolicy(serviceCatalog.findByCode(code).orElseThrow(), "Uji 2x24 jam", 1, 48);
        var admin = people.login(mvc, people.anAdmin());

        standards.draft(admin, code, "draf/2026", Map.of("jangka-waktu", "5 (lima) hari kerja"));
        mvc.perform(get("/admin/standar/{code}/draf", code).session(admin)).andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"time-limit-warning\"")))
                .andExpect(content().string(containsString("penyelesaian 2×24 jam (waktu kalender)")));

        standards.draft(admin, code, "draf/2026", Map.of("jangka-waktu", "Paling lama 2x24 jam setelah diverifikasi"));
        mvc.perform(get("/admin/standar/{code}/draf", code).session(admin)).andExpect(status().isOk())
                .andExpect(content().string(not(containsString("id=\"time-limit-warning\""))))
                .andExpect(content().string(containsString("Batas waktu di sistem")));
    }

    @Test
    void scriptInAComponentNeverReachesThePage() throws Exception {
        standards.publish(people.login(mvc, people.anAdmin()), code, "1/2026", Map.of(
                "persyaratan", "**penting**\n\n<script>alert('x')</script>\n\n<img src=x onerror=alert(1)>\n\n[klik](javascript:alert(2))"), today);

        var html = mvc.perform(get("/layanan/{code}/standar", code)).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        var component = html.substring(html.indexOf("id=\"komponen-persyaratan\""), html.indexOf("id=\"komponen-prosedur\""));
        assertThat(component).contains("<strong>penting</strong>").doesNotContain("<script").doesNotContain("<img").doesNotContain("href=\"javascript")
                .contains("&lt;script&gt;");
    }

    @Test
    void aDraftIsNotFoundForTheRequesterAndTheAnonymousAndTheAdminPagesAreForAdminsOnly() throws Exception {
        var admin = people.login(mvc, people.anAdmin());
        standards.draft(admin, code, "draf/2026", Map.of("persyaratan", "Rahasia draf"));

        mvc.perform(get("/layanan/{code}/standar/1", code)).andExpect(status().isNotFound());
        mvc.perform(get("/layanan/{code}/standar/1", code).session(people.login(mvc, people.aRequester()))).andExpect(status().isNotFound());
        mvc.perform(get("/layanan/{code}/standar", code)).andExpect(status().isNotFound());
        mvc.perform(get("/layanan/{code}", code)).andExpect(status().isOk()).andExpect(content().string(not(containsString("Rahasia draf"))));
        mvc.perform(get("/admin/standar/{code}/draf", code).session(people.login(mvc, people.aRequester()))).andExpect(status().isForbidden());
        mvc.perform(get("/admin/standar/{code}/draf", code).session(admin)).andExpect(status().isOk())
                .andExpect(content().string(containsString("Rahasia draf")));
    }

    @Test
    void theLivePreviewGoesThroughTheSanitiserAndPublishingAsksForConfirmationAndADate() throws Exception {
        var admin = people.login(mvc, people.anAdmin());
        standards.draft(admin, code, "draf/2026", Map.of());

        var preview = mvc.perform(post("/admin/standar/{code}/pratinjau", code).session(admin).with(csrf())
                        .param("index", "1").param("bodies[1]", "- satu\n- <script>alert(1)</script>"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(preview).contains("<li>satu</li>").doesNotContain("<script");

        mvc.perform(get("/admin/standar/{code}/terbit", code).session(admin)).andExpect(status().isOk())
                .andExpect(content().string(containsString("tidak dapat diubah lagi")));
        long version = jdbc.sql("SELECT v.version FROM standard_versions v JOIN service_offerings s ON s.id = v.service_id WHERE s.code = ?")
                .param(code).query(Long.class).single();
        mvc.perform(post("/admin/standar/{code}/terbit", code).session(admin).with(csrf()).param("version", Long.toString(version)))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("Isi tanggal berlaku.")));
        assertThat(jdbc.sql("SELECT status FROM standard_versions v JOIN service_offerings s ON s.id = v.service_id WHERE s.code = ?")
                .param(code).query(String.class).single()).isEqualTo("DRAFT");
    }

    @Test
    void aPublishedVersionCannotBeEditedAndTheComparisonShowsWhatChanged() throws Exception {
        var admin = people.login(mvc, people.anAdmin());
        standards.publish(admin, code, "1/2026", Map.of("biaya", "Gratis"), today);
        standards.publish(admin, code, "2/2026", Map.of("biaya", "Rp 10.000"), today);

        // no draft left: the edit form and the save are not found, version 1 and 2 are unchanged
        mvc.perform(get("/admin/standar/{code}/draf", code).session(admin)).andExpect(status().isNotFound());
        mvc.perform(post("/admin/standar/{code}/draf", code).session(admin).with(csrf()).param("version", "0").param("bodies[4]", "Ubah"))
                .andExpect(status().isNotFound());
        assertThat(jdbc.sql("SELECT status FROM standard_versions v JOIN service_offerings s ON s.id = v.service_id WHERE s.code = ? ORDER BY number")
                .param(code).query(String.class).list()).containsExactly("SUPERSEDED", "PUBLISHED");

        // the database refuses a change of a published version's text or decree, whatever the code does
        assertThatThrownBy(() -> jdbc.sql("UPDATE standard_components SET body = 'diubah' WHERE version_id IN "
                + "(SELECT v.id FROM standard_versions v JOIN service_offerings s ON s.id = v.service_id WHERE s.code = ?)").param(code).update())
                .isInstanceOf(DataAccessException.class).hasMessageContaining("cannot change");
        assertThatThrownBy(() -> jdbc.sql("UPDATE standard_versions SET decree_number = 'lain' WHERE service_id = "
                + "(SELECT id FROM service_offerings WHERE code = ?)").param(code).update())
                .isInstanceOf(DataAccessException.class).hasMessageContaining("cannot change");
        assertThat(events.stream(StandardPublished.class).filter(e -> e.number() == 2 && e.effectiveDate().equals(today))).hasSize(1);

        mvc.perform(get("/admin/standar/{code}/beda", code).param("dari", "1").param("ke", "2").session(admin)).andExpect(status().isOk())
                .andExpect(content().string(containsString("- Gratis")))
                .andExpect(content().string(containsString("+ Rp 10.000")))
                .andExpect(content().string(containsString("Tidak berubah")));
    }

    @Test
    void everyStaffRoleComparesPublishedVersionsButNoDraftAndRequestersCannot() throws Exception {
        var admin = people.login(mvc, people.anAdmin());
        standards.publish(admin, code, "1/2026", Map.of("biaya", "Gratis"), today);
        standards.publish(admin, code, "2/2026", Map.of("biaya", "Rp 10.000"), today);
        standards.draft(admin, code, "3/2026", Map.of("biaya", "Rahasia draf"));
        var agent = people.login(mvc, people.anAgent());

        mvc.perform(get("/layanan/{code}/standar/2", code).session(agent)).andExpect(status().isOk())
                .andExpect(content().string(containsString("/petugas/standar/" + code + "/beda")));
        mvc.perform(get("/layanan/{code}/standar/2", code)).andExpect(status().isOk())
                .andExpect(content().string(not(containsString("/petugas/standar/"))));
        String diff = "/petugas/standar/" + code + "/beda";
        for (var staff : List.of(agent, people.login(mvc, people.aTechnician(people.aUnit())), people.login(mvc, people.aSupervisor(people.aUnit())),
                people.login(mvc, people.aUnitAdmin(people.aUnit())), admin)) {
            mvc.perform(get(diff).param("dari", "1").param("ke", "2").session(staff)).andExpect(status().isOk())
                    .andExpect(content().string(containsString("- Gratis")))
                    .andExpect(content().string(containsString("+ Rp 10.000")))
                    .andExpect(content().string(containsString("Tidak berubah")));
        }

        mvc.perform(get(diff).param("dari", "2").param("ke", "3").session(agent)).andExpect(status().isNotFound());
        mvc.perform(get(diff).param("dari", "2").param("ke", "3").session(admin)).andExpect(status().isNotFound());
        mvc.perform(get(diff).param("dari", "1").param("ke", "2").session(people.login(mvc, people.aRequester())))
                .andExpect(status().isForbidden());
        // the admin still compares with the draft under /admin
        mvc.perform(get("/admin/standar/{code}/beda", code).param("dari", "2").param("ke", "3").session(admin)).andExpect(status().isOk())
                .andExpect(content().string(containsString("+ Rahasia draf")));
    }

    @Test
    void theAdminRenamesComponentsInTheDraftAndABlankOrTooLongNameIsRefusedNextToItsInput() throws Exception {
        var admin = people.login(mvc, people.anAdmin());
        long version = standards.draft(admin, code, "1/2026", Map.of());
        mvc.perform(get("/admin/standar/{code}/draf", code).session(admin)).andExpect(status().isOk())
                .andExpect(content().string(containsString("name=\"labels[2]\"")))
                .andExpect(content().string(containsString("value=\"Sistem, mekanisme, dan prosedur\"")));

        for (String bad : List.of("   ", "x".repeat(201))) {
            mvc.perform(draftWithLabel(admin, version, 2, bad, "Teks yang tidak disimpan"))
                    .andExpect(status().isBadRequest())
                    .andExpect(content().string(containsString("id=\"label-error-2\"")))
                    .andExpect(content().string(containsString("Nama komponen wajib diisi, paling panjang 200 karakter.")));
        }
        assertThat(jdbc.sql("SELECT c.label || '|' || c.body FROM standard_components c JOIN standard_versions v ON v.id = c.version_id "
                        + "JOIN service_offerings s ON s.id = v.service_id WHERE s.code = ? AND c.position = 3").param(code).query(String.class).single())
                .isEqualTo("Sistem, mekanisme, dan prosedur|Uraian prosedur");

        mvc.perform(draftWithLabel(admin, version, 2, "  Prosedur  ", "Uraian prosedur")).andExpect(status().is3xxRedirection());
        mvc.perform(post("/admin/standar/{code}/terbit", code).session(admin).with(csrf())
                        .param("version", Long.toString(version + 1)).param("effectiveDate", today.toString()))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get("/layanan/{code}/standar/1", code)).andExpect(status().isOk())
                .andExpect(content().string(containsString(">Prosedur<")))
                .andExpect(content().string(not(containsString("Sistem, mekanisme, dan prosedur"))));
    }

    private org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder draftWithLabel(
            org.springframework.mock.web.MockHttpSession admin, long version, int index, String label, String body) {
        var keys = List.of("dasar-hukum", "persyaratan", "prosedur", "jangka-waktu", "biaya", "produk", "sarana", "kompetensi", "pengawasan",
                "pengaduan", "jumlah-pelaksana", "jaminan-pelayanan", "jaminan-keamanan", "evaluasi");
        var request = post("/admin/standar/{code}/draf", code).session(admin).with(csrf())
                .param("version", Long.toString(version)).param("decreeNumber", "1/2026").param("legalBases", "Peraturan uji");
        for (int i = 0; i < keys.size(); i++) {
            request.param("bodies[" + i + "]", i == index ? body : "Uraian " + keys.get(i));
        }
        var defaults = List.of("Dasar hukum", "Persyaratan", "Sistem, mekanisme, dan prosedur", "Jangka waktu penyelesaian", "Biaya/tarif",
                "Produk pelayanan", "Sarana, prasarana, dan/atau fasilitas", "Kompetensi pelaksana", "Pengawasan internal",
                "Penanganan pengaduan, saran, dan masukan", "Jumlah pelaksana", "Jaminan pelayanan", "Jaminan keamanan dan keselamatan pelayanan",
                "Evaluasi kinerja pelaksana");
        for (int i = 0; i < defaults.size(); i++) {
            request.param("labels[" + i + "]", i == index ? label : defaults.get(i));
        }
        return request;
    }
}
