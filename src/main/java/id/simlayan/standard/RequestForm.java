package id.simlayan.standard;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;

/**
 * The request form of one standard version: the fields the requester fills in besides the
 * subject and description every ticket has. Keys are unique; an empty form asks for nothing more.
 */
public record RequestForm(StandardVersionId versionId, List<FormField> fields) {

    public static final int MAX_FIELDS = 40;

    public RequestForm {
        fields = List.copyOf(fields);
        if (fields.size() > MAX_FIELDS) {
            throw new FormDefinitionRefused(null, "standard.form.error.tooManyFields", MAX_FIELDS);
        }
        var keys = new HashSet<String>();
        for (var field : fields) {
            if (!keys.add(field.key())) {
                throw new FormDefinitionRefused(field.key(), "standard.form.error.duplicateKey");
            }
        }
    }

    /** No version, no fields: for a service without a published standard. */
    public static RequestForm none() {
        return new RequestForm(null, List.of());
    }

    public Optional<FormField> field(String key) {
        return fields.stream().filter(f -> f.key().equals(key)).findFirst();
    }

    public List<FormField> documents() {
        return fields.stream().filter(f -> f.kind() == FieldKind.DOCUMENT).toList();
    }

    public boolean isEmpty() {
        return fields.isEmpty();
    }
}
