package id.simlayan.standard.internal;

import id.simlayan.catalog.ServiceOfferingId;
import id.simlayan.standard.FormDefinitionRefused;
import id.simlayan.standard.FormField;
import id.simlayan.standard.RequestForm;
import id.simlayan.standard.StandardVersionId;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Building the request form of a service's draft standard: add, change, move and remove
 * fields. Every change writes the whole form through {@link RequestForm}, so a form that breaks
 * a rule (duplicate key, too many fields) is refused before anything is written.
 */
@Service
public class FormDrafting {

    private final StandardEditing standards;
    private final FormStore forms;

    FormDrafting(StandardEditing standards, FormStore forms) {
        this.standards = standards;
        this.forms = forms;
    }

    /** The form of the service's draft; refused when the service has no draft. */
    @Transactional(readOnly = true)
    public RequestForm draftForm(ServiceOfferingId service) {
        return forms.formOf(draftId(service));
    }

    /** The form of any version, published ones too (the public standard page lists them); empty for a version without fields. */
    @Transactional(readOnly = true)
    public RequestForm formOf(StandardVersionId version) {
        return forms.formOf(version);
    }

    /** Replaces the draft's whole form. */
    @Transactional
    public void replace(ServiceOfferingId service, List<FormField> fields) {
        forms.replace(new RequestForm(draftId(service), fields));
    }

    @Transactional
    public void add(ServiceOfferingId service, FormField field) {
        var fields = new ArrayList<>(draftForm(service).fields());
        fields.add(field);
        replace(service, fields);
    }

    /** Replaces the field with key {@code key} by {@code field} (whose key may differ), in the same place. */
    @Transactional
    public void change(ServiceOfferingId service, String key, FormField field) {
        var fields = new ArrayList<>(draftForm(service).fields());
        fields.set(indexOf(fields, key), field);
        replace(service, fields);
    }

    /** Moves a field one place up ({@code -1}) or down ({@code +1}); a move past either end changes nothing. */
    @Transactional
    public void move(ServiceOfferingId service, String key, int step) {
        var fields = new ArrayList<>(draftForm(service).fields());
        int from = indexOf(fields, key);
        int to = from + Integer.signum(step);
        if (to < 0 || to >= fields.size()) {
            return;
        }
        fields.add(to, fields.remove(from));
        replace(service, fields);
    }

    @Transactional
    public void remove(ServiceOfferingId service, String key) {
        var fields = new ArrayList<>(draftForm(service).fields());
        fields.remove(indexOf(fields, key));
        replace(service, fields);
    }

    private StandardVersionId draftId(ServiceOfferingId service) {
        return standards.draft(service).orElseThrow(() -> new StandardRuleViolation("standard.error.noDraft")).id();
    }

    private static int indexOf(List<FormField> fields, String key) {
        for (int i = 0; i < fields.size(); i++) {
            if (fields.get(i).key().equals(key)) {
                return i;
            }
        }
        throw new FormDefinitionRefused(key, "standard.form.error.unknownField");
    }
}
