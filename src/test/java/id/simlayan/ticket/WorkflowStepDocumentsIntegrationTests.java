package id.simlayan.ticket;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import id.simlayan.catalog.TicketKind;
import id.simlayan.standard.StandardFixtures;
import id.simlayan.workflow.Requirement;
import id.simlayan.workflow.Stage;
import id.simlayan.workflow.Step;
import id.simlayan.workflow.WorkflowDefinition;
import id.simlayan.workflow.WorkflowTemplates;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.ResultActions;

/**
 * A workflow step that requires a document (an admin ticks "berkas lampiran" on a step): its
 * form takes files, it is refused without one or with a file the storage module refuses, and
 * the files are linked to the step's timeline entry, so those who may read the entry download them.
 */
class WorkflowStepDocumentsIntegrationTests extends TicketTestSupport {

    @Autowired
    WorkflowTemplates templates;

    @Test
    void aStepThatRequiresADocumentIsRefusedWithoutOneOrWithARefusedFileAndKeepsTheFileWithItsEntry() throws Exception {
        var service = aService(TicketKind.REQUEST);
        var today = LocalDate.ofInstant(clock.instant(), ZoneId.of("Asia/Jakarta"));
        new StandardFixtures(context).publishWithWorkflow(login(people.anAdmin()), service.code(), grantedWithTheInformationAttached(), List.of(),
                today);
        var agent = login(people.anAgent());
        var requester = login(people.aRequester());
        UUID id = submit(requester, service, "Salinan laporan keuangan 2025");
        postAs(agent, "/petugas/tiket/" + id + "/langkah/periksa", "version", version(id)).andExpect(status().is3xxRedirection());

        mvc.perform(get("/petugas/tiket/" + id).session(agent)).andExpect(status().isOk())
                .andExpect(content().string(containsString("enctype=\"multipart/form-data\"")))
                .andExpect(content().string(containsString("id=\"step-diberikan-files\"")));

        long entries = timelineSize(id);
        grant(agent, id).andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("Langkah ini memerlukan berkas lampiran")));
        grant(agent, id, new MockMultipartFile("files", "laporan.png", "image/png", "MZ not an image".getBytes()))
                .andExpect(status().isBadRequest());
        assertThat(timelineSize(id)).isEqualTo(entries);
        assertThat(statusOf(id)).isEqualTo("VERIFIKASI");
        assertThat(attachmentsOf(id)).isZero();

        grant(agent, id, png("laporan-keuangan.png")).andExpect(status().is3xxRedirection());
        assertThat(statusOf(id)).isEqualTo("SELESAI");
        assertThat(jdbc.sql("""
                        SELECT e.type FROM ticket_attachments a JOIN ticket_events e ON e.id = a.event_id
                        WHERE a.ticket_id = :id AND a.name = 'laporan-keuangan.png'""")
                .param("id", id).query(String.class).single()).isEqualTo("STEP_TAKEN");
        UUID file = jdbc.sql("SELECT id FROM ticket_attachments WHERE ticket_id = :id").param("id", id).query(UUID.class).single();
        mvc.perform(get("/lampiran/" + file).session(requester)).andExpect(status().isOk());
        mvc.perform(get("/lampiran/" + file).session(login(people.aRequester()))).andExpect(status().isNotFound());
    }

    /** The information-request template with the granted information attached to the decision "diberikan". */
    private WorkflowDefinition grantedWithTheInformationAttached() {
        var template = templates.byKey("informasi-publik").orElseThrow();
        List<Stage> stages = template.stages().stream().map(stage -> new Stage(stage.key(), stage.label(), stage.labelEn(), stage.publicStatus(),
                stage.end(), stage.steps().stream().map(step -> step.key().equals("diberikan") ? withDocument(step) : step).toList())).toList();
        return new WorkflowDefinition("informasi-dengan-berkas", template.name(), template.nameEn(), template.start(), stages);
    }

    private static Step withDocument(Step step) {
        var requires = EnumSet.of(Requirement.DOCUMENT);
        requires.addAll(step.requires());
        return new Step(step.key(), step.label(), step.labelEn(), step.kind(), step.outcome(), step.to(), step.actors(), requires);
    }

    private ResultActions grant(MockHttpSession agent, UUID id, MockMultipartFile... files) throws Exception {
        var request = multipart("/petugas/tiket/{id}/langkah/diberikan", id);
        for (var file : files) {
            request.file(file);
        }
        return mvc.perform(request.param("version", version(id)).param("publicText", "Salinan terlampir.").session(agent).with(csrf()));
    }

    private long attachmentsOf(UUID id) {
        return jdbc.sql("SELECT count(*) FROM ticket_attachments WHERE ticket_id = :id").param("id", id).query(Long.class).single();
    }
}
