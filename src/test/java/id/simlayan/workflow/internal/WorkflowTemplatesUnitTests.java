package id.simlayan.workflow.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.simlayan.identity.Role;
import id.simlayan.workflow.PublicStatus;
import id.simlayan.workflow.Requirement;
import id.simlayan.workflow.Scope;
import id.simlayan.workflow.Stage;
import id.simlayan.workflow.Step;
import id.simlayan.workflow.StepKind;
import id.simlayan.workflow.WorkflowDefinition;
import id.simlayan.workflow.WorkflowDefinitionRefused;
import id.simlayan.workflow.WorkflowJson;
import id.simlayan.workflow.WorkflowTemplates;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.ByteArrayResource;

/**
 * The shipped procedures, read from their JSON the way the application reads them, and walked
 * along every path their seed draws.
 */
class WorkflowTemplatesUnitTests {

    final JsonWorkflowTemplates templates = new JsonWorkflowTemplates();

    /** Follows the steps by key from the start stage and returns the stage reached. */
    Stage walk(String template, String... stepKeys) {
        var definition = templates.byKey(template).orElseThrow();
        var stage = definition.startStage();
        for (String key : stepKeys) {
            var from = stage;
            Step step = from.steps().stream().filter(s -> s.key().equals(key)).findFirst()
                    .orElseThrow(() -> new AssertionError("no step " + key + " from stage " + from.key() + " in " + template));
            stage = definition.stage(step.to()).orElseThrow();
        }
        return stage;
    }

    Step step(String template, String stage, String step) {
        return templates.byKey(template).orElseThrow().step(stage, step).orElseThrow();
    }

    @Test
    void shipsTheSixProceduresOfTheSeedsAndTheGeneralOne() {
        assertThat(templates.all()).extracting(WorkflowDefinition::key)
                .containsExactly("batiknet-gangguan", "help-desk", "informasi-publik", "pengaduan-langsung", "service-desk", "sp4n-lapor", "standar");
        assertThat(templates.defaultWorkflow().key()).isEqualTo(WorkflowTemplates.DEFAULT);
    }

    @Test
    void theGeneralProcedureIsTheLifecycleTicketsFollowedBeforeDefinitions() {
        assertThat(walk("standar", "mulai-verifikasi", "terima", "disposisi", "selesaikan-unit", "konfirmasi").publicStatus())
                .isEqualTo(PublicStatus.DITUTUP);
        assertThat(walk("standar", "mulai-verifikasi", "minta-kelengkapan", "lengkapi").key()).isEqualTo("verifikasi");
        assertThat(walk("standar", "terima", "selesaikan", "buka-kembali").key()).isEqualTo("diproses");
        assertThat(walk("standar", "tolak").publicStatus()).isEqualTo(PublicStatus.DITOLAK);
        assertThat(step("standar", "di-unit", "selesaikan-unit").actors()).extracting(a -> a.role() + "/" + a.scope())
                .containsExactly("TECHNICIAN/ASSIGNEE", "UNIT_ADMIN/HOLDING_UNIT", "SUPERVISOR/HOLDING_UNIT");
    }

    @Test
    void aDefinitionSurvivesItsJsonAndAnInvalidOneIsRefusedWhenRead() {
        templates.all().forEach(d -> assertThat(WorkflowJson.read(WorkflowJson.write(d))).as(d.key()).isEqualTo(d));
        String trap = WorkflowJson.write(templates.defaultWorkflow()).replace("\"to\":\"ditolak\"", "\"to\":\"nowhere\"");
        assertThatThrownBy(() -> WorkflowJson.read(trap)).isInstanceOf(WorkflowDefinitionRefused.class);
        assertThatThrownBy(() -> WorkflowJson.read("[1, 2]")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void everyStepKindIsUsedByAShippedProcedure() {
        Set<StepKind> used = templates.all().stream().flatMap(d -> d.stages().stream()).flatMap(s -> s.steps().stream())
                .map(Step::kind).collect(Collectors.toCollection(() -> EnumSet.noneOf(StepKind.class)));

        assertThat(used).containsExactlyInAnyOrder(StepKind.values());
    }

    @Test
    void everyShippedStageHasBothLanguages() {
        templates.all().forEach(d -> d.stages().forEach(s -> {
            assertThat(s.labelEn()).as(d.key() + "/" + s.key()).isNotBlank();
            s.steps().forEach(t -> assertThat(t.labelEn()).as(d.key() + "/" + s.key() + "/" + t.key()).isNotBlank());
        }));
    }

    @Test
    void laporGoesOPDAndBackThroughDiskominfoAndTheNationalAdmin() {
        assertThat(walk("sp4n-lapor", "mulai-verifikasi", "kembalikan-nasional").publicStatus()).isEqualTo(PublicStatus.DITOLAK);
        assertThat(walk("sp4n-lapor", "mulai-verifikasi", "teruskan-opd", "laporkan-hasil", "kirim-balik-opd", "laporkan-hasil",
                "konfirmasi-hasil", "hasil-tidak-sesuai", "konfirmasi-hasil", "hasil-sesuai").key()).isEqualTo("diterima-pelapor");
        assertThat(walk("sp4n-lapor", "mulai-verifikasi", "teruskan-opd", "laporkan-hasil", "konfirmasi-hasil", "hasil-sesuai", "konfirmasi")
                .publicStatus()).isEqualTo(PublicStatus.DITUTUP);
        // Diskominfo, not the OPD, confirms the OPD's result
        assertThat(step("sp4n-lapor", "konfirmasi-dinkominfo", "konfirmasi-hasil").actors())
                .allMatch(a -> a.role() == Role.AGENT && a.scope() == Scope.FRONT_DESK);
        assertThat(step("sp4n-lapor", "diterima", "mulai-verifikasi").requirements()).contains(Requirement.EXTERNAL_REFERENCE);
        assertThat(step("sp4n-lapor", "verifikasi-nasional", "hasil-tidak-sesuai").outcome()).isEqualTo("NOT_ACCEPTED");
    }

    @Test
    void aDirectComplaintTheOfficerCannotSolveGoesToTheOfficial() {
        assertThat(walk("pengaduan-langsung", "tanggapi", "solusi").publicStatus()).isEqualTo(PublicStatus.SELESAI);
        assertThat(walk("pengaduan-langsung", "tanggapi", "teruskan-pejabat", "solusi-pejabat").key()).isEqualTo("selesai");
        assertThat(step("pengaduan-langsung", "ditangani-pejabat", "solusi-pejabat").actors()).extracting(a -> a.role())
                .containsExactly(Role.SUPERVISOR);
    }

    @Test
    void theServiceDeskSolvesAtOnceOrForwardsAlongItsTiers() {
        assertThat(walk("service-desk", "telaah", "selesaikan-langsung").key()).isEqualTo("selesai");
        assertThat(step("service-desk", "dapat-diselesaikan", "selesaikan-langsung").kind()).isEqualTo(StepKind.SOLVE_AT_ONCE);
        // eksekusi -> perubahan -> keamanan -> operasional, as drawn
        assertThat(walk("service-desk", "telaah", "buat-tiket", "ke-perubahan", "ke-keamanan", "teruskan-operasional", "solusi").key())
                .isEqualTo("selesai");
        assertThat(walk("service-desk", "telaah", "buat-tiket", "ke-perubahan", "teruskan-operasional").key()).isEqualTo("operasional");
        assertThat(walk("service-desk", "telaah", "buat-tiket", "ke-perubahan", "ke-keamanan", "solusi").key()).isEqualTo("selesai");
        assertThat(walk("service-desk", "telaah", "buat-tiket", "teruskan-operasional").key()).isEqualTo("operasional");
        assertThat(walk("service-desk", "telaah", "minta-kelengkapan").publicStatus()).isEqualTo(PublicStatus.MENUNGGU_PEMOHON);
    }

    @Test
    void theHelpDeskRecategorisesDelegatesAndEscalatesToTheLeader() {
        assertThat(walk("help-desk", "telaah", "kategorikan", "delegasikan", "beri-tahu", "lapor-pimpinan", "putuskan", "laporkan-hasil",
                "selesaikan").key()).isEqualTo("selesai");
        assertThat(step("help-desk", "penanganan", "beri-tahu").kind()).isEqualTo(StepKind.NOTIFY_USER);
        assertThat(step("help-desk", "pimpinan", "putuskan").actors()).extracting(a -> a.role()).containsExactly(Role.SUPERVISOR);
        assertThat(step("help-desk", "laporan", "selesaikan").actors()).extracting(a -> a.role()).containsExactly(Role.AGENT);
        assertThat(walk("help-desk", "telaah", "selesaikan-langsung").key()).isEqualTo("selesai");
    }

    @Test
    void batikNetRepairsLightDamageAtOnceAndHeavyDamageAfterApproval() {
        assertThat(walk("batiknet-gangguan", "terima-surat", "disposisi-tim-teknis", "tugaskan", "kerusakan-ringan", "laporkan-hasil",
                "selesaikan").key()).isEqualTo("selesai");
        assertThat(walk("batiknet-gangguan", "terima-surat", "disposisi-tim-teknis", "kerusakan-berat", "ajukan-peralatan", "tolak-pengajuan",
                "ajukan-peralatan", "setujui", "laporkan-hasil", "perbaiki-lagi", "laporkan-hasil", "selesaikan", "konfirmasi")
                .publicStatus()).isEqualTo(PublicStatus.DITUTUP);
        assertThat(step("batiknet-gangguan", "berita-acara", "selesaikan").requirements()).contains(Requirement.HANDOVER_REPORT);
        assertThat(step("batiknet-gangguan", "kebutuhan-peralatan", "ajukan-peralatan").requirements()).contains(Requirement.EQUIPMENT_LIST);
        assertThat(step("batiknet-gangguan", "pengecekan", "kerusakan-berat").outcome()).isEqualTo("HEAVY");
    }

    @Test
    void anInformationRequestIsDecidedExtendedAndObjectedTo() {
        assertThat(walk("informasi-publik", "periksa", "perpanjang", "ditolak", "ajukan-keberatan", "jawab-keberatan", "konfirmasi")
                .publicStatus()).isEqualTo(PublicStatus.DITUTUP);
        assertThat(walk("informasi-publik", "periksa", "diberikan").publicStatus()).isEqualTo(PublicStatus.SELESAI);
        assertThat(walk("informasi-publik", "periksa", "ditolak").publicStatus()).isEqualTo(PublicStatus.DITOLAK);
        assertThat(step("informasi-publik", "pertimbangan", "ditolak").requirements()).contains(Requirement.EXEMPTION_GROUND);
        assertThat(step("informasi-publik", "pertimbangan", "sebagian").requirements()).contains(Requirement.EXEMPTION_GROUND);
        // one extension only: the extended stage offers no second one
        assertThat(templates.byKey("informasi-publik").orElseThrow().stage("diperpanjang").orElseThrow().steps())
                .noneMatch(s -> s.kind() == StepKind.EXTEND);
        assertThat(step("informasi-publik", "keberatan", "jawab-keberatan").actors()).extracting(a -> a.role()).containsExactly(Role.SUPERVISOR);
        assertThat(Arrays.asList("diberikan", "sebagian", "ditolak", "tidak-dikuasai"))
                .allMatch(k -> step("informasi-publik", "diperpanjang", k).kind() == StepKind.DECIDE_INFORMATION);
    }

    @Test
    void aTemplateThatBreaksARuleIsRefusedWithItsProblems() {
        var broken = new ByteArrayResource("""
                {"key":"rusak","name":"Rusak","start":"a","stages":[
                  {"key":"a","label":"A","publicStatus":"DITERIMA","end":false,"steps":[
                    {"key":"x","label":"X","kind":"RESOLVE","to":"tidak-ada","actors":[]}]}]}
                """.getBytes(java.nio.charset.StandardCharsets.UTF_8), "rusak.json") {
            @Override
            public String getFilename() {
                return "rusak.json";
            }
        };

        assertThatThrownBy(() -> JsonWorkflowTemplates.read(broken))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("rusak.json").hasMessageContaining("workflow.error.unknownTarget")
                .hasMessageContaining("workflow.error.noActor").hasMessageContaining("workflow.error.noEnd");
        assertThat(List.of(templates.all().size())).containsExactly(7);
    }
}
