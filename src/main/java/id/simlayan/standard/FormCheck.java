package id.simlayan.standard;

import java.util.List;
import java.util.Map;

/**
 * The outcome of checking a {@link FormInput} against a {@link RequestForm}: the answers when
 * every field passed, otherwise a problem per field key (message code of the standard bundle
 * and its arguments), to be shown next to the field. Nothing may be saved while there are problems.
 */
public record FormCheck(FormAnswers answers, Map<String, Problem> problems) {

    public record Problem(String messageCode, List<Object> arguments) {

        public Problem {
            arguments = List.copyOf(arguments);
        }

        public Object[] args() {
            return arguments.toArray();
        }
    }

    public FormCheck {
        problems = Map.copyOf(problems);
        if (problems.isEmpty() == (answers == null)) {
            throw new IllegalArgumentException("a check has answers exactly when it has no problems");
        }
    }

    public boolean passed() {
        return problems.isEmpty();
    }
}
