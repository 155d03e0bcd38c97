package id.simlayan.workflow;

import java.util.List;
import java.util.Optional;

/** The procedures SIMLAYAN ships, each after its seed document, to copy into a service. */
public interface WorkflowTemplates {

    /** Every template, in a stable order. */
    List<WorkflowDefinition> all();

    Optional<WorkflowDefinition> byKey(String key);
}
