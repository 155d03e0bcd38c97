package id.simlayan.standard.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.simlayan.IntegrationTest;
import id.simlayan.catalog.Audience;
import id.simlayan.catalog.CatalogAdministration;
import id.simlayan.catalog.CatalogAdministration.NewServiceOffering;
import id.simlayan.catalog.ServiceCatalog;
import id.simlayan.catalog.ServiceOfferingId;
import id.simlayan.catalog.TicketKind;
import id.simlayan.identity.AccountProvisioning;
import id.simlayan.identity.Directory;
import id.simlayan.identity.IdentityFixtures;
import id.simlayan.standard.ServiceWorkflows;
import id.simlayan.standard.StandardFixtures;
import id.simlayan.standard.StandardVersionId;
import id.simlayan.standard.StandardVersions;
import id.simlayan.workflow.Stage;
import id.simlayan.workflow.WorkflowDefinition;
import id.simlayan.workflow.WorkflowTemplates;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The workflow kept with each standard version: chosen from a template on the draft, frozen at
 * publication (by the code and by the database), copied into the next draft; a version without
 * one, and a ticket without a version, follow the general procedure.
 */
class ServiceWorkflowsIntegrationTests extends IntegrationTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    ApplicationContext context;
    @Autowired
    CatalogAdministration administration;
    @Autowired
    ServiceCatalog catalog;
    @Autowired
    AccountProvisioning provisioning;
    @Autowired
    Directory directory;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    ServiceWorkflows workflows;
    @Autowired
    WorkflowDrafting drafting;
    @Autowired
    WorkflowTemplates templates;
    @Autowired
    StandardEditing editing;
    @Autowired
    StandardVersions versions;

    IdentityFixtures people;
    StandardFixtures standards;
    String code;
    ServiceOfferingId service;
    LocalDate today;

    @BeforeEach
    void setUp() {
        people = new IdentityFixtures(provisioning, directory);
        standards = new StandardFixtures(context);
        code = "uji-alur-" + UUID.randomUUID().toString().substring(0, 8);
        administration.create(new NewServiceOffering(code, "Layanan Alur " + code, "Ringkasan", "Uraian", TicketKind.INCIDENT, people.aUnit(),
                List.of(), Audience.PUBLIC));
        service = catalog.findByCode(code).orElseThrow().id();
        today = LocalDate.ofInstant(clock.instant(), ZoneId.of("Asia/Jakarta"));
    }

    @Test
    void aVersionWithoutItsOwnWorkflowAndATicketWithoutAVersionFollowTheGeneralProcedure() throws Exception {
        standards.publish(people.login(mvc, people.anAdmin()), code, "1/2026", java.util.Map.of(), today);
        var version = versions.currentFor(service, clock.instant()).orElseThrow();

        assertThat(workflows.of(version).key()).isEqualTo(WorkflowTemplates.DEFAULT);
        assertThat(workflows.of(null)).isEqualTo(templates.defaultWorkflow());
        assertThat(workflows.of(StandardVersionId.random())).isEqualTo(templates.defaultWorkflow());
        assertThat(drafting.of(version).own()).isFalse();
    }

    @Test
    void thePublishedVersionKeepsTheTemplateChosenOnItsDraftAndCannotChange() throws Exception {
        var admin = people.login(mvc, people.anAdmin());
        standards.publishWithWorkflow(admin, code, "batiknet-gangguan", List.of(), today);
        var published = versions.currentFor(service, clock.instant()).orElseThrow();

        assertThat(workflows.of(published)).isEqualTo(templates.byKey("batiknet-gangguan").orElseThrow());
        assertThat(drafting.of(published).templateKey()).isEqualTo("batiknet-gangguan");
        // no draft: the drafting refuses; the database refuses a direct write whatever the code does
        assertThatThrownBy(() -> drafting.adopt(service, "help-desk", null))
                .isInstanceOfSatisfying(StandardRuleViolation.class, e -> assertThat(e.messageCode()).isEqualTo("standard.error.noDraft"));
        assertThatThrownBy(() -> jdbc.sql("UPDATE standard_workflows SET template_key = 'help-desk' WHERE version_id = ?")
                .param(published.value()).update()).isInstanceOf(DataAccessException.class).hasMessageContaining("cannot change");
        assertThatThrownBy(() -> jdbc.sql("DELETE FROM standard_workflows WHERE version_id = ?").param(published.value()).update())
                .isInstanceOf(DataAccessException.class).hasMessageContaining("cannot change");
        assertThat(workflows.of(published).key()).isEqualTo("batiknet-gangguan");
    }

    @Test
    void aNewDraftStartsWithACopyOfThePublishedWorkflowWhichItChangesAlone() throws Exception {
        var admin = people.login(mvc, people.anAdmin());
        standards.publishWithWorkflow(admin, code, "help-desk", List.of(), today);
        var first = versions.currentFor(service, clock.instant()).orElseThrow();

        var draft = editing.startDraft(service).id();
        assertThat(workflows.of(draft)).isEqualTo(workflows.of(first));
        var renamed = relabelStart(workflows.of(draft), "Keluhan diterima (diubah)");
        drafting.save(service, renamed, null);

        assertThat(workflows.of(draft).startStage().label()).isEqualTo("Keluhan diterima (diubah)");
        assertThat(drafting.of(draft).templateKey()).as("still based on").isEqualTo("help-desk");
        assertThat(workflows.of(first)).isEqualTo(templates.byKey("help-desk").orElseThrow());
    }

    @Test
    void anUnknownTemplateIsRefusedAndTheDraftKeepsItsWorkflow() throws Exception {
        var admin = people.login(mvc, people.anAdmin());
        standards.draft(admin, code, "1/2026", java.util.Map.of());
        drafting.adopt(service, "service-desk", null);

        assertThatThrownBy(() -> drafting.adopt(service, "tidak-ada", null))
                .isInstanceOfSatisfying(StandardRuleViolation.class, e -> assertThat(e.messageCode()).isEqualTo("standard.workflow.error.unknownTemplate"));
        assertThat(drafting.ofDraft(service).definition().key()).isEqualTo("service-desk");
    }

    private static WorkflowDefinition relabelStart(WorkflowDefinition d, String label) {
        var stages = new ArrayList<Stage>();
        for (var s : d.stages()) {
            stages.add(s.key().equals(d.start()) ? new Stage(s.key(), label, s.labelEn(), s.publicStatus(), s.end(), s.steps()) : s);
        }
        return new WorkflowDefinition(d.key(), d.name(), d.nameEn(), d.start(), stages);
    }
}
