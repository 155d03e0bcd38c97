package id.simlayan.identity.internal;

import java.util.List;

/** A registration was not saved; each problem names the form field and a message code. */
public class RegistrationRefused extends RuntimeException {

    private final List<Problem> problems;

    RegistrationRefused(List<Problem> problems) {
        super("registration refused: " + problems);
        this.problems = List.copyOf(problems);
    }

    public List<Problem> problems() {
        return problems;
    }

    public record Problem(String field, String code) {

        static Problem invalid(String field, String code) {
            return new Problem(field, code);
        }
    }
}
