package id.simlayan.workflow;

import java.util.List;

/** A workflow definition that breaks rules; every problem is listed, not only the first. */
public class WorkflowDefinitionRefused extends RuntimeException {

    private final transient List<WorkflowProblem> problems;

    public WorkflowDefinitionRefused(List<WorkflowProblem> problems) {
        super("workflow definition refused: " + problems);
        this.problems = List.copyOf(problems);
    }

    public List<WorkflowProblem> problems() {
        return problems;
    }
}
