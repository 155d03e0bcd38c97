package id.simlayan.workflow;

import java.util.List;
import java.util.Optional;

/** The procedures SIMLAYAN ships, each after its seed document, to copy into a service. */
public interface WorkflowTemplates {

    /**
     * The general procedure (verification, disposition to a unit, resolution, confirmation): the
     * lifecycle every ticket followed before definitions, for services without one of their own.
     */
    String DEFAULT = "standar";

    /** Every template, in a stable order. */
    List<WorkflowDefinition> all();

    Optional<WorkflowDefinition> byKey(String key);

    /** The template {@link #DEFAULT}. */
    default WorkflowDefinition defaultWorkflow() {
        return byKey(DEFAULT).orElseThrow(() -> new IllegalStateException("the template " + DEFAULT + " is not shipped"));
    }
}
