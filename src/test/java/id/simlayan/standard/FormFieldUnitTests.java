package id.simlayan.standard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The rules a request form definition must keep; a field or form that breaks one cannot be built. */
class FormFieldUnitTests {

    static final StandardVersionId VERSION = new StandardVersionId(UUID.randomUUID());

    static FormField field(String key, FieldKind kind, Long min, Long max, List<String> options, Set<DocumentType> types) {
        return new FormField(key, kind, "Label", null, null, null, true, min, max, options, List.of(), types);
    }

    static void refused(Runnable build, String field, String code) {
        assertThatThrownBy(build::run).isInstanceOfSatisfying(FormDefinitionRefused.class, e -> {
            assertThat(e.messageCode()).isEqualTo(code);
            assertThat(e.field()).isEqualTo(field);
        });
    }

    @ParameterizedTest
    @ValueSource(strings = {"lokasi", "nomor-surat", "a1", "x"})
    void aKeyIsLowerCaseLettersDigitsAndHyphensStartingWithALetter(String key) {
        assertThat(FormField.simple(key, FieldKind.SHORT_TEXT, "Lokasi", null, null, null, true).key()).isEqualTo(key);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "Lokasi", "1lokasi", "-lokasi", "nomor_surat", "nomor.surat", "nomor surat", "lokási"})
    void aBadKeyIsRefused(String key) {
        refused(() -> FormField.simple(key, FieldKind.SHORT_TEXT, "Lokasi", null, null, null, true), key, "standard.form.error.key");
    }

    @Test
    void aKeyHasAtMost40Characters() {
        assertThat(FormField.simple("k".repeat(40), FieldKind.SHORT_TEXT, "L", null, null, null, true).key()).hasSize(40);
        refused(() -> FormField.simple("k".repeat(41), FieldKind.SHORT_TEXT, "L", null, null, null, true), "k".repeat(41), "standard.form.error.key");
        refused(() -> FormField.simple(null, FieldKind.SHORT_TEXT, "L", null, null, null, true), null, "standard.form.error.key");
    }

    @Test
    void aFieldHasAKindAndALabel() {
        refused(() -> FormField.simple("lokasi", null, "Lokasi", null, null, null, true), "lokasi", "standard.form.error.kind");
        refused(() -> FormField.simple("lokasi", FieldKind.SHORT_TEXT, "  ", null, null, null, true), "lokasi", "standard.form.error.label");
        refused(() -> FormField.simple("lokasi", FieldKind.SHORT_TEXT, "L".repeat(201), null, null, null, true), "lokasi", "standard.form.error.label");
        refused(() -> FormField.simple("lokasi", FieldKind.SHORT_TEXT, "Lokasi", null, "h".repeat(1001), null, true), "lokasi",
                "standard.form.error.textTooLong");
    }

    @Test
    void aDuplicateKeyInAFormIsRefused() {
        var fields = List.of(FormField.simple("lokasi", FieldKind.SHORT_TEXT, "Lokasi", null, null, null, true),
                FormField.simple("kontak", FieldKind.PHONE, "Kontak", null, null, null, true),
                FormField.simple("lokasi", FieldKind.LONG_TEXT, "Lokasi lain", null, null, null, false));
        refused(() -> new RequestForm(VERSION, fields), "lokasi", "standard.form.error.duplicateKey");
        assertThat(new RequestForm(VERSION, fields.subList(0, 2)).fields()).hasSize(2);
    }

    @Test
    void aFormHasAtMost40Fields() {
        var fields = new ArrayList<FormField>();
        for (int i = 0; i < 40; i++) {
            fields.add(FormField.simple("f" + i, FieldKind.SHORT_TEXT, "Isian " + i, null, null, null, false));
        }
        assertThat(new RequestForm(VERSION, fields).fields()).hasSize(40);
        fields.add(FormField.simple("f40", FieldKind.SHORT_TEXT, "Isian 40", null, null, null, false));
        refused(() -> new RequestForm(VERSION, fields), null, "standard.form.error.tooManyFields");
    }

    @ParameterizedTest
    @EnumSource(value = FieldKind.class, names = {"CHOICE", "MULTI_CHOICE"})
    void aChoiceWithoutOptionsIsRefused(FieldKind kind) {
        refused(() -> field("aplikasi", kind, null, null, List.of(), Set.of()), "aplikasi", "standard.form.error.optionsRequired");
        refused(() -> field("aplikasi", kind, null, null, List.of(" ", ""), Set.of()), "aplikasi", "standard.form.error.optionsRequired");
        assertThat(field("aplikasi", kind, null, null, List.of(" e-Planning "), Set.of()).options()).containsExactly("e-Planning");
    }

    @Test
    void choiceOptionsAreDistinctAndTheirEnglishTwinsAsMany() {
        refused(() -> field("aplikasi", FieldKind.CHOICE, null, null, List.of("e-Planning", "e-Planning"), Set.of()), "aplikasi",
                "standard.form.error.optionsDuplicate");
        refused(() -> new FormField("aplikasi", FieldKind.CHOICE, "Aplikasi", null, null, null, true, null, null, List.of("Ya", "Tidak"),
                List.of("Yes"), Set.of()), "aplikasi", "standard.form.error.optionsEnCount");
        var field = new FormField("aplikasi", FieldKind.CHOICE, "Aplikasi", null, null, null, true, null, null, List.of("Ya", "Tidak"),
                List.of("Yes", "No"), Set.of());
        assertThat(field.options(Locale.ENGLISH)).containsExactly("Yes", "No");
        assertThat(field.options(Locale.of("id"))).containsExactly("Ya", "Tidak");
    }

    @Test
    void aChoiceHasAtMost50Options() {
        var options = new ArrayList<String>();
        for (int i = 0; i < 51; i++) {
            options.add("Pilihan " + i);
        }
        refused(() -> field("aplikasi", FieldKind.CHOICE, null, null, options, Set.of()), "aplikasi", "standard.form.error.optionsTooMany");
        assertThat(field("aplikasi", FieldKind.CHOICE, null, null, options.subList(0, 50), Set.of()).options()).hasSize(50);
    }

    @ParameterizedTest
    @EnumSource(value = FieldKind.class, names = {"CHOICE", "MULTI_CHOICE"}, mode = EnumSource.Mode.EXCLUDE)
    void optionsOnAnotherKindAreRefused(FieldKind kind) {
        var types = kind == FieldKind.DOCUMENT ? Set.of(DocumentType.PDF) : Set.<DocumentType>of();
        refused(() -> field("isian", kind, null, null, List.of("Ya"), types), "isian", "standard.form.error.optionsNotAllowed");
    }

    @Test
    void aDocumentNeedsATypeAndOnlyADocumentHasOne() {
        refused(() -> field("surat", FieldKind.DOCUMENT, null, null, List.of(), Set.of()), "surat", "standard.form.error.documentTypesRequired");
        refused(() -> field("surat", FieldKind.SHORT_TEXT, null, null, List.of(), Set.of(DocumentType.PDF)), "surat",
                "standard.form.error.documentTypesNotAllowed");
        assertThat(field("surat", FieldKind.DOCUMENT, null, null, List.of(), Set.of(DocumentType.PDF, DocumentType.IMAGE)).effectiveMaximum())
                .isEqualTo(1L);
    }

    @ParameterizedTest
    @EnumSource(value = FieldKind.class, names = {"DATE", "CHOICE", "UNIT", "NIK", "EMAIL", "PHONE", "LETTER"})
    void limitsOnAKindWithoutLimitsAreRefused(FieldKind kind) {
        var options = kind.hasOptions() ? List.of("Ya") : List.<String>of();
        refused(() -> field("isian", kind, 1L, null, options, Set.of()), "isian", "standard.form.error.limitsNotAllowed");
        refused(() -> field("isian", kind, null, 5L, options, Set.of()), "isian", "standard.form.error.limitsNotAllowed");
    }

    @ParameterizedTest
    @CsvSource({"SHORT_TEXT, 10, 5", "LONG_TEXT, 100, 99", "NUMBER, 0, -1", "MULTI_CHOICE, 2, 1", "DOCUMENT, 3, 2"})
    void aMinimumAboveTheMaximumIsRefused(FieldKind kind, long min, long max) {
        refused(() -> field("isian", kind, min, max, options(kind), types(kind)), "isian", "standard.form.error.limitsOrder");
    }

    @ParameterizedTest
    @CsvSource({"SHORT_TEXT, 201", "LONG_TEXT, 5001", "MULTI_CHOICE, 51", "DOCUMENT, 6"})
    void aMaximumAboveTheKindsCeilingIsRefused(FieldKind kind, long max) {
        refused(() -> field("isian", kind, null, max, options(kind), types(kind)), "isian", "standard.form.error.limitsRange");
        assertThat(field("isian", kind, null, max - 1, options(kind), types(kind)).effectiveMaximum()).isEqualTo(max - 1);
    }

    @ParameterizedTest
    @CsvSource({"SHORT_TEXT, -1, ", "SHORT_TEXT, , 0", "DOCUMENT, -1, ", "MULTI_CHOICE, , 0"})
    void aNegativeCountOrAZeroMaximumIsRefused(FieldKind kind, Long min, Long max) {
        refused(() -> field("isian", kind, min, max, options(kind), types(kind)), "isian", "standard.form.error.limitsRange");
    }

    @Test
    void numberLimitsMayBeNegativeAndLarge() {
        var field = field("jumlah", FieldKind.NUMBER, -1_000_000L, 10_000_000_000L, List.of(), Set.of());
        assertThat(field.minimum()).isEqualTo(-1_000_000L);
        assertThat(field.effectiveMaximum()).isEqualTo(10_000_000_000L);
    }

    @Test
    void textDefaultsAre200And5000() {
        assertThat(field("isian", FieldKind.SHORT_TEXT, null, null, List.of(), Set.of()).effectiveMaximum()).isEqualTo(200L);
        assertThat(field("isian", FieldKind.LONG_TEXT, null, null, List.of(), Set.of()).effectiveMaximum()).isEqualTo(5000L);
        assertThat(field("isian", FieldKind.NUMBER, null, null, List.of(), Set.of()).effectiveMaximum()).isNull();
    }

    private static List<String> options(FieldKind kind) {
        return kind.hasOptions() ? List.of("a", "b", "c") : List.of();
    }

    private static Set<DocumentType> types(FieldKind kind) {
        return kind == FieldKind.DOCUMENT ? Set.of(DocumentType.PDF) : Set.of();
    }
}
