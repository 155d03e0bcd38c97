package id.simlayan.workflow;

/**
 * One rule a definition breaks. {@code code} is a message code of the workflow bundle;
 * {@code stage} and {@code step} point at the offending place (either may be null).
 */
public record WorkflowProblem(String code, String stage, String step) {
}
