package id.simlayan.standard.web;

import id.simlayan.standard.ServiceWorkflows;
import id.simlayan.standard.StandardVersionId;
import id.simlayan.workflow.Actor;
import id.simlayan.workflow.Requirement;
import id.simlayan.workflow.Stage;
import id.simlayan.workflow.Step;
import id.simlayan.workflow.WorkflowDefinition;
import id.simlayan.workflow.WorkflowDiagram;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * A workflow definition as the pages show it: the diagram (SVG drawn by the workflow module,
 * every text escaped there) and the same content as a text list, which is the path for screen
 * readers and narrow phones. Used by the admin's workflow page and, through
 * {@code ${@workflowViews.ofVersion(...)}} in templates/standard/workflow.html, wherever the
 * "prosedur" component of a version is shown. No current stage is marked here: that belongs
 * to a ticket's page.
 */
@Component("workflowViews")
public class WorkflowViews {

    /** One step in words: "label — kind, by role (scope), requires …, → target". */
    public record StepView(String key, String label, String kind, String actors, String requirements, String target, boolean staysHere) {
    }

    public record StageView(String key, String label, String status, boolean start, boolean end, List<StepView> steps) {
    }

    public record View(String name, String svg, List<StageView> stages) {
    }

    private final ServiceWorkflows workflows;
    private final MessageSource messages;

    WorkflowViews(ServiceWorkflows workflows, MessageSource messages) {
        this.workflows = workflows;
        this.messages = messages;
    }

    /** The workflow a version prescribes (the general procedure for a version without its own). */
    public View ofVersion(StandardVersionId version, Locale locale) {
        return of(workflows.of(version), locale);
    }

    public View of(WorkflowDefinition definition, Locale locale) {
        String name = "en".equals(locale.getLanguage()) && definition.nameEn() != null ? definition.nameEn() : definition.name();
        String title = text("standard.workflow.diagramTitle", locale, name);
        var stages = definition.stages().stream().map(stage -> stageView(definition, stage, locale)).toList();
        return new View(name, WorkflowDiagram.svg(definition, null, title, locale), stages);
    }

    private StageView stageView(WorkflowDefinition definition, Stage stage, Locale locale) {
        var steps = stage.steps().stream().map(step -> stepView(definition, stage, step, locale)).toList();
        return new StageView(stage.key(), stage.label(locale), text("ticket.status." + stage.publicStatus(), locale),
                stage.key().equals(definition.start()), stage.end(), steps);
    }

    private StepView stepView(WorkflowDefinition definition, Stage from, Step step, Locale locale) {
        String kind = text("workflow.kind." + step.kind(), locale);
        if (step.outcome() != null) {
            kind = text("standard.workflow.kindWithOutcome", locale, kind, text("workflow.outcome." + step.outcome(), locale));
        }
        String actors = step.actors().stream().map(a -> actor(a, locale))
                .collect(Collectors.joining(" " + text("standard.workflow.or", locale) + " "));
        String requirements = requirements(step, locale);
        boolean stays = step.to().equals(from.key());
        String target = definition.stage(step.to()).map(s -> s.label(locale)).orElse(step.to());
        return new StepView(step.key(), step.label(locale), kind, actors, requirements, target, stays);
    }

    String actor(Actor actor, Locale locale) {
        return text("standard.workflow.actor", locale, text("role." + actor.role(), locale), text("workflow.scope." + actor.scope(), locale));
    }

    /** The requirements in force, in the enum's order so the text does not change between renders; null without any. */
    private String requirements(Step step, Locale locale) {
        var all = EnumSet.noneOf(Requirement.class);
        all.addAll(step.requirements());
        if (all.isEmpty()) {
            return null;
        }
        return all.stream().map(r -> text("workflow.requirement." + r, locale)).collect(Collectors.joining(", "));
    }

    private String text(String code, Locale locale, Object... args) {
        return messages.getMessage(code, args, locale);
    }
}
