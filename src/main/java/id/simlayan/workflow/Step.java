package id.simlayan.workflow;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * A step allowed from a stage: its kind, the stage it leads to, who may take it and what it
 * requires on top of what its kind implies.
 *
 * @param outcome for kinds with fixed outcomes (diagnosis, verdict, decision), the one this step records; null otherwise
 */
public record Step(String key, String label, String labelEn, StepKind kind, String outcome, String to, List<Actor> actors,
                   Set<Requirement> requires) {

    public Step {
        actors = actors == null ? List.of() : List.copyOf(actors);
        requires = requires == null || requires.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(requires));
    }

    /** The requirements in force: the kind's and the definition's. */
    public Set<Requirement> requirements() {
        var all = EnumSet.noneOf(Requirement.class);
        all.addAll(kind.implied());
        all.addAll(requires);
        return Set.copyOf(all);
    }

    public String label(java.util.Locale locale) {
        return locale != null && "en".equals(locale.getLanguage()) && labelEn != null ? labelEn : label;
    }
}
