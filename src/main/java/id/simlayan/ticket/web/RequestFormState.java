package id.simlayan.ticket.web;

import id.simlayan.standard.FormCheck;
import id.simlayan.standard.FormInput;
import id.simlayan.standard.RequestForm;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;

/**
 * The request form on the submission page, for the standard module's fragment
 * {@code standard/request-form :: fields}: its fields, what was typed (re-filled after an error),
 * the problem per field key, and whether files must be chosen again (a browser never re-sends them).
 */
record RequestFormState(RequestForm form, FormInput input, Map<String, FormCheck.Problem> problems, boolean filesDropped) {

    static RequestFormState fresh(RequestForm form) {
        return new RequestFormState(form, FormInput.empty(), Map.of(), false);
    }

    /**
     * The form again after an error. A refusal from storage names its own message code; a problem
     * whose code has no message gets the general one ({@code ticket.form.answerInvalid}).
     */
    static RequestFormState again(RequestForm form, FormInput typed, Map<String, FormCheck.Problem> problems, boolean filesDropped,
                                  MessageSource messages, Locale locale) {
        var shown = new LinkedHashMap<String, FormCheck.Problem>();
        problems.forEach((key, problem) -> shown.put(key, messages.getMessage(problem.messageCode(), null, null, locale) != null ? problem
                : new FormCheck.Problem("ticket.form.answerInvalid", List.of())));
        return new RequestFormState(form, typed, shown, filesDropped);
    }
}
