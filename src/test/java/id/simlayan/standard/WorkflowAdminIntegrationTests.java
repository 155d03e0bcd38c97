package id.simlayan.standard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import id.simlayan.IntegrationTest;
import id.simlayan.catalog.Audience;
import id.simlayan.catalog.CatalogAdministration;
import id.simlayan.catalog.CatalogAdministration.NewServiceOffering;
import id.simlayan.catalog.TicketKind;
import id.simlayan.identity.AccountProvisioning;
import id.simlayan.identity.Directory;
import id.simlayan.identity.IdentityFixtures;
import id.simlayan.identity.Role;
import id.simlayan.workflow.Actor;
import id.simlayan.workflow.Requirement;
import id.simlayan.workflow.Scope;
import id.simlayan.workflow.Stage;
import id.simlayan.workflow.Step;
import id.simlayan.workflow.WorkflowDefinition;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The admin's workflow page of a draft standard (choose a template, change steps and stages,
 * refused definitions) and the workflow shown with the "prosedur" component of a published version.
 */
class WorkflowAdminIntegrationTests extends IntegrationTest {

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
    ApplicationContext context;
    @Autowired
    ServiceWorkflows workflows;

    IdentityFixtures people;
    StandardFixtures standards;
    MockHttpSession admin;
    String code;
    String page;
    LocalDate today;

    @BeforeEach
    void setUp() {
        people = new IdentityFixtures(provisioning, directory);
        standards = new StandardFixtures(context);
        code = "uji-alur-" + UUID.randomUUID().toString().substring(0, 8);
        catalog.create(new NewServiceOffering(code, "Layanan Alur " + code, "Ringkasan", "Uraian", TicketKind.REQUEST, people.aUnit(),
                List.of(), Audience.PUBLIC));
        admin = people.login(mvc, people.anAdmin());
        page = "/admin/standar/" + code + "/draf/alur";
        today = LocalDate.ofInstant(clock.instant(), ZoneId.of("Asia/Jakarta"));
    }

    @Test
    void theAdminCopiesATemplateAfterAConfirmationThatTheDraftsWorkflowIsReplaced() throws Exception {
        standards.draft(admin, code, "1/2026", Map.of());
        var before = html(page);
        assertThat(before.selectFirst("#workflow-name").text()).isEqualTo("Alur umum (verifikasi, disposisi, penyelesaian)");
        assertThat(before.selectFirst("#workflow-based-on").text()).contains("Berdasarkan templat \"Alur umum").contains("berlaku alur umum");
        assertThat(before.select("#template option").eachAttr("value")).contains("standar", "help-desk", "batiknet-gangguan", "sp4n-lapor");

        var confirm = html(page + "/templat?template=help-desk");
        assertThat(confirm.selectFirst("#adopt-warning").text())
                .isEqualTo("Alur draf saat ini (\"Alur umum (verifikasi, disposisi, penyelesaian)\") beserta semua perubahannya diganti dengan "
                        + "salinan templat ini. Versi yang sudah terbit tidak berubah.");
        assertThat(confirm.selectFirst("form[action$=/draf/alur/templat] input[name=template]").val()).isEqualTo("help-desk");
        assertThat(draftWorkflow().key()).isEqualTo("standar");

        mvc.perform(post(page + "/templat").session(admin).with(csrf()).param("template", "help-desk"))
                .andExpect(status().is3xxRedirection()).andExpect(redirectedUrl(page));
        assertThat(draftWorkflow().key()).isEqualTo("help-desk");

        var after = html(page);
        assertThat(after.selectFirst("#workflow-based-on").text()).doesNotContain("berlaku alur umum");
        assertThat(after.selectFirst("#workflow-current svg[role=img] title").text()).startsWith("Alur layanan: ");
        // the text list names every stage, with its public status, and says who takes each step
        assertThat(after.select("#workflow-current .workflow-stage-label").eachText())
                .containsExactlyElementsOf(draftWorkflow().stages().stream().map(Stage::label).toList());
        var delegate = after.selectFirst("#workflow-current li[data-stage=telaah] li[data-step=delegasikan]");
        assertThat(delegate.text()).contains("penugasan petugas", "oleh Agen help desk (unit penerima)", "memerlukan petugas yang ditugasi",
                "→ Ditangani teknisi");
        assertThat(after.selectFirst("#workflow-current li[data-stage=ditutup]").text()).contains("status bagi pemohon: Ditutup", "tahap akhir");

        mvc.perform(post(page + "/templat").session(admin).with(csrf()).param("template", "tidak-ada")).andExpect(status().isBadRequest());
        assertThat(draftWorkflow().key()).isEqualTo("help-desk");
    }

    @Test
    void theAdminChangesAStepsActorsRequirementsAndNamesAndTheDraftKeepsThem() throws Exception {
        standards.draft(admin, code, "1/2026", Map.of());
        standards.draftWorkflow(code, "help-desk");
        var edit = html(page + "/telaah/delegasikan/ubah");
        assertThat(edit.selectFirst("#actor-AGENT\\:FRONT_DESK").hasAttr("checked")).isTrue();
        // only consistent combinations are offered: the requester as requester, staff never as requester
        assertThat(edit.select("#step-actors input[name=actors]").eachAttr("value")).contains("REQUESTER:REQUESTER", "TECHNICIAN:ASSIGNEE")
                .doesNotContain("REQUESTER:FRONT_DESK", "ADMIN:REQUESTER");
        // what the kind implies is ticked and cannot be unticked
        var assignee = edit.selectFirst("#requires-ASSIGNEE");
        assertThat(assignee.hasAttr("checked")).isTrue();
        assertThat(assignee.hasAttr("disabled")).isTrue();
        assertThat(edit.selectFirst("#requires-DOCUMENT").hasAttr("checked")).isFalse();

        mvc.perform(post(page + "/telaah/delegasikan/ubah").session(admin).with(csrf())
                        .param("label", "Delegasikan ke teknisi").param("labelEn", "Delegate to a technician")
                        .param("actors", "AGENT:FRONT_DESK", "UNIT_ADMIN:HOLDING_UNIT").param("requires", "DOCUMENT"))
                .andExpect(status().is3xxRedirection()).andExpect(redirectedUrl(page))
                .andExpect(flash().attribute("flash", "Langkah \"Delegasikan ke teknisi\" disimpan."));

        var step = draftWorkflow().step("telaah", "delegasikan").orElseThrow();
        assertThat(step.label()).isEqualTo("Delegasikan ke teknisi");
        assertThat(step.labelEn()).isEqualTo("Delegate to a technician");
        assertThat(step.actors()).containsExactly(new Actor(Role.AGENT, Scope.FRONT_DESK), new Actor(Role.UNIT_ADMIN, Scope.HOLDING_UNIT));
        assertThat(step.requires()).containsExactly(Requirement.DOCUMENT);
        assertThat(step.requirements()).containsExactlyInAnyOrder(Requirement.DOCUMENT, Requirement.ASSIGNEE);
        assertThat(html(page + "/telaah/delegasikan/ubah").selectFirst("#requires-DOCUMENT").hasAttr("checked")).isTrue();

        mvc.perform(post(page + "/telaah/ubah").session(admin).with(csrf()).param("label", "Ditelaah admin").param("labelEn", ""))
                .andExpect(status().is3xxRedirection());
        var stage = draftWorkflow().stage("telaah").orElseThrow();
        assertThat(stage.label()).isEqualTo("Ditelaah admin");
        assertThat(stage.labelEn()).isNull();
        assertThat(stage.steps()).hasSize(4);
    }

    @Test
    void removingTheLastActorIsRefusedWith400AndTheMessageNamingStageAndStepAndNothingIsSaved() throws Exception {
        standards.draft(admin, code, "1/2026", Map.of());
        standards.draftWorkflow(code, "help-desk");
        var before = draftWorkflow();

        var refused = Jsoup.parse(mvc.perform(post(page + "/telaah/delegasikan/ubah").session(admin).with(csrf()).param("label", "Delegasikan"))
                .andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString());
        assertThat(refused.select("#workflow-problems .workflow-problem").eachText()).containsExactly(
                "Tahap \"Ditelaah: dapat diselesaikan langsung atau perlu teknisi?\", langkah \"" + before.step("telaah", "delegasikan").orElseThrow().label()
                        + "\": Tidak ada peran yang boleh mengambil langkah ini.");
        // and next to the checkboxes it is about
        assertThat(refused.selectFirst("#step-actors-error").text()).isEqualTo("Tidak ada peran yang boleh mengambil langkah ini.");
        assertThat(refused.select("#step-actors input[name=actors]").eachAttr("aria-invalid")).containsOnly("true");
        assertThat(refused.selectFirst("#wf-label").val()).isEqualTo("Delegasikan");
        // a combination the page never offers is refused by the definition too
        mvc.perform(post(page + "/telaah/delegasikan/ubah").session(admin).with(csrf()).param("label", "Delegasikan").param("actors", "ADMIN:REQUESTER"))
                .andExpect(status().isBadRequest());
        mvc.perform(post(page + "/telaah/delegasikan/ubah").session(admin).with(csrf()).param("label", "Delegasikan").param("actors", "siapa saja"))
                .andExpect(status().isBadRequest());
        mvc.perform(post(page + "/telaah/delegasikan/ubah").session(admin).with(csrf()).param("label", " ").param("actors", "AGENT:FRONT_DESK"))
                .andExpect(status().isBadRequest());
        assertThat(draftWorkflow()).isEqualTo(before);
    }

    @Test
    void stepsMoveWithinTheirStageAndARemovalThatLeavesADeadEndIsRefused() throws Exception {
        standards.draft(admin, code, "1/2026", Map.of());
        standards.draftWorkflow(code, "help-desk");
        var list = html(page);
        assertThat(list.select("#tahap-telaah li[data-step]").eachAttr("data-step"))
                .containsExactly("selesaikan-langsung", "kategorikan", "delegasikan", "minta-kelengkapan");
        assertThat(list.select("#ubah-telaah-selesaikan-langsung button").first().hasAttr("disabled")).isTrue();
        assertThat(list.select("#ubah-telaah-minta-kelengkapan button").get(1).hasAttr("disabled")).isTrue();

        mvc.perform(post(page + "/telaah/delegasikan/pindah").session(admin).with(csrf()).param("step", "-1")).andExpect(status().is3xxRedirection());
        mvc.perform(post(page + "/telaah/selesaikan-langsung/pindah").session(admin).with(csrf()).param("step", "1"))
                .andExpect(status().is3xxRedirection());
        assertThat(stepKeys("telaah")).containsExactly("delegasikan", "selesaikan-langsung", "kategorikan", "minta-kelengkapan");
        mvc.perform(post(page + "/telaah/delegasikan/pindah").session(admin).with(csrf()).param("step", "5")).andExpect(status().isBadRequest());

        // the only step out of "waiting for the requester": the stage would be a dead end
        var before = draftWorkflow();
        assertThat(html(page + "/menunggu-pemohon/lengkapi/hapus").selectFirst("#confirm-remove")).isNotNull();
        var deadEnd = Jsoup.parse(mvc.perform(post(page + "/menunggu-pemohon/lengkapi/hapus").session(admin).with(csrf()))
                .andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString());
        assertThat(deadEnd.select(".workflow-problem").eachText())
                .containsExactly("Tahap \"Menunggu kelengkapan dari pemohon\": Tahap ini bukan tahap akhir tetapi tidak memiliki langkah lanjutan (jalan buntu).");
        // the only way into it: the stage could no longer be reached
        mvc.perform(post(page + "/telaah/minta-kelengkapan/hapus").session(admin).with(csrf())).andExpect(status().isBadRequest());
        assertThat(draftWorkflow()).isEqualTo(before);

        mvc.perform(post(page + "/telaah/kategorikan/hapus").session(admin).with(csrf())).andExpect(status().is3xxRedirection());
        assertThat(stepKeys("telaah")).containsExactly("delegasikan", "selesaikan-langsung", "minta-kelengkapan");
        // a step gone meanwhile gives a message, not an error
        mvc.perform(get(page + "/telaah/kategorikan/ubah").session(admin)).andExpect(status().is3xxRedirection())
                .andExpect(flash().attribute("flashError", "Tahap atau langkah ini sudah tidak ada di alur draf."));
    }

    @Test
    void onlyAdminsReachTheWorkflowPage() throws Exception {
        standards.draft(admin, code, "1/2026", Map.of());
        standards.draftWorkflow(code, "help-desk");
        var before = draftWorkflow();
        for (var account : List.of(people.anAgent(), people.aRequester())) {
            var session = people.login(mvc, account);
            for (var request : List.of(get(page), get(page + "/templat?template=standar"), get(page + "/telaah/ubah"),
                    get(page + "/telaah/delegasikan/ubah"), get(page + "/telaah/kategorikan/hapus"),
                    post(page + "/templat").param("template", "standar"), post(page + "/telaah/ubah").param("label", "X"),
                    post(page + "/telaah/delegasikan/ubah").param("label", "X").param("actors", "ADMIN:FRONT_DESK"),
                    post(page + "/telaah/delegasikan/pindah").param("step", "1"), post(page + "/telaah/kategorikan/hapus"))) {
                mvc.perform(request.session(session).with(csrf())).andExpect(status().isForbidden());
            }
        }
        assertThat(draftWorkflow()).isEqualTo(before);
    }

    @Test
    void withoutADraftThePageSaysSoAndChangesGet409() throws Exception {
        var none = html(page);
        assertThat(none.selectFirst("#no-draft").text()).contains("belum memiliki draf");
        assertThat(none.selectFirst("#no-draft form").attr("action")).isEqualTo("/admin/standar/" + code + "/draf/mulai");
        assertThat(none.selectFirst("#workflow-edit")).isNull();
        mvc.perform(post(page + "/templat").session(admin).with(csrf()).param("template", "help-desk")).andExpect(status().isConflict());
        mvc.perform(post(page + "/diterima/ubah").session(admin).with(csrf()).param("label", "X")).andExpect(status().isConflict());
        // linked from the draft editor and the service's admin page, next to the form builder
        standards.draft(admin, code, "1/2026", Map.of());
        assertThat(html("/admin/standar/" + code + "/draf").selectFirst("#workflow-link").attr("href")).isEqualTo(page);
        assertThat(html("/admin/standar/" + code).selectFirst("#workflow-link").attr("href")).isEqualTo(page);
    }

    @Test
    void aPublishedVersionsWorkflowIsShownWithItsProcedureAndAChangedDraftLeavesItAlone() throws Exception {
        standards.publishWithWorkflow(admin, code, "help-desk", List.of(), today);
        var published = workflows.of(versionId(1));
        assertThat(published.key()).isEqualTo("help-desk");

        // the next draft starts as a copy; changing it leaves the published version as it was
        mvc.perform(post("/admin/standar/{code}/draf/mulai", code).session(admin).with(csrf())).andExpect(status().is3xxRedirection());
        mvc.perform(post(page + "/telaah/delegasikan/ubah").session(admin).with(csrf()).param("label", "Langkah draf rahasia")
                .param("actors", "SUPERVISOR:FRONT_DESK")).andExpect(status().is3xxRedirection());
        assertThat(draftWorkflow().step("telaah", "delegasikan").orElseThrow().label()).isEqualTo("Langkah draf rahasia");
        assertThat(workflows.of(versionId(1))).isEqualTo(published);

        for (String path : List.of("/layanan/" + code, "/layanan/" + code + "/standar", "/layanan/" + code + "/standar/1")) {
            var section = Jsoup.parse(mvc.perform(get(path)).andExpect(status().isOk()).andReturn().getResponse().getContentAsString())
                    .selectFirst("#komponen-prosedur + dd #standard-workflow");
            assertThat(section).as(path).isNotNull();
            assertThat(section.selectFirst("h3").text()).isEqualTo("Alur layanan di SIMLAYAN");
            var svg = section.selectFirst("svg[role=img]");
            assertThat(svg.selectFirst("title").text()).isEqualTo("Alur layanan: " + published.name());
            // a standard's page marks no current stage: that belongs to a ticket
            assertThat(svg.select(".wf-current")).isEmpty();
            assertThat(section.select(".workflow-stage-label").eachText())
                    .containsExactlyElementsOf(published.stages().stream().map(Stage::label).toList());
            assertThat(section.text()).doesNotContain("Langkah draf rahasia");
            assertThat(section.select("form, a[href^=/admin]")).isEmpty();
        }
        // the staff version page shows the same section
        var staff = Jsoup.parse(mvc.perform(get("/layanan/" + code + "/standar/1").session(people.login(mvc, people.anAgent())))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
        assertThat(staff.select("#standard-workflow .workflow-stage-label").eachText()).hasSize(published.stages().size());
    }

    @Test
    void aVersionWithoutItsOwnWorkflowShowsTheGeneralProcedure() throws Exception {
        standards.publish(admin, code, "1/2026", Map.of("prosedur", "Teks prosedur kantor"), today);
        var section = Jsoup.parse(mvc.perform(get("/layanan/" + code + "/standar")).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString()).selectFirst("#komponen-prosedur + dd");
        assertThat(section.text()).contains("Teks prosedur kantor");
        assertThat(section.select("#standard-workflow .workflow-stage-label").eachText())
                .containsExactlyElementsOf(workflows.general().stages().stream().map(Stage::label).toList());
    }

    private WorkflowDefinition draftWorkflow() {
        return workflows.of(new StandardVersionId(jdbc.sql(
                        "SELECT v.id FROM standard_versions v JOIN service_offerings s ON s.id = v.service_id WHERE s.code = ? AND v.status = 'DRAFT'")
                .param(code).query(UUID.class).single()));
    }

    private StandardVersionId versionId(int number) {
        return new StandardVersionId(jdbc.sql(
                        "SELECT v.id FROM standard_versions v JOIN service_offerings s ON s.id = v.service_id WHERE s.code = ? AND v.number = ?")
                .param(code).param(number).query(UUID.class).single());
    }

    private List<String> stepKeys(String stage) {
        return draftWorkflow().stage(stage).orElseThrow().steps().stream().map(Step::key).toList();
    }

    private Document html(String path) throws Exception {
        return Jsoup.parse(mvc.perform(get(path).session(admin)).andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
    }

}
