package id.simlayan.standard;

import java.util.Map;

/** Thrown where answers must be valid and are not (e.g. in the ticket intake); carries the per-field problems. */
public class FormAnswersRefused extends RuntimeException {

    private final transient Map<String, FormCheck.Problem> problems;

    public FormAnswersRefused(Map<String, FormCheck.Problem> problems) {
        super("request form answers refused: " + problems.keySet());
        this.problems = Map.copyOf(problems);
    }

    public Map<String, FormCheck.Problem> problems() {
        return problems;
    }
}
