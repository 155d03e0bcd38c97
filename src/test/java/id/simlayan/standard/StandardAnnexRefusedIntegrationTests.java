package id.simlayan.standard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import id.simlayan.IntegrationTest;
import id.simlayan.catalog.Audience;
import id.simlayan.catalog.CatalogAdministration;
import id.simlayan.catalog.CatalogAdministration.NewServiceOffering;
import id.simlayan.catalog.TicketKind;
import id.simlayan.identity.AccountProvisioning;
import id.simlayan.identity.Directory;
import id.simlayan.identity.IdentityFixtures;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;

/**
 * When storage refuses the decree annex, nothing is published. The refusal is a real one:
 * storage's size limit lowered below any annex (about 40 KB). That needs an application context
 * of its own (a second embedded database), so this is the only test in it.
 */
@TestPropertySource(properties = "simlayan.storage.max-file-size=2KB")
class StandardAnnexRefusedIntegrationTests extends IntegrationTest {

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

    @Test
    void aPublicationWhoseAnnexStorageRefusesFailsAndSavesNothing() throws Exception {
        var people = new IdentityFixtures(provisioning, directory);
        var standards = new StandardFixtures(mvc, jdbc);
        String code = "uji-tolak-" + UUID.randomUUID().toString().substring(0, 8);
        catalog.create(new NewServiceOffering(code, "Layanan Tolak " + code, "Ringkasan", "Uraian", TicketKind.REQUEST, people.aUnit(),
                List.of(), Audience.PUBLIC));
        var admin = people.login(mvc, people.anAdmin());
        long version = standards.draft(admin, code, "9/2026", Map.of("persyaratan", "Syarat"));
        long filesBefore = jdbc.sql("SELECT count(*) FROM stored_files").query(Long.class).single();

        mvc.perform(post("/admin/standar/{code}/terbit", code).session(admin).with(csrf())
                        .param("version", Long.toString(version))
                        .param("effectiveDate", LocalDate.ofInstant(clock.instant(), ZoneId.of("Asia/Jakarta")).toString()))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("Lampiran keputusan (PDF) tidak dapat disimpan")));

        assertThat(jdbc.sql("SELECT v.status || ':' || v.version || ':' || (v.published_at IS NULL) FROM standard_versions v "
                        + "JOIN service_offerings s ON s.id = v.service_id WHERE s.code = ?").param(code).query(String.class).list())
                .containsExactly("DRAFT:" + version + ":true");
        assertThat(jdbc.sql("SELECT count(*) FROM stored_files").query(Long.class).single()).isEqualTo(filesBefore);
    }
}
