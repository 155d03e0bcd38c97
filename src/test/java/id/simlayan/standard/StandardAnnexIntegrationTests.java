package id.simlayan.standard;

import static org.assertj.core.api.Assertions.assertThat;
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
import java.security.MessageDigest;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
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
    void staffDownloadThePublishedVersionAsADecreeAnnexWithAllFourteenComponents() throws Exception {
        standards.publish(people.login(mvc, people.anAdmin()), code, "487.22/581",
                Map.of("persyaratan", "- Surat pemberitahuan gangguan dari OPD", "kompetensi", "Kompetensi internal"), today);

        var response = mvc.perform(get("/layanan/{code}/standar/1/lampiran.pdf", code).session(people.login(mvc, people.anAgent())))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", "application/pdf"))
                .andExpect(header().string("Content-Disposition", containsString("attachment")))
                .andExpect(header().string("Content-Disposition", containsString("standar-pelayanan-" + code + "-v1.pdf")))
                .andExpect(header().string("X-Content-Type-Options", "nosniff"))
                .andReturn().getResponse();
        byte[] pdf = response.getContentAsByteArray();
        assertThat(response.getHeader("ETag")).isEqualTo("\"" + HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(pdf)) + "\"");

        try (var document = Loader.loadPDF(pdf)) {
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
}
