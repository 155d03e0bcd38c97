package id.simlayan.ticket.web;

import id.simlayan.identity.UnitSummary;
import id.simlayan.standard.FormInput;
import id.simlayan.standard.RequestForm;
import java.util.List;
import java.util.Map;

/**
 * The request form on the submission page: its fields, what was typed (re-filled after an
 * error), the message per field key, and whether files must be chosen again (a browser never
 * re-sends them).
 */
record RequestFormState(RequestForm form, FormInput input, Map<String, String> problems, List<UnitSummary> units, boolean filesDropped) {

    static RequestFormState fresh(RequestForm form, List<UnitSummary> units) {
        return new RequestFormState(form, FormInput.empty(), Map.of(), units, false);
    }

    public String value(String key) {
        var value = input.first(key);
        return value == null ? "" : value;
    }

    public boolean ticked(String key, String option) {
        return input.all(key).contains(option);
    }

    public String problem(String key) {
        return problems.get(key);
    }

    public boolean hasProblem(String key) {
        return problems.containsKey(key);
    }

    /** The field's document types in a stable order, for the hint under the file input. */
    public List<id.simlayan.standard.DocumentType> documentTypes(id.simlayan.standard.FormField field) {
        return field.documentTypes().stream().sorted().toList();
    }

    /** The {@code accept} attribute of a document's file input, e.g. {@code .pdf,.jpg}. */
    public String accept(id.simlayan.standard.FormField field) {
        return field.documentTypes().stream().flatMap(t -> t.extensions().stream()).sorted().map(e -> "." + e)
                .collect(java.util.stream.Collectors.joining(","));
    }
}
