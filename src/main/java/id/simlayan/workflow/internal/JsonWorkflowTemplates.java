package id.simlayan.workflow.internal;

import id.simlayan.workflow.WorkflowDefinition;
import id.simlayan.workflow.WorkflowTemplates;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

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
        var mapper = JsonMapper.builder().build();
        try {
            Resource[] resources = new PathMatchingResourcePatternResolver().getResources(pattern);
            return Arrays.stream(resources).map(r -> read(mapper, r)).toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list workflow templates at " + pattern, e);
        }
    }

    /** Reads one definition; Jackson wraps the definition's own refusal, which is unwrapped here. */
    static WorkflowDefinition read(JsonMapper mapper, Resource resource) {
        try (InputStream in = resource.getInputStream()) {
            return mapper.readValue(in, WorkflowDefinition.class);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read workflow template " + resource.getFilename(), e);
        } catch (RuntimeException e) {
            for (Throwable t = e; t != null; t = t.getCause()) {
                if (t instanceof id.simlayan.workflow.WorkflowDefinitionRefused refused) {
                    throw new IllegalStateException("workflow template " + resource.getFilename() + " is invalid: " + refused.problems(), refused);
                }
            }
            throw new IllegalStateException("workflow template " + resource.getFilename() + " cannot be read", e);
        }
    }
}
