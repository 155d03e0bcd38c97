package id.simlayan.ticket.web;

import id.simlayan.standard.FormCheck;
import id.simlayan.standard.FormInput;
import id.simlayan.standard.RequestForm;
import java.util.Map;

/**
 * The request form on the submission page, for the standard module's fragment
 * {@code standard/request-form :: fields}: its fields, what was typed (re-filled after an error),
 * the problem per field key, and whether files must be chosen again (a browser never re-sends them).
 */
record RequestFormState(RequestForm form, FormInput input, Map<String, FormCheck.Problem> problems, boolean filesDropped) {

    static RequestFormState fresh(RequestForm form) {
        return new RequestFormState(form, FormInput.empty(), Map.of(), false);
    }
}
