package id.simlayan.workflow;

import java.util.List;
import java.util.Locale;

/**
 * A stage of a workflow: what the requester sees while the ticket is there, and the steps
 * that lead on. An end stage has no steps; every other stage has at least one.
 */
public record Stage(String key, String label, String labelEn, PublicStatus publicStatus, boolean end, List<Step> steps) {

    public Stage {
        steps = steps == null ? List.of() : List.copyOf(steps);
    }

    public String label(Locale locale) {
        return locale != null && "en".equals(locale.getLanguage()) && labelEn != null ? labelEn : label;
    }
}
