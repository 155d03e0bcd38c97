package id.simlayan.standard.web;

import id.simlayan.workflow.Stage;
import id.simlayan.workflow.Step;
import id.simlayan.workflow.WorkflowDefinition;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * The admin's changes to a definition. Definitions and their parts are immutable records, so
 * each change rebuilds the stage and the definition around it; the definition's constructor
 * then checks every rule again ({@link id.simlayan.workflow.WorkflowDefinitionRefused}). Empty
 * when the stage or step is not (or no longer) in the definition.
 */
final class WorkflowEdits {

    private WorkflowEdits() {
    }

    static Optional<WorkflowDefinition> changeStep(WorkflowDefinition definition, String stageKey, String stepKey, UnaryOperator<Step> change) {
        return withSteps(definition, stageKey, stepKey, (steps, index) -> steps.set(index, change.apply(steps.get(index))));
    }

    /** One place up ({@code -1}) or down ({@code +1}) within its stage; at an end it stays. */
    static Optional<WorkflowDefinition> moveStep(WorkflowDefinition definition, String stageKey, String stepKey, int by) {
        return withSteps(definition, stageKey, stepKey, (steps, index) -> {
            int target = index + by;
            if (target >= 0 && target < steps.size()) {
                steps.add(target, steps.remove(index));
            }
        });
    }

    static Optional<WorkflowDefinition> removeStep(WorkflowDefinition definition, String stageKey, String stepKey) {
        return withSteps(definition, stageKey, stepKey, (steps, index) -> steps.remove(index));
    }

    static Optional<WorkflowDefinition> relabelStage(WorkflowDefinition definition, String stageKey, String label, String labelEn) {
        return definition.stage(stageKey).map(stage -> withStage(definition,
                new Stage(stage.key(), label, labelEn, stage.publicStatus(), stage.end(), stage.steps())));
    }

    private interface StepsChange {
        void apply(List<Step> steps, int index);
    }

    private static Optional<WorkflowDefinition> withSteps(WorkflowDefinition definition, String stageKey, String stepKey, StepsChange change) {
        return definition.step(stageKey, stepKey).map(step -> {
            var stage = definition.stage(stageKey).orElseThrow();
            var steps = new ArrayList<>(stage.steps());
            change.apply(steps, steps.indexOf(step));
            return withStage(definition, new Stage(stage.key(), stage.label(), stage.labelEn(), stage.publicStatus(), stage.end(), steps));
        });
    }

    private static WorkflowDefinition withStage(WorkflowDefinition definition, Stage changed) {
        var stages = definition.stages().stream().map(s -> s.key().equals(changed.key()) ? changed : s).toList();
        return new WorkflowDefinition(definition.key(), definition.name(), definition.nameEn(), definition.start(), stages);
    }
}
