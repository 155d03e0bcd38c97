package id.simlayan.standard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import id.simlayan.IntegrationTest;
import id.simlayan.catalog.Audience;
import id.simlayan.catalog.CatalogAdministration;
import id.simlayan.catalog.CatalogAdministration.NewServiceOffering;
import id.simlayan.catalog.TicketKind;
import id.simlayan.identity.AccountProvisioning;
import id.simlayan.identity.Directory;
import id.simlayan.identity.IdentityFixtures;
import id.simlayan.storage.FileStore;
import id.simlayan.storage.StoredFileId;
import java.security.MessageDigest;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/** The standard as a decree annex PDF: staff and admins download a published version, nobody else does. */
class StandardAnnexIntegrationTests extends IntegrationTest {

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
    FileStore files;

    IdentityFixtures people;
    StandardFixtures standards;
    String code;
    LocalDate today;

    @BeforeEach
    void setUp() {
        people = new IdentityFixtures(provisioning, directory);
        standards = new StandardFixtures(mvc, jdbc);
        code = "uji-lampiran-" + UUID.randomUUID().toString().substring(0, 8);
        catalog.create(new NewServiceOffering(code, "Layanan Lampiran " + code, "Ringkasan", "Uraian", TicketKind.REQUEST, people.aUnit(),
                List.of(), Audience.PUBLIC));
        today = LocalDate.ofInstant(clock.instant(), ZoneId.of("Asia/Jakarta"));
    }

    @Test
    void publishingKeepsTheAnnexThroughStorageAndStaffDownloadThatCopyWithItsSha256() throws Exception {
        long filesBefore = storedFileRows();
        standards.publish(people.login(mvc, people.anAdmin()), code, "487.22/581",
                Map.of("persyaratan", "- Surat pemberitahuan gangguan dari OPD", "kompetensi", "Kompetensi internal"), today);

        assertThat(storedFileRows()).isEqualTo(filesBefore + 1);
        var kept = files.find(annexFileId(1)).orElseThrow();
        byte[] stored;
        try (var in = files.open(kept.id())) {
            stored = in.readAllBytes();
        }
        assertThat(kept.mediaType()).isEqualTo("application/pdf");
        assertThat(kept.originalName()).isEqualTo("standar-pelayanan-" + code + "-v1.pdf");
        try (var document = Loader.loadPDF(stored)) {
            assertThat(document.getNumberOfPages()).isGreaterThanOrEqualTo(1);
            // labels wrap inside their table cell
            String text = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
            assertThat(text).contains("Lampiran Keputusan Nomor 487.22/581")
                    .contains("Persyaratan")
                    .contains("Surat pemberitahuan gangguan dari OPD")
                    .contains("Kompetensi pelaksana")
                    .contains("Kompetensi internal")
                    .contains("Peraturan uji")
                    .contains("Layanan Lampiran " + code);
        }

        var agent = people.login(mvc, people.anAgent());
        var response = mvc.perform(get("/layanan/{code}/standar/1/lampiran.pdf", code).session(agent))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", "application/pdf"))
                .andExpect(header().string("Content-Disposition", containsString("attachment")))
                .andExpect(header().string("Content-Disposition", containsString("standar-pelayanan-" + code + "-v1.pdf")))
                .andExpect(header().string("X-Content-Type-Options", "nosniff"))
                .andReturn().getResponse();
        byte[] downloaded = response.getContentAsByteArray();
        assertThat(downloaded).isEqualTo(stored);
        assertThat(kept.sha256()).isEqualTo(sha256(downloaded));
        assertThat(response.getHeader("ETag")).isEqualTo("\"" + kept.sha256() + "\"");

        byte[] again = mvc.perform(get("/layanan/{code}/standar/1/lampiran.pdf", code).session(agent).locale(Locale.ENGLISH))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        assertThat(again).isEqualTo(downloaded);
        assertThat(storedFileRows()).isEqualTo(filesBefore + 1);

        mvc.perform(get("/layanan/{code}/standar/1", code).session(agent)).andExpect(status().isOk())
                .andExpect(content().string(containsString(kept.sha256())))
                .andExpect(content().string(containsString((kept.size() + 1023) / 1024 + " KB")));
        mvc.perform(get("/layanan/{code}/standar/1", code)).andExpect(status().isOk())
                .andExpect(content().string(not(containsString(kept.sha256()))));
    }

    @Test
    void theKeptAnnexCanBeSetOnceAndNeverChangedAndADraftHasNone() throws Exception {
        var admin = people.login(mvc, people.anAdmin());
        standards.publish(admin, code, "1/2026", Map.of(), today);
        standards.publish(admin, code, "2/2026", Map.of(), today);
        standards.draft(admin, code, "3/2026", Map.of());
        var first = annexFileId(1);
        var second = annexFileId(2);
        assertThat(first).isNotEqualTo(second);

        // version 1 is superseded by now: its annex stays as kept
        assertThatThrownBy(() -> jdbc.sql("UPDATE standard_versions SET annex_file_id = ? WHERE id = ?")
                .params(second.value(), versionId(1)).update())
                .isInstanceOf(DataAccessException.class);
        assertThatThrownBy(() -> jdbc.sql("UPDATE standard_versions SET annex_file_id = NULL WHERE id = ?").params(versionId(1)).update())
                .isInstanceOf(DataAccessException.class).hasMessageContaining("cannot change");
        assertThatThrownBy(() -> jdbc.sql("UPDATE standard_versions SET annex_file_id = ? WHERE id = ?").params(first.value(), versionId(3)).update())
                .isInstanceOf(DataAccessException.class).hasMessageContaining("annex_not_draft");
        assertThat(annexFileId(1)).isEqualTo(first);
    }

    @Test
    void theAnnexIsNotFoundForTheAnonymousAndRequestersAndNoVersionsDraftIsServedToStaff() throws Exception {
        var admin = people.login(mvc, people.anAdmin());
        standards.publish(admin, code, "1/2026", Map.of(), today);
        standards.draft(admin, code, "2/2026", Map.of("persyaratan", "Rahasia draf"));

        String annex = "/layanan/" + code + "/standar/1/lampiran.pdf";
        mvc.perform(get(annex)).andExpect(status().isNotFound());
        mvc.perform(get(annex).session(people.login(mvc, people.aRequester()))).andExpect(status().isNotFound());
        mvc.perform(get("/layanan/{code}/standar/2/lampiran.pdf", code).session(people.login(mvc, people.anAgent()))).andExpect(status().isNotFound());
        mvc.perform(get("/layanan/{code}/standar/2/lampiran.pdf", code).session(admin)).andExpect(status().isNotFound());
        mvc.perform(get("/admin/standar/{code}/draf/lampiran.pdf", code).session(people.login(mvc, people.aRequester())))
                .andExpect(status().isForbidden());
    }

    @Test
    void theAdminPreviewsTheDraftMarkedAsADraftAndTheVersionPagesLinkTheAnnex() throws Exception {
        var admin = people.login(mvc, people.anAdmin());
        standards.publish(admin, code, "1/2026", Map.of(), today);
        standards.draft(admin, code, "", Map.of("persyaratan", "Syarat draf"));

        byte[] pdf = mvc.perform(get("/admin/standar/{code}/draf/lampiran.pdf", code).session(admin)).andExpect(status().isOk())
                .andExpect(header().string("Content-Disposition", containsString("-v2-draf.pdf")))
                .andReturn().getResponse().getContentAsByteArray();
        try (var document = Loader.loadPDF(pdf)) {
            // labels wrap inside their table cell
            String text = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
            // a draft without a decree number gets the neutral title, never an invented decree
            assertThat(text).contains("DRAF").contains("Syarat draf").contains("Standar Pelayanan Layanan Lampiran " + code)
                    .doesNotContain("Lampiran Keputusan");
        }

        mvc.perform(get("/layanan/{code}/standar/1", code).session(people.login(mvc, people.anAgent()))).andExpect(status().isOk())
                .andExpect(content().string(containsString("/layanan/" + code + "/standar/1/lampiran.pdf")));
        mvc.perform(get("/layanan/{code}/standar/1", code)).andExpect(status().isOk())
                .andExpect(content().string(not(containsString("lampiran.pdf"))));
        mvc.perform(get("/admin/standar/{code}", code).session(admin)).andExpect(status().isOk())
                .andExpect(content().string(containsString("/layanan/" + code + "/standar/1/lampiran.pdf")))
                .andExpect(content().string(containsString("/admin/standar/" + code + "/draf/lampiran.pdf")));
    }

    private long storedFileRows() {
        return jdbc.sql("SELECT count(*) FROM stored_files").query(Long.class).single();
    }

    private UUID versionId(int number) {
        return jdbc.sql("SELECT v.id FROM standard_versions v JOIN service_offerings s ON s.id = v.service_id WHERE s.code = ? AND v.number = ?")
                .params(code, number).query(UUID.class).single();
    }

    private StoredFileId annexFileId(int number) {
        return new StoredFileId(jdbc.sql("SELECT annex_file_id FROM standard_versions WHERE id = ?").params(versionId(number)).query(UUID.class).single());
    }

    private static String sha256(byte[] bytes) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    }
}
