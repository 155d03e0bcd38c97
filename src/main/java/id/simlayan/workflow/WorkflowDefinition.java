package id.simlayan.workflow;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A service's procedure as data: stages, the steps from each, who may take them. A definition
 * that breaks a rule cannot be constructed ({@link WorkflowDefinitionRefused} lists every
 * problem): keys are slugs and unique (stages in the definition, steps in their stage); the
 * start stage exists; every step leads to a stage that exists and names at least one
 * consistent actor; a step records an outcome exactly when its kind has outcomes, and only
 * one of the kind's; an end stage has no steps and every other stage at least one (no dead
 * end); every stage is reachable from the start; from every stage an end can be reached (no
 * trap); at least one end stage exists.
 */
public record WorkflowDefinition(String key, String name, String nameEn, String start, List<Stage> stages) {

    public static final Pattern KEY = Pattern.compile("[a-z][a-z0-9-]{0,59}");

    public WorkflowDefinition {
        stages = stages == null ? List.of() : List.copyOf(stages);
        var problems = problemsOf(key, name, start, stages);
        if (!problems.isEmpty()) {
            throw new WorkflowDefinitionRefused(problems);
        }
    }

    public Stage startStage() {
        return stage(start).orElseThrow();
    }

    public Optional<Stage> stage(String stageKey) {
        return stages.stream().filter(s -> s.key().equals(stageKey)).findFirst();
    }

    /** The step {@code stepKey} of stage {@code stageKey}. */
    public Optional<Step> step(String stageKey, String stepKey) {
        return stage(stageKey).flatMap(s -> s.steps().stream().filter(t -> t.key().equals(stepKey)).findFirst());
    }

    private static List<WorkflowProblem> problemsOf(String key, String name, String start, List<Stage> stages) {
        var problems = new ArrayList<WorkflowProblem>();
        if (key == null || !KEY.matcher(key).matches()) {
            problems.add(new WorkflowProblem("workflow.error.key", null, null));
        }
        if (name == null || name.isBlank()) {
            problems.add(new WorkflowProblem("workflow.error.name", null, null));
        }
        Map<String, Stage> byKey = new LinkedHashMap<>();
        for (var stage : stages) {
            if (stage.key() == null || !KEY.matcher(stage.key()).matches()) {
                problems.add(new WorkflowProblem("workflow.error.stageKey", stage.key(), null));
            } else if (byKey.putIfAbsent(stage.key(), stage) != null) {
                problems.add(new WorkflowProblem("workflow.error.duplicateStage", stage.key(), null));
            }
            if (stage.label() == null || stage.label().isBlank() || stage.publicStatus() == null) {
                problems.add(new WorkflowProblem("workflow.error.stageLabel", stage.key(), null));
            }
        }
        if (stages.isEmpty()) {
            problems.add(new WorkflowProblem("workflow.error.noStages", null, null));
            return problems;
        }
        if (!byKey.containsKey(start)) {
            problems.add(new WorkflowProblem("workflow.error.startUnknown", start, null));
        }
        if (stages.stream().noneMatch(Stage::end)) {
            problems.add(new WorkflowProblem("workflow.error.noEnd", null, null));
        }
        for (var stage : stages) {
            checkSteps(stage, byKey, problems);
        }
        if (byKey.containsKey(start)) {
            var reachable = reachableFrom(start, byKey);
            for (var stage : byKey.values()) {
                if (!reachable.contains(stage.key())) {
                    problems.add(new WorkflowProblem("workflow.error.unreachable", stage.key(), null));
                }
            }
        }
        var endReaching = reachingAnEnd(byKey);
        for (var stage : byKey.values()) {
            if (!stage.end() && !stage.steps().isEmpty() && !endReaching.contains(stage.key())) {
                problems.add(new WorkflowProblem("workflow.error.trap", stage.key(), null));
            }
        }
        return problems;
    }

    private static void checkSteps(Stage stage, Map<String, Stage> byKey, List<WorkflowProblem> problems) {
        if (stage.end() && !stage.steps().isEmpty()) {
            problems.add(new WorkflowProblem("workflow.error.endWithSteps", stage.key(), null));
        }
        if (!stage.end() && stage.steps().isEmpty()) {
            problems.add(new WorkflowProblem("workflow.error.deadEnd", stage.key(), null));
        }
        var stepKeys = new HashSet<String>();
        for (var step : stage.steps()) {
            if (step.key() == null || !KEY.matcher(step.key()).matches()) {
                problems.add(new WorkflowProblem("workflow.error.stepKey", stage.key(), step.key()));
            } else if (!stepKeys.add(step.key())) {
                problems.add(new WorkflowProblem("workflow.error.duplicateStep", stage.key(), step.key()));
            }
            if (step.kind() == null || step.label() == null || step.label().isBlank()) {
                problems.add(new WorkflowProblem("workflow.error.stepLabel", stage.key(), step.key()));
                continue;
            }
            if (!byKey.containsKey(step.to())) {
                problems.add(new WorkflowProblem("workflow.error.unknownTarget", stage.key(), step.key()));
            }
            if (step.actors().isEmpty()) {
                problems.add(new WorkflowProblem("workflow.error.noActor", stage.key(), step.key()));
            } else if (!step.actors().stream().allMatch(Actor::consistent)) {
                problems.add(new WorkflowProblem("workflow.error.requesterScope", stage.key(), step.key()));
            }
            boolean outcomeFits = step.kind().hasOutcomes() ? step.outcome() != null && step.kind().outcomes().contains(step.outcome())
                    : step.outcome() == null;
            if (!outcomeFits) {
                problems.add(new WorkflowProblem("workflow.error.outcome", stage.key(), step.key()));
            }
        }
    }

    private static Set<String> reachableFrom(String start, Map<String, Stage> byKey) {
        var seen = new HashSet<String>();
        var queue = new ArrayDeque<String>();
        queue.add(start);
        while (!queue.isEmpty()) {
            var key = queue.poll();
            if (!seen.add(key) || !byKey.containsKey(key)) {
                continue;
            }
            byKey.get(key).steps().forEach(s -> queue.add(s.to()));
        }
        return seen;
    }

    /** Stages from which some end stage can be reached, found backwards from the ends. */
    private static Set<String> reachingAnEnd(Map<String, Stage> byKey) {
        Map<String, List<String>> predecessors = new HashMap<>();
        for (var stage : byKey.values()) {
            for (var step : stage.steps()) {
                predecessors.computeIfAbsent(step.to(), k -> new ArrayList<>()).add(stage.key());
            }
        }
        var seen = new HashSet<String>();
        var queue = new ArrayDeque<String>();
        byKey.values().stream().filter(Stage::end).forEach(s -> queue.add(s.key()));
        while (!queue.isEmpty()) {
            var key = queue.poll();
            if (seen.add(key)) {
                queue.addAll(predecessors.getOrDefault(key, List.of()));
            }
        }
        return seen;
    }
}
