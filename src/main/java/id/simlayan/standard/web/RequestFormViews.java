package id.simlayan.standard.web;

import id.simlayan.identity.Directory;
import id.simlayan.identity.UnitSummary;
import id.simlayan.standard.DocumentType;
import id.simlayan.standard.FieldKind;
import id.simlayan.standard.FormField;
import id.simlayan.standard.RequestForm;
import id.simlayan.standard.StandardVersionId;
import id.simlayan.standard.internal.FormDrafting;
import java.util.List;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * What templates/standard/request-form.html and the public standard page ask while they render
 * a request form: the active units of a UNIT field, the file types a DOCUMENT input accepts, a
 * version's form. A bean so that the ticket module's pages include the fragment without any Java
 * of this module.
 */
@Component("requestFormViews")
public class RequestFormViews {

    private final Directory directory;
    private final FormDrafting forms;

    RequestFormViews(Directory directory, FormDrafting forms) {
        this.directory = directory;
        this.forms = forms;
    }

    /** The units a UNIT field offers: the active ones. */
    public List<UnitSummary> units() {
        return directory.units();
    }

    /** The {@code accept} attribute of a DOCUMENT input, e.g. {@code .pdf,.jpg,.jpeg,.png}. */
    public String accept(FormField field) {
        return field.documentTypes().stream().sorted()
                .flatMap(t -> t.extensions().stream().sorted(RequestFormViews::extensionOrder))
                .map(e -> "." + e).collect(Collectors.joining(","));
    }

    /** Whether a DOCUMENT input takes more than one file. */
    public boolean multiple(FormField field) {
        var maximum = field.effectiveMaximum();
        return maximum != null && maximum > 1;
    }

    /** The form of a published (or draft) version; an empty form for null. */
    public RequestForm formOf(StandardVersionId version) {
        return version == null ? RequestForm.none() : forms.formOf(version);
    }

    /** The fields that are filled in, without the documents to attach. */
    public List<FormField> inputs(RequestForm form) {
        return form.fields().stream().filter(f -> f.kind() != FieldKind.DOCUMENT).toList();
    }

    public List<DocumentType> documentTypes(FormField field) {
        return field.documentTypes().stream().sorted().toList();
    }

    // jpg before jpeg before png: the order people know them by
    private static int extensionOrder(String a, String b) {
        return Integer.compare(List.of("pdf", "jpg", "jpeg", "png").indexOf(a), List.of("pdf", "jpg", "jpeg", "png").indexOf(b));
    }
}
