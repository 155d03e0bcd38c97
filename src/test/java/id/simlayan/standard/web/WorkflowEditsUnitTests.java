package id.simlayan.standard.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.simlayan.identity.Role;
import id.simlayan.standard.web.WorkflowForms.ActorChoice;
import id.simlayan.standard.web.WorkflowForms.StepForm;
import id.simlayan.workflow.Actor;
import id.simlayan.workflow.PublicStatus;
import id.simlayan.workflow.Requirement;
import id.simlayan.workflow.Scope;
import id.simlayan.workflow.Stage;
import id.simlayan.workflow.Step;
import id.simlayan.workflow.StepKind;
import id.simlayan.workflow.WorkflowDefinition;
import id.simlayan.workflow.WorkflowDefinitionRefused;
import id.simlayan.workflow.WorkflowProblem;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class WorkflowEditsUnitTests {

    private static final List<Actor> AGENT = List.of(new Actor(Role.AGENT, Scope.FRONT_DESK));

    private final WorkflowDefinition definition = new WorkflowDefinition("uji", "Uji", null, "masuk", List.of(
            new Stage("masuk", "Masuk", null, PublicStatus.DITERIMA, false, List.of(
                    new Step("tolak", "Tolak", null, StepKind.REJECT, null, "ditolak", AGENT, Set.of()),
                    new Step("tanya", "Tanya", null, StepKind.ASK_REQUESTER, null, "menunggu", AGENT, Set.of()),
                    new Step("selesai", "Selesai", null, StepKind.RESOLVE, null, "selesai", AGENT, Set.of()))),
            new Stage("menunggu", "Menunggu", null, PublicStatus.MENUNGGU_PEMOHON, false, List.of(
                    new Step("jawab", "Jawab", null, StepKind.REQUESTER_ANSWERS, null, "masuk", List.of(new Actor(Role.REQUESTER, Scope.REQUESTER)),
                            Set.of()),
                    new Step("tutup", "Tutup", null, StepKind.REJECT, null, "ditolak", AGENT, Set.of()))),
            new Stage("ditolak", "Ditolak", null, PublicStatus.DITOLAK, true, List.of()),
            new Stage("selesai", "Selesai", null, PublicStatus.SELESAI, true, List.of())));

    @Test
    void movesAStepWithinItsStageAndStaysAtTheEnds() {
        assertThat(keys(WorkflowEdits.moveStep(definition, "masuk", "tanya", -1).orElseThrow())).containsExactly("tanya", "tolak", "selesai");
        assertThat(keys(WorkflowEdits.moveStep(definition, "masuk", "tanya", 1).orElseThrow())).containsExactly("tolak", "selesai", "tanya");
        assertThat(keys(WorkflowEdits.moveStep(definition, "masuk", "tolak", -1).orElseThrow())).containsExactly("tolak", "tanya", "selesai");
        assertThat(keys(WorkflowEdits.moveStep(definition, "masuk", "selesai", 1).orElseThrow())).containsExactly("tolak", "tanya", "selesai");
    }

    @Test
    void anUnknownStageOrStepChangesNothing() {
        assertThat(WorkflowEdits.moveStep(definition, "masuk", "hilang", 1)).isEmpty();
        assertThat(WorkflowEdits.removeStep(definition, "hilang", "tolak")).isEmpty();
        assertThat(WorkflowEdits.relabelStage(definition, "hilang", "X", null)).isEmpty();
    }

    @Test
    void aRemovalThatLeavesAStageUnreachableIsRefusedNamingIt() {
        assertThatThrownBy(() -> WorkflowEdits.removeStep(definition, "masuk", "tanya"))
                .isInstanceOfSatisfying(WorkflowDefinitionRefused.class, refused -> assertThat(refused.problems())
                        .containsExactly(new WorkflowProblem("workflow.error.unreachable", "menunggu", null)));
        assertThat(keys(WorkflowEdits.removeStep(definition, "masuk", "tolak").orElseThrow().stage("masuk").orElseThrow()))
                .containsExactly("tanya", "selesai");
    }

    @Test
    void theStepFormKeepsKindAndTargetAndDropsWhatTheKindImpliesAnyway() {
        var form = new StepForm(" Tolak permohonan ", " ", Set.of(new ActorChoice(Role.SUPERVISOR, Scope.FRONT_DESK), new ActorChoice(Role.AGENT, Scope.FRONT_DESK)),
                Set.of(Requirement.REASON, Requirement.DOCUMENT));
        var changed = WorkflowEdits.changeStep(definition, "masuk", "tolak", form::applyTo).orElseThrow().step("masuk", "tolak").orElseThrow();
        assertThat(changed.label()).isEqualTo("Tolak permohonan");
        assertThat(changed.labelEn()).isNull();
        assertThat(changed.kind()).isEqualTo(StepKind.REJECT);
        assertThat(changed.to()).isEqualTo("ditolak");
        // in the order the page offers them, whatever order the browser posts
        assertThat(changed.actors()).containsExactly(new Actor(Role.AGENT, Scope.FRONT_DESK), new Actor(Role.SUPERVISOR, Scope.FRONT_DESK));
        assertThat(changed.requires()).containsExactly(Requirement.DOCUMENT);
        assertThat(changed.requirements()).containsExactlyInAnyOrder(Requirement.REASON, Requirement.DOCUMENT);
    }

    @Test
    void onlyConsistentActorCombinationsAreOffered() {
        assertThat(ActorChoice.offered()).allMatch(c -> c.actor().consistent())
                .contains(new ActorChoice(Role.REQUESTER, Scope.REQUESTER), new ActorChoice(Role.TECHNICIAN, Scope.ASSIGNEE))
                .doesNotContain(new ActorChoice(Role.REQUESTER, Scope.FRONT_DESK), new ActorChoice(Role.ADMIN, Scope.REQUESTER))
                .hasSize((Role.values().length - 1) * (Scope.values().length - 1) + 1);
    }

    private static List<String> keys(WorkflowDefinition definition) {
        return keys(definition.stage("masuk").orElseThrow());
    }

    private static List<String> keys(Stage stage) {
        return stage.steps().stream().map(Step::key).toList();
    }
}
