package id.simlayan.identity.internal;

import java.util.List;

/** A registration or a staff account was not saved; each problem names the form field and a message code. */
public class RegistrationRefused extends RuntimeException {

    private final List<Problem> problems;

    RegistrationRefused(List<Problem> problems) {
        super("registration refused: " + problems);
        this.problems = List.copyOf(problems);
    }

    public List<Problem> problems() {
        return problems;
    }

    /**
     * True when the only problems are values another account already uses (HTTP 409). Only an
     * administrator creating a staff account is told so; self-registration never reveals it.
     */
    public boolean onlyDuplicates() {
        return problems.stream().allMatch(Problem::duplicate);
    }

    public record Problem(String field, String code, boolean duplicate) {

        static Problem invalid(String field, String code) {
            return new Problem(field, code, false);
        }

        static Problem taken(String field, String code) {
            return new Problem(field, code, true);
        }
    }
}
