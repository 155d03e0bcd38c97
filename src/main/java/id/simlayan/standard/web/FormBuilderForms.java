package id.simlayan.standard.web;

import id.simlayan.standard.DocumentType;
import id.simlayan.standard.FieldKind;
import id.simlayan.standard.FormField;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

/**
 * Form records of the request form builder. Bean Validation catches what a form alone can tell
 * (blank, too long, not a number); the rules between values (options for a choice, limits per
 * kind, unique keys) are {@link FormField}'s and {@link id.simlayan.standard.RequestForm}'s, so
 * they are written once.
 */
final class FormBuilderForms {

    private FormBuilderForms() {
    }

    /** One field as the admin types it: options one per line, document types as ticked. */
    record FieldForm(
            @NotBlank(message = "{standard.form.error.key}") @Size(max = 40, message = "{standard.form.error.key}") String key,
            @NotNull(message = "{standard.form.error.kind}") FieldKind kind,
            @NotBlank(message = "{standard.form.builder.labelRequired}") @Size(max = FormField.MAX_LABEL, message = "{standard.form.builder.labelRequired}") String label,
            @Size(max = FormField.MAX_LABEL, message = "{standard.form.builder.labelTooLong}") String labelEn,
            @Size(max = FormField.MAX_HELP, message = "{standard.form.builder.helpTooLong}") String help,
            @Size(max = FormField.MAX_HELP, message = "{standard.form.builder.helpTooLong}") String helpEn,
            Boolean required,
            Long minimum,
            Long maximum,
            @Size(max = 20_000, message = "{standard.form.builder.optionsTooLong}") String options,
            @Size(max = 20_000, message = "{standard.form.builder.optionsTooLong}") String optionsEn,
            Set<DocumentType> documentTypes) {

        static FieldForm empty() {
            return new FieldForm("", FieldKind.SHORT_TEXT, "", "", "", "", false, null, null, "", "", Set.of());
        }

        static FieldForm of(FormField f) {
            return new FieldForm(f.key(), f.kind(), f.label(), f.labelEn(), f.help(), f.helpEn(), f.required(), f.minimum(), f.maximum(),
                    String.join("\n", f.options()), String.join("\n", f.optionsEn()), f.documentTypes());
        }

        /** The field; throws {@link id.simlayan.standard.FormDefinitionRefused} when it breaks a rule. */
        FormField toField() {
            return new FormField(key == null ? null : key.strip(), kind, label, labelEn, help, helpEn, Boolean.TRUE.equals(required),
                    minimum, maximum, lines(options), lines(optionsEn), documentTypes == null ? Set.of() : documentTypes);
        }

        public boolean requiredTicked() {
            return Boolean.TRUE.equals(required);
        }

        public boolean accepts(DocumentType type) {
            return documentTypes != null && documentTypes.contains(type);
        }

        private static List<String> lines(String text) {
            return text == null ? List.of() : Arrays.stream(text.split("\r?\n")).filter(l -> !l.isBlank()).map(String::strip).toList();
        }
    }

    /** Up ({@code -1}) or down ({@code +1}) one place. */
    record MoveForm(@NotNull @Min(-1) @Max(1) Integer step) {
    }
}
