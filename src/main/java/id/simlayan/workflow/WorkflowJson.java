package id.simlayan.workflow;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/**
 * A definition as JSON, the format of the shipped templates and of the definitions other modules
 * keep (the standard version's workflow). Reading checks every rule again, so a stored
 * definition that no longer passes (after a rule was added) is refused like a new one.
 */
public final class WorkflowJson {

    private static final JsonMapper MAPPER = JsonMapper.builder().build();

    private WorkflowJson() {
    }

    public static String write(WorkflowDefinition definition) {
        return MAPPER.writeValueAsString(definition);
    }

    /**
     * @throws WorkflowDefinitionRefused when the definition breaks a rule
     * @throws IllegalArgumentException  when the text is not a definition at all
     */
    public static WorkflowDefinition read(String json) {
        try {
            return MAPPER.readValue(json, WorkflowDefinition.class);
        } catch (JacksonException e) {
            for (Throwable t = e; t != null; t = t.getCause()) {
                if (t instanceof WorkflowDefinitionRefused refused) {
                    throw refused;
                }
            }
            throw new IllegalArgumentException("not a workflow definition: " + e.getOriginalMessage(), e);
        }
    }
}
