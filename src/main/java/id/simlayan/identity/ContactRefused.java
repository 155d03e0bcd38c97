package id.simlayan.identity;

import java.util.Map;

/**
 * A contact could not be recorded ({@link AccountProvisioning#createContactWithoutLogin}): the
 * message code per field ({@code fullName}, {@code email}, {@code phone}, {@code nik},
 * {@code ownUnit}), resolved from the identity message bundle. Carries no personal data.
 */
public class ContactRefused extends RuntimeException {

    private final transient Map<String, String> problems;

    public ContactRefused(Map<String, String> problems) {
        super("contact refused: " + problems.keySet());
        this.problems = Map.copyOf(problems);
    }

    public Map<String, String> problems() {
        return problems;
    }
}
