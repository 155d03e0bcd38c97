package id.simlayan.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.simlayan.identity.Role;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class WorkflowDefinitionUnitTests {

    static final Actor AGENT = new Actor(Role.AGENT, Scope.FRONT_DESK);
    static final Actor REQUESTER = new Actor(Role.REQUESTER, Scope.REQUESTER);

    static Step step(String key, StepKind kind, String to, Actor... actors) {
        return new Step(key, "Langkah " + key, null, kind, null, to, List.of(actors), Set.of());
    }

    static Stage stage(String key, PublicStatus status, Step... steps) {
        return new Stage(key, "Tahap " + key, null, status, false, List.of(steps));
    }

    static Stage end(String key) {
        return new Stage(key, "Tahap " + key, null, PublicStatus.DITUTUP, true, List.of());
    }

    static WorkflowDefinition definition(Stage... stages) {
        return new WorkflowDefinition("uji", "Alur uji", null, stages[0].key(), List.of(stages));
    }

    static List<String> problemCodes(Runnable construction) {
        try {
            construction.run();
        } catch (WorkflowDefinitionRefused e) {
            return e.problems().stream().map(WorkflowProblem::code).toList();
        }
        return List.of();
    }

    @Test
    void acceptsAPathFromStartToEnd() {
        var d = definition(stage("a", PublicStatus.DITERIMA, step("mulai", StepKind.ACCEPT, "b", AGENT)),
                stage("b", PublicStatus.DIPROSES, step("selesai", StepKind.RESOLVE, "c", AGENT)), end("c"));

        assertThat(d.startStage().key()).isEqualTo("a");
        assertThat(d.step("b", "selesai")).get().extracting(Step::to).isEqualTo("c");
        assertThat(d.step("b", "tidak-ada")).isEmpty();
    }

    @Test
    void refusesAStageThatNoStepReaches() {
        var codes = problemCodes(() -> definition(stage("a", PublicStatus.DITERIMA, step("x", StepKind.RESOLVE, "c", AGENT)),
                stage("yatim", PublicStatus.DIPROSES, step("y", StepKind.RESOLVE, "c", AGENT)), end("c")));

        assertThat(codes).containsExactly("workflow.error.unreachable");
    }

    @Test
    void refusesADeadEndStageThatIsNotAnEnd() {
        var codes = problemCodes(() -> definition(stage("a", PublicStatus.DITERIMA, step("x", StepKind.ACCEPT, "buntu", AGENT),
                step("y", StepKind.RESOLVE, "c", AGENT)), stage("buntu", PublicStatus.DIPROSES), end("c")));

        assertThat(codes).contains("workflow.error.deadEnd");
    }

    @Test
    void refusesACycleWithNoWayToAnEnd() {
        var codes = problemCodes(() -> definition(stage("a", PublicStatus.DITERIMA, step("x", StepKind.ACCEPT, "b", AGENT),
                        step("selesai", StepKind.RESOLVE, "c", AGENT)),
                stage("b", PublicStatus.DIPROSES, step("ke-d", StepKind.DELEGATE, "d", AGENT)),
                stage("d", PublicStatus.DIPROSES, step("ke-b", StepKind.DELEGATE, "b", AGENT)), end("c")));

        assertThat(codes).containsExactlyInAnyOrder("workflow.error.trap", "workflow.error.trap");
    }

    @Test
    void refusesAStepNobodyMayTake() {
        var codes = problemCodes(() -> definition(stage("a", PublicStatus.DITERIMA, step("x", StepKind.RESOLVE, "c")), end("c")));

        assertThat(codes).containsExactly("workflow.error.noActor");
    }

    @Test
    void refusesARequesterScopeOnAStaffRoleAndTheOtherWayRound() {
        var wrong = new Actor(Role.AGENT, Scope.REQUESTER);
        var alsoWrong = new Actor(Role.REQUESTER, Scope.FRONT_DESK);

        assertThat(problemCodes(() -> definition(stage("a", PublicStatus.DITERIMA, step("x", StepKind.RESOLVE, "c", wrong)), end("c"))))
                .containsExactly("workflow.error.requesterScope");
        assertThat(problemCodes(() -> definition(stage("a", PublicStatus.DITERIMA, step("x", StepKind.RESOLVE, "c", alsoWrong)), end("c"))))
                .containsExactly("workflow.error.requesterScope");
    }

    @Test
    void refusesAStepToAStageThatDoesNotExist() {
        var codes = problemCodes(() -> definition(stage("a", PublicStatus.DITERIMA, step("x", StepKind.RESOLVE, "c", AGENT),
                step("y", StepKind.ACCEPT, "entah", AGENT)), end("c")));

        assertThat(codes).containsExactly("workflow.error.unknownTarget");
    }

    @Test
    void refusesDuplicateKeysAndAnUnknownStart() {
        var codes = problemCodes(() -> new WorkflowDefinition("uji", "Alur", null, "tidak-ada", List.of(
                stage("a", PublicStatus.DITERIMA, step("x", StepKind.RESOLVE, "c", AGENT), step("x", StepKind.REJECT, "c", AGENT)),
                stage("a", PublicStatus.DITERIMA, step("z", StepKind.RESOLVE, "c", AGENT)), end("c"))));

        assertThat(codes).contains("workflow.error.duplicateStage", "workflow.error.duplicateStep", "workflow.error.startUnknown");
    }

    @Test
    void refusesAnEndStageWithStepsAndADefinitionWithoutEnd() {
        var endWithSteps = new Stage("c", "Akhir", null, PublicStatus.DITUTUP, true, List.of(step("lagi", StepKind.REOPEN, "a", REQUESTER)));
        assertThat(problemCodes(() -> definition(stage("a", PublicStatus.DITERIMA, step("x", StepKind.RESOLVE, "c", AGENT)), endWithSteps)))
                .contains("workflow.error.endWithSteps");
        assertThat(problemCodes(() -> definition(stage("a", PublicStatus.DITERIMA, step("x", StepKind.ACCEPT, "a", AGENT)))))
                .contains("workflow.error.noEnd");
    }

    @Test
    void refusesBadKeysAndAMissingName() {
        assertThat(problemCodes(() -> new WorkflowDefinition("Bukan Slug", " ", null, "a",
                List.of(stage("a", PublicStatus.DITERIMA, step("X!", StepKind.RESOLVE, "c", AGENT)), end("c")))))
                .containsExactlyInAnyOrder("workflow.error.key", "workflow.error.name", "workflow.error.stepKey");
    }

    @Test
    void listsEveryProblemAtOnce() {
        var codes = problemCodes(() -> definition(stage("a", PublicStatus.DITERIMA, step("x", StepKind.RESOLVE, "entah")),
                stage("yatim", PublicStatus.DIPROSES), end("c")));

        assertThat(codes).contains("workflow.error.unknownTarget", "workflow.error.noActor", "workflow.error.deadEnd", "workflow.error.unreachable");
    }

    @ParameterizedTest
    @EnumSource(StepKind.class)
    void aStepRecordsAnOutcomeExactlyWhenItsKindHasOutcomes(StepKind kind) {
        String target = "c";
        var withoutOutcome = new Step("s", "Langkah", null, kind, null, target, List.of(AGENT), Set.of());
        var withForeignOutcome = new Step("s", "Langkah", null, kind, "BUKAN", target, List.of(AGENT), Set.of());

        assertThat(problemCodes(() -> definition(stage("a", PublicStatus.DITERIMA, withForeignOutcome), end("c"))))
                .containsExactly("workflow.error.outcome");
        if (kind.hasOutcomes()) {
            assertThat(problemCodes(() -> definition(stage("a", PublicStatus.DITERIMA, withoutOutcome), end("c"))))
                    .containsExactly("workflow.error.outcome");
            for (String outcome : kind.outcomes()) {
                var fitting = new Step("s", "Langkah", null, kind, outcome, target, List.of(AGENT), Set.of());
                assertThat(problemCodes(() -> definition(stage("a", PublicStatus.DITERIMA, fitting), end("c")))).isEmpty();
            }
        } else {
            assertThat(problemCodes(() -> definition(stage("a", PublicStatus.DITERIMA, withoutOutcome), end("c")))).isEmpty();
        }
    }

    @ParameterizedTest
    @EnumSource(StepKind.class)
    void aStepRequiresWhatItsKindImpliesWhateverTheDefinitionSays(StepKind kind) {
        var extra = kind.implied().contains(Requirement.DOCUMENT) ? Requirement.REASON : Requirement.DOCUMENT;
        var step = new Step("s", "Langkah", null, kind, kind.hasOutcomes() ? kind.outcomes().getFirst() : null, "c", List.of(AGENT), Set.of(extra));

        assertThat(step.requirements()).containsAll(kind.implied()).contains(extra);
        assertThat(new Step("s", "Langkah", null, kind, null, "c", List.of(AGENT), null).requirements()).isEqualTo(kind.implied());
    }

    @Test
    void kindsThatTurnOnAReasonOrAPersonImplyIt() {
        var expectations = new ArrayList<Object[]>();
        expectations.add(new Object[] {StepKind.REJECT, Requirement.REASON});
        expectations.add(new Object[] {StepKind.HAND_OFF, Requirement.TARGET_UNIT});
        expectations.add(new Object[] {StepKind.RETURN_TO_SOURCE, Requirement.REASON});
        expectations.add(new Object[] {StepKind.DELEGATE, Requirement.ASSIGNEE});
        expectations.add(new Object[] {StepKind.ESCALATE, Requirement.REASON});
        expectations.add(new Object[] {StepKind.REQUEST_EQUIPMENT, Requirement.EQUIPMENT_LIST});
        expectations.add(new Object[] {StepKind.DECLINE, Requirement.REASON});
        expectations.add(new Object[] {StepKind.SEND_BACK, Requirement.REASON});
        expectations.add(new Object[] {StepKind.EXTEND, Requirement.REASON});
        expectations.add(new Object[] {StepKind.OBJECT, Requirement.REASON});
        expectations.add(new Object[] {StepKind.RECATEGORISE, Requirement.CATEGORY});
        expectations.add(new Object[] {StepKind.REOPEN, Requirement.REASON});
        for (Object[] e : expectations) {
            assertThat(((StepKind) e[0]).implied()).as(e[0].toString()).contains((Requirement) e[1]);
        }
        assertThat(Arrays.stream(StepKind.values()).filter(StepKind::hasOutcomes))
                .containsExactlyInAnyOrder(StepKind.DIAGNOSE, StepKind.RECORD_EXTERNAL_VERDICT, StepKind.DECIDE_INFORMATION);
    }

    @Test
    void anActorNeedsARoleAndAScope() {
        assertThatThrownBy(() -> new Actor(null, Scope.FRONT_DESK)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Actor(Role.AGENT, null)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void publicStatusesAreTheTicketsPublicVocabulary() {
        assertThat(Arrays.stream(PublicStatus.values()).map(Enum::name))
                .containsExactlyElementsOf(Arrays.stream(id.simlayan.ticket.TicketStatus.values()).map(Enum::name).toList());
    }
}
