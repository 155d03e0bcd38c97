package id.simlayan.workflow.internal;

import id.simlayan.workflow.WorkflowDefinition;
import java.util.List;

/** The shipped templates for tests of this module outside its internal package. */
public final class TemplatesForTests {

    private TemplatesForTests() {
    }

    public static List<WorkflowDefinition> all() {
        return new JsonWorkflowTemplates().all();
    }
}
