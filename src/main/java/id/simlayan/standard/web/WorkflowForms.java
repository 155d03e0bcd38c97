package id.simlayan.standard.web;

import id.simlayan.identity.Role;
import id.simlayan.workflow.Actor;
import id.simlayan.workflow.Requirement;
import id.simlayan.workflow.Scope;
import id.simlayan.workflow.Step;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * Form records of the admin's workflow page. Bean Validation checks what one input can tell
 * (blank, too long, an unknown choice); whether the changed definition still holds together
 * (an actor for every step, a way out of every stage) is {@link id.simlayan.workflow.WorkflowDefinition}'s.
 */
final class WorkflowForms {

    private WorkflowForms() {
    }

    /** A role held where a scope says; posted as {@code ROLE:SCOPE} (see {@code ActorChoiceConverter}). */
    record ActorChoice(Role role, Scope scope) {

        public String value() {
            return role + ":" + scope;
        }

        Actor actor() {
            return new Actor(role, scope);
        }

        /** The combinations offered: the requester acts only as requester, staff never as requester. */
        static List<ActorChoice> offered() {
            var all = new ArrayList<ActorChoice>();
            for (var role : Role.values()) {
                for (var scope : Scope.values()) {
                    if (new Actor(role, scope).consistent()) {
                        all.add(new ActorChoice(role, scope));
                    }
                }
            }
            return List.copyOf(all);
        }
    }

    /** The template to copy into the draft. */
    record TemplateForm(@NotBlank String template) {
    }

    /** A step's names, who may take it and what it requires beyond its kind. */
    record StepForm(
            @NotBlank(message = "{standard.workflow.admin.labelRequired}") @Size(max = 200, message = "{standard.workflow.admin.labelRequired}") String label,
            @Size(max = 200, message = "{standard.workflow.admin.labelTooLong}") String labelEn,
            Set<ActorChoice> actors,
            Set<Requirement> requires) {

        static StepForm of(Step step) {
            return new StepForm(step.label(), step.labelEn(),
                    Set.copyOf(step.actors().stream().map(a -> new ActorChoice(a.role(), a.scope())).toList()), step.requires());
        }

        /** The step with this form's values, its kind, outcome and target unchanged; actors in the order offered. */
        Step applyTo(Step step) {
            var chosen = actors == null ? List.<Actor>of()
                    : ActorChoice.offered().stream().filter(actors::contains).map(ActorChoice::actor).toList();
            // a posted combination the page never offers still reaches the definition, which refuses it by name
            var offbeat = actors == null ? List.<Actor>of()
                    : actors.stream().filter(a -> !ActorChoice.offered().contains(a)).map(ActorChoice::actor).toList();
            var all = new ArrayList<>(chosen);
            all.addAll(offbeat);
            var extra = requires == null || requires.isEmpty() ? EnumSet.noneOf(Requirement.class) : EnumSet.copyOf(requires);
            extra.removeAll(step.kind().implied());
            return new Step(step.key(), label.strip(), blankToNull(labelEn), step.kind(), step.outcome(), step.to(), all, extra);
        }

        public boolean has(ActorChoice choice) {
            return actors != null && actors.contains(choice);
        }

        public boolean requiresTicked(Requirement requirement) {
            return requires != null && requires.contains(requirement);
        }
    }

    /** A stage's names. */
    record StageForm(
            @NotBlank(message = "{standard.workflow.admin.labelRequired}") @Size(max = 200, message = "{standard.workflow.admin.labelRequired}") String label,
            @Size(max = 200, message = "{standard.workflow.admin.labelTooLong}") String labelEn) {
    }

    /** Up ({@code -1}) or down ({@code +1}) one place. */
    record MoveForm(@NotNull @Min(-1) @Max(1) Integer step) {
    }

    static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
