package id.simlayan.workflow.internal;

import id.simlayan.workflow.WorkflowDefinition;
import id.simlayan.workflow.WorkflowDefinitionRefused;
import id.simlayan.workflow.WorkflowJson;
import id.simlayan.workflow.WorkflowTemplates;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

/**
 * The templates in {@code classpath:workflow/templates/*.json}, read once at start. A template
 * that breaks a definition rule stops the start: a shipped procedure must be valid.
 */
@Component
class JsonWorkflowTemplates implements WorkflowTemplates {

    static final String LOCATION = "classpath*:workflow/templates/*.json";

    private final List<WorkflowDefinition> templates;

    JsonWorkflowTemplates() {
        this(load(LOCATION));
    }

    JsonWorkflowTemplates(List<WorkflowDefinition> templates) {
        this.templates = templates.stream().sorted(Comparator.comparing(WorkflowDefinition::key)).toList();
    }

    @Override
    public List<WorkflowDefinition> all() {
        return templates;
    }

    @Override
    public Optional<WorkflowDefinition> byKey(String key) {
        return templates.stream().filter(t -> t.key().equals(key)).findFirst();
    }

    static List<WorkflowDefinition> load(String pattern) {
        try {
            Resource[] resources = new PathMatchingResourcePatternResolver().getResources(pattern);
            return Arrays.stream(resources).map(JsonWorkflowTemplates::read).toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list workflow templates at " + pattern, e);
        }
    }

    static WorkflowDefinition read(Resource resource) {
        String json;
        try {
            json = resource.getContentAsString(StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read workflow template " + resource.getFilename(), e);
        }
        try {
            return WorkflowJson.read(json);
        } catch (WorkflowDefinitionRefused refused) {
            throw new IllegalStateException("workflow template " + resource.getFilename() + " is invalid: " + refused.problems(), refused);
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("workflow template " + resource.getFilename() + " cannot be read", e);
        }
    }
}
