package id.simlayan.standard;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * One field of a service's request form. A field that breaks a rule cannot be constructed
 * ({@link FormDefinitionRefused}), so a stored form is valid by construction.
 *
 * @param key           stable name of the answer, {@code [a-z][a-z0-9-]*}, at most 40 characters, unique in its form
 * @param labelEn       English label; null falls back to {@code label}
 * @param help          help text under the field (plain text), may be null
 * @param minimum       per kind (see {@link FieldKind}); null for none
 * @param maximum       per kind (see {@link FieldKind}); null for the kind's default
 * @param options       the choices of CHOICE and MULTI_CHOICE (at least one, distinct); empty otherwise
 * @param optionsEn     English choices in the same order, or empty to show {@code options}
 * @param documentTypes what a DOCUMENT may be (at least one); empty otherwise
 */
public record FormField(String key, FieldKind kind, String label, String labelEn, String help, String helpEn, boolean required,
                        Long minimum, Long maximum, List<String> options, List<String> optionsEn, Set<DocumentType> documentTypes) {

    public static final Pattern KEY = Pattern.compile("[a-z][a-z0-9-]{0,39}");
    public static final int MAX_LABEL = 200;
    public static final int MAX_HELP = 1_000;
    public static final int MAX_OPTIONS = 50;
    public static final int MAX_OPTION = 200;
    public static final int MAX_SHORT_TEXT = 200;
    public static final int MAX_LONG_TEXT = 5_000;
    public static final int MAX_DOCUMENTS = 5;

    public FormField {
        if (key == null || !KEY.matcher(key).matches()) {
            throw new FormDefinitionRefused(key, "standard.form.error.key");
        }
        if (kind == null) {
            throw new FormDefinitionRefused(key, "standard.form.error.kind");
        }
        label = strip(label);
        if (label == null || label.length() > MAX_LABEL) {
            throw new FormDefinitionRefused(key, "standard.form.error.label", MAX_LABEL);
        }
        labelEn = strip(labelEn);
        help = strip(help);
        helpEn = strip(helpEn);
        if ((labelEn != null && labelEn.length() > MAX_LABEL) || (help != null && help.length() > MAX_HELP)
                || (helpEn != null && helpEn.length() > MAX_HELP)) {
            throw new FormDefinitionRefused(key, "standard.form.error.textTooLong");
        }
        options = cleaned(options);
        optionsEn = cleaned(optionsEn);
        documentTypes = documentTypes == null ? Set.of() : Set.copyOf(documentTypes);
        checkOptions(key, kind, options, optionsEn);
        checkDocumentTypes(key, kind, documentTypes);
        checkLimits(key, kind, minimum, maximum);
    }

    /** A field without limits, options or document types, for the simple kinds. */
    public static FormField simple(String key, FieldKind kind, String label, String labelEn, String help, String helpEn, boolean required) {
        return new FormField(key, kind, label, labelEn, help, helpEn, required, null, null, List.of(), List.of(), Set.of());
    }

    public String label(Locale locale) {
        return english(locale) && labelEn != null ? labelEn : label;
    }

    public String help(Locale locale) {
        return english(locale) && helpEn != null ? helpEn : help;
    }

    /** The choices as shown in that language; the stored answer is always the Indonesian option. */
    public List<String> options(Locale locale) {
        return english(locale) && !optionsEn.isEmpty() ? optionsEn : options;
    }

    /** The upper limit in force: the given maximum or the kind's default; null when the kind has none. */
    public Long effectiveMaximum() {
        if (maximum != null) {
            return maximum;
        }
        return switch (kind) {
            case SHORT_TEXT -> (long) MAX_SHORT_TEXT;
            case LONG_TEXT -> (long) MAX_LONG_TEXT;
            case DOCUMENT -> 1L;
            default -> null;
        };
    }

    private static boolean english(Locale locale) {
        return locale != null && "en".equals(locale.getLanguage());
    }

    private static void checkOptions(String key, FieldKind kind, List<String> options, List<String> optionsEn) {
        if (!kind.hasOptions()) {
            if (!options.isEmpty() || !optionsEn.isEmpty()) {
                throw new FormDefinitionRefused(key, "standard.form.error.optionsNotAllowed");
            }
            return;
        }
        if (options.isEmpty()) {
            throw new FormDefinitionRefused(key, "standard.form.error.optionsRequired");
        }
        if (options.size() > MAX_OPTIONS || options.stream().anyMatch(o -> o.length() > MAX_OPTION)
                || optionsEn.stream().anyMatch(o -> o.length() > MAX_OPTION)) {
            throw new FormDefinitionRefused(key, "standard.form.error.optionsTooMany", MAX_OPTIONS, MAX_OPTION);
        }
        if (new HashSet<>(options).size() != options.size()) {
            throw new FormDefinitionRefused(key, "standard.form.error.optionsDuplicate");
        }
        if (!optionsEn.isEmpty() && optionsEn.size() != options.size()) {
            throw new FormDefinitionRefused(key, "standard.form.error.optionsEnCount");
        }
    }

    private static void checkDocumentTypes(String key, FieldKind kind, Set<DocumentType> types) {
        if (kind == FieldKind.DOCUMENT ? types.isEmpty() : !types.isEmpty()) {
            throw new FormDefinitionRefused(key, kind == FieldKind.DOCUMENT ? "standard.form.error.documentTypesRequired"
                    : "standard.form.error.documentTypesNotAllowed");
        }
    }

    private static void checkLimits(String key, FieldKind kind, Long minimum, Long maximum) {
        if (minimum == null && maximum == null) {
            return;
        }
        if (!kind.hasLimits()) {
            throw new FormDefinitionRefused(key, "standard.form.error.limitsNotAllowed");
        }
        if (minimum != null && maximum != null && minimum > maximum) {
            throw new FormDefinitionRefused(key, "standard.form.error.limitsOrder");
        }
        long ceiling = switch (kind) {
            case SHORT_TEXT -> MAX_SHORT_TEXT;
            case LONG_TEXT -> MAX_LONG_TEXT;
            case MULTI_CHOICE -> MAX_OPTIONS;
            case DOCUMENT -> MAX_DOCUMENTS;
            default -> Long.MAX_VALUE;
        };
        boolean countLike = kind != FieldKind.NUMBER;
        if (countLike && ((minimum != null && (minimum < 0 || minimum > ceiling)) || (maximum != null && (maximum < 1 || maximum > ceiling)))) {
            throw new FormDefinitionRefused(key, "standard.form.error.limitsRange", ceiling);
        }
    }

    private static String strip(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    private static List<String> cleaned(List<String> values) {
        return values == null ? List.of() : values.stream().filter(v -> v != null && !v.isBlank()).map(String::strip).toList();
    }
}
