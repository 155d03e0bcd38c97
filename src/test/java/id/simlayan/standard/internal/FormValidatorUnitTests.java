package id.simlayan.standard.internal;

import static org.assertj.core.api.Assertions.assertThat;

import id.simlayan.identity.UnitId;
import id.simlayan.standard.DocumentType;
import id.simlayan.standard.FieldKind;
import id.simlayan.standard.FormAnswers.Answer;
import id.simlayan.standard.FormCheck;
import id.simlayan.standard.FormField;
import id.simlayan.standard.FormInput;
import id.simlayan.standard.FormInput.Upload;
import id.simlayan.standard.RequestForm;
import id.simlayan.standard.StandardVersionId;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Answers checked against each kind of field: valid, missing, out of limits, of the wrong type, and how values are normalised. */
class FormValidatorUnitTests {

    static final ZoneId WIB = ZoneId.of("Asia/Jakarta");
    // 2026-03-10 00:30 WIB is still 2026-03-09 in UTC: "today" must be read in the instance zone
    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-09T17:30:00Z"), ZoneOffset.UTC);
    static final UnitId ACTIVE = new UnitId(UUID.fromString("00000000-0000-0000-0000-00000000000a"));
    static final UnitId INACTIVE = new UnitId(UUID.fromString("00000000-0000-0000-0000-00000000000b"));
    static final StandardVersionId VERSION = new StandardVersionId(UUID.fromString("00000000-0000-0000-0000-0000000000f1"));

    final FormValidator validator = new FormValidator(CLOCK, WIB, id -> id.equals(ACTIVE) ? Optional.of("Dinas Kominfo") : Optional.empty());

    // ---- helpers ----

    static FormField field(FieldKind kind, boolean required) {
        return FormField.simple("isian", kind, "Isian", null, null, null, required);
    }

    static FormField limited(FieldKind kind, boolean required, Long min, Long max) {
        return new FormField("isian", kind, "Isian", null, null, null, required, min, max, List.of(), List.of(), Set.of());
    }

    static FormField choice(FieldKind kind, boolean required, Long min, Long max) {
        return new FormField("isian", kind, "Aplikasi", "Application", null, null, required, min, max,
                List.of("e-Planning", "e-Budgeting", "Lainnya"), List.of("e-Planning", "e-Budgeting", "Other"), Set.of());
    }

    static FormField document(boolean required, Long max, DocumentType... types) {
        return new FormField("isian", FieldKind.DOCUMENT, "Surat", null, null, null, required, null, max, List.of(), List.of(), Set.of(types));
    }

    FormCheck check(FormField field, String... values) {
        return validator.check(new RequestForm(VERSION, List.of(field)), new FormInput(Map.of(field.key(), Arrays.asList(values)), Map.of()));
    }

    FormCheck checkInput(FormField field, Map<String, List<String>> values) {
        return validator.check(new RequestForm(VERSION, List.of(field)), new FormInput(values, Map.of()));
    }

    FormCheck checkFiles(FormField field, Upload... uploads) {
        return validator.check(new RequestForm(VERSION, List.of(field)), new FormInput(Map.of(), Map.of(field.key(), List.of(uploads))));
    }

    static List<String> values(FormCheck check) {
        assertThat(check.problems()).as("problems").isEmpty();
        return check.answers().answer("isian").orElseThrow().values();
    }

    static String value(FormCheck check) {
        return values(check).getFirst();
    }

    static void refused(FormCheck check, String problem, Object... arguments) {
        assertThat(check.passed()).isFalse();
        assertThat(check.answers()).isNull();
        assertThat(check.problems()).containsOnlyKeys("isian");
        assertThat(check.problems().get("isian").messageCode()).isEqualTo("standard.answer." + problem);
        assertThat(check.problems().get("isian").arguments()).containsExactly(arguments);
    }

    // ---- required and optional, for every kind ----

    @ParameterizedTest
    @ValueSource(strings = {"SHORT_TEXT", "LONG_TEXT", "NUMBER", "DATE", "UNIT", "NIK", "EMAIL", "PHONE", "LETTER"})
    void aRequiredFieldLeftBlankIsRefused(FieldKind kind) {
        refused(check(field(kind, true), "   "), "required");
        refused(checkInput(field(kind, true), Map.of()), "required");
    }

    @ParameterizedTest
    @ValueSource(strings = {"CHOICE", "MULTI_CHOICE"})
    void aRequiredChoiceLeftBlankIsRefused(FieldKind kind) {
        refused(check(choice(kind, true, null, null)), "required");
    }

    @Test
    void aRequiredDocumentNotUploadedIsRefused() {
        refused(checkFiles(document(true, null, DocumentType.PDF)), "documentRequired");
        // an empty file input arrives as a part without name and bytes
        refused(checkFiles(document(true, null, DocumentType.PDF), new Upload("", 0)), "documentRequired");
    }

    @ParameterizedTest
    @ValueSource(strings = {"SHORT_TEXT", "LONG_TEXT", "NUMBER", "DATE", "UNIT", "NIK", "EMAIL", "PHONE", "LETTER"})
    void anOptionalFieldLeftBlankIsNoAnswer(FieldKind kind) {
        var check = check(field(kind, false), "");
        assertThat(check.passed()).isTrue();
        assertThat(check.answers().answers()).isEmpty();
        assertThat(check.answers().versionId()).isEqualTo(VERSION);
    }

    @Test
    void optionalChoicesAndDocumentsLeftBlankAreNoAnswer() {
        assertThat(check(choice(FieldKind.CHOICE, false, null, null)).answers().answers()).isEmpty();
        assertThat(check(choice(FieldKind.MULTI_CHOICE, false, 1L, 2L)).answers().answers()).isEmpty();
        assertThat(checkFiles(document(false, null, DocumentType.PDF)).answers().answers()).isEmpty();
    }

    @Test
    void answersFollowTheFormsOrderWithTheLabelAndIgnoreUnknownKeys() {
        var form = new RequestForm(VERSION, List.of(
                FormField.simple("lokasi", FieldKind.SHORT_TEXT, "Lokasi", "Location", null, null, true),
                FormField.simple("catatan", FieldKind.LONG_TEXT, "Catatan", null, null, null, false),
                FormField.simple("kontak", FieldKind.PHONE, "Kontak", null, null, null, true)));
        var check = validator.check(form, new FormInput(Map.of("kontak", List.of("0812-3456-7890"), "lokasi", List.of(" Ruang server "),
                "bukan-isian", List.of("x"), "catatan", List.of("")), Map.of()));

        assertThat(check.answers().answers()).containsExactly(
                new Answer("lokasi", FieldKind.SHORT_TEXT, "Lokasi", List.of("Ruang server")),
                new Answer("kontak", FieldKind.PHONE, "Kontak", List.of("+6281234567890")));
    }

    @Test
    void everyFailingFieldIsReportedAtOnce() {
        var form = new RequestForm(VERSION, List.of(
                FormField.simple("lokasi", FieldKind.SHORT_TEXT, "Lokasi", null, null, null, true),
                FormField.simple("email", FieldKind.EMAIL, "E-mail", null, null, null, true),
                FormField.simple("kontak", FieldKind.PHONE, "Kontak", null, null, null, false)));
        var check = validator.check(form, new FormInput(Map.of("email", List.of("bukan-email"), "kontak", List.of("0812-3456-7890")), Map.of()));

        assertThat(check.problems()).containsOnlyKeys("lokasi", "email");
        assertThat(check.answers()).isNull();
    }

    // ---- SHORT_TEXT, LONG_TEXT ----

    @Test
    void shortTextIsTrimmedAndKeptWithinItsDefaultLength() {
        assertThat(value(check(field(FieldKind.SHORT_TEXT, true), "  Gedung A lantai 2  "))).isEqualTo("Gedung A lantai 2");
        assertThat(value(check(field(FieldKind.SHORT_TEXT, true), "a".repeat(200)))).hasSize(200);
        refused(check(field(FieldKind.SHORT_TEXT, true), "a".repeat(201)), "tooLong", 200L);
    }

    @ParameterizedTest
    @ValueSource(strings = {"baris satu\nbaris dua", "baris satu\r\nbaris dua", "baris satu\rbaris dua"})
    void shortTextRefusesLineBreaks(String value) {
        refused(check(field(FieldKind.SHORT_TEXT, true), value), "lineBreak");
    }

    @Test
    void textLimitsOfTheFieldApply() {
        var field = limited(FieldKind.SHORT_TEXT, true, 5L, 10L);
        refused(check(field, "abcd"), "tooShort", 5L);
        assertThat(value(check(field, "abcde"))).isEqualTo("abcde");
        refused(check(field, "abcdefghijk"), "tooLong", 10L);
    }

    @Test
    void longTextKeepsLineBreaksCountingACrLfAsOneCharacter() {
        assertThat(value(check(field(FieldKind.LONG_TEXT, true), "satu\r\ndua"))).isEqualTo("satu\ndua");
        var field = limited(FieldKind.LONG_TEXT, true, null, 5L);
        assertThat(value(check(field, "ab\r\ncd"))).isEqualTo("ab\ncd");
        refused(check(field, "ab\r\ncde"), "tooLong", 5L);
    }

    @Test
    void longTextHasADefaultMaximumOf5000() {
        assertThat(value(check(field(FieldKind.LONG_TEXT, true), "a".repeat(5000)))).hasSize(5000);
        refused(check(field(FieldKind.LONG_TEXT, true), "a".repeat(5001)), "tooLong", 5000L);
    }

    // ---- NUMBER ----

    @ParameterizedTest
    @CsvSource({"12, 12", "'12,5', 12.5", "12.5, 12.5", "-3, -3", "' 007 ', 7", "'0,125', 0.125", "1234.567, 1234.567"})
    void numbersAreStoredWithAPoint(String input, String stored) {
        assertThat(value(check(field(FieldKind.NUMBER, true), input))).isEqualTo(stored);
    }

    @ParameterizedTest
    @ValueSource(strings = {"12a", "abc", "1e5", "+3", "12,", ",5", "12 000", "Rp 10"})
    void somethingOtherThanANumberIsRefused(String input) {
        refused(check(field(FieldKind.NUMBER, true), input), "number");
    }

    @ParameterizedTest
    @ValueSource(strings = {"1.234,5", "1,234.5", "1.234.567", "1.500", "12,500"})
    void aNumberWhoseDecimalSeparatorCannotBeToldIsRefused(String input) {
        refused(check(field(FieldKind.NUMBER, true), input), "numberAmbiguous");
    }

    @Test
    void numberLimitsAreValues() {
        var field = limited(FieldKind.NUMBER, true, -5L, 100L);
        refused(check(field, "-5,5"), "numberMin", -5L);
        assertThat(value(check(field, "-5"))).isEqualTo("-5");
        assertThat(value(check(field, "100"))).isEqualTo("100");
        refused(check(field, "100,1"), "numberMax", 100L);
    }

    // ---- DATE ----

    @Test
    void aDateIsTheIsoFormOfADateInput() {
        assertThat(value(check(field(FieldKind.DATE, true), "2024-02-29"))).isEqualTo("2024-02-29");
    }

    @ParameterizedTest
    @ValueSource(strings = {"29-02-2024", "2024/02/29", "2023-02-29", "2024-13-01", "2024-2-9", "besok", "+12024-01-01"})
    void otherDatesAreRefused(String input) {
        refused(check(field(FieldKind.DATE, true), input), "date");
    }

    // ---- CHOICE, MULTI_CHOICE ----

    @Test
    void aChoiceIsOneOfTheOptionsStoredInIndonesian() {
        assertThat(value(check(choice(FieldKind.CHOICE, true, null, null), "e-Budgeting"))).isEqualTo("e-Budgeting");
        assertThat(value(check(choice(FieldKind.CHOICE, true, null, null), "Other"))).isEqualTo("Lainnya");
        refused(check(choice(FieldKind.CHOICE, true, null, null), "e-Sakti"), "choice");
        refused(check(choice(FieldKind.CHOICE, true, null, null), "e-planning"), "choice");
    }

    @Test
    void severalChoicesAreStoredInTheFormsOrder() {
        assertThat(values(check(choice(FieldKind.MULTI_CHOICE, true, null, null), "Lainnya", "e-Planning")))
                .containsExactly("e-Planning", "Lainnya");
    }

    @Test
    void severalChoicesMustBeOptionsTickedOnceWithinTheCount() {
        var field = choice(FieldKind.MULTI_CHOICE, true, 2L, 2L);
        refused(check(field, "e-Planning", "e-Sakti"), "choice");
        refused(check(field, "e-Planning", "e-Planning"), "choiceDuplicate");
        refused(check(field, "e-Planning", "Other", "Lainnya"), "choiceDuplicate");
        refused(check(field, "e-Planning"), "choicesTooFew", 2L);
        refused(check(field, "e-Planning", "e-Budgeting", "Lainnya"), "choicesTooMany", 2L);
        assertThat(values(check(field, "e-Budgeting", "e-Planning"))).containsExactly("e-Planning", "e-Budgeting");
    }

    // ---- UNIT ----

    @Test
    void aUnitIsTheIdOfAnActiveUnit() {
        assertThat(value(check(field(FieldKind.UNIT, true), ACTIVE.value().toString().toUpperCase()))).isEqualTo(ACTIVE.value().toString());
        refused(check(field(FieldKind.UNIT, true), INACTIVE.value().toString()), "unit");
        refused(check(field(FieldKind.UNIT, true), "Dinas Kominfo"), "unit");
    }

    // ---- NIK ----

    @ParameterizedTest
    @CsvSource({"3375011205900001, 3375011205900001", "'3375 0152 0590 0001', 3375015205900001", "'  3375012902000012 ', 3375012902000012",
            // province codes are not checked (shared/domain-id.md: a warning at most)
            "9975011205900001, 9975011205900001"})
    void aNikIsSixteenDigitsWithoutSpaces(String input, String stored) {
        assertThat(value(check(field(FieldKind.NIK, true), input))).isEqualTo(stored);
    }

    @ParameterizedTest
    @ValueSource(strings = {"337501120590001", "33750112059000011", "3375-0112-0590-0001", "337501120590000A"})
    void aNikThatIsNotSixteenDigitsIsRefused(String input) {
        refused(check(field(FieldKind.NIK, true), input), "nik");
    }

    @ParameterizedTest
    @ValueSource(strings = {"3375010005900001", "3375013205900001", "3375014005900001", "3375017205900001", "3375013102900001",
            "3375013013900001", "3375011200900001", "3375013002900001"})
    void aNikWithAnImpossibleBirthDateIsRefused(String input) {
        refused(check(field(FieldKind.NIK, true), input), "nikDate");
    }

    @Test
    void aNikEndingInSequence0000IsRefused() {
        refused(check(field(FieldKind.NIK, true), "3375011205900000"), "nikSequence");
    }

    // ---- EMAIL ----

    @ParameterizedTest
    @CsvSource({"Budi.Santoso@Pekalongankota.go.id, budi.santoso@pekalongankota.go.id", "' servicedesk@jatengprov.go.id ', servicedesk@jatengprov.go.id",
            "a+tiket@x-y.co.id, a+tiket@x-y.co.id"})
    void anEmailAddressIsStoredInLowerCase(String input, String stored) {
        assertThat(value(check(field(FieldKind.EMAIL, true), input))).isEqualTo(stored);
    }

    @ParameterizedTest
    @ValueSource(strings = {"budi", "budi@", "@pekalongankota.go.id", "budi@localhost", "budi@@x.id", "budi@x..id", ".budi@x.id", "bu..di@x.id",
            "budi santoso@x.id", "a@x.id, b@x.id", "a@x.id;b@x.id", "Budi <budi@x.id>", "budi@-x.id", "budi@x.1"})
    void somethingOtherThanOneAddressIsRefused(String input) {
        refused(check(field(FieldKind.EMAIL, true), input), "email");
    }

    @Test
    void anEmailAddressHasAtMost254Characters() {
        String domain = "@" + "a".repeat(60) + "." + "b".repeat(60) + "." + "c".repeat(60) + "." + "d".repeat(60) + ".id";
        String fits = "x".repeat(254 - domain.length()) + domain;
        assertThat(value(check(field(FieldKind.EMAIL, true), fits))).hasSize(254);
        refused(check(field(FieldKind.EMAIL, true), "x" + fits), "emailTooLong", 254);
    }

    // ---- PHONE ----

    @ParameterizedTest
    @CsvSource({"0812 3456 7890, +6281234567890", "+62 812-3456-7890, +6281234567890", "6281234567890, +6281234567890",
            "(0285) 421243, +62285421243", "0851.7964.7855, +6285179647855", "+62 8123456789012, +628123456789012"})
    void anIndonesianPhoneNumberIsStoredWithPlus62(String input, String stored) {
        assertThat(value(check(field(FieldKind.PHONE, true), input))).isEqualTo(stored);
    }

    @ParameterizedTest
    @ValueSource(strings = {"0812 3456", "+62 81234567890123", "+1 202 555 0100", "812 3456 7890", "+62 0812 3456 7890", "0812-3456-789a", "telepon"})
    void otherPhoneNumbersAreRefused(String input) {
        refused(check(field(FieldKind.PHONE, true), input), "phone");
    }

    // ---- LETTER ----

    static Map<String, List<String>> letter(String number, String date) {
        var values = new java.util.HashMap<String, List<String>>();
        values.put("isian.number", number == null ? List.of() : List.of(number));
        values.put("isian.date", date == null ? List.of() : List.of(date));
        return values;
    }

    @Test
    void aLetterIsItsNumberThenItsDate() {
        var check = checkInput(field(FieldKind.LETTER, true), letter(" 005/123/2026 ", "2026-03-10"));
        assertThat(values(check)).containsExactly("005/123/2026", "2026-03-10");
        assertThat(check.answers().answer("isian").orElseThrow().letterNumber()).isEqualTo("005/123/2026");
    }

    @ParameterizedTest
    @ValueSource(booleans = {true, false})
    void aHalfFilledLetterIsRefusedWhetherRequiredOrNot(boolean required) {
        refused(checkInput(field(FieldKind.LETTER, required), letter("005/123/2026", null)), "letterIncomplete");
        refused(checkInput(field(FieldKind.LETTER, required), letter(null, "2026-03-01")), "letterIncomplete");
    }

    @Test
    void aLetterIsNotDatedAfterTodayInTheInstanceZone() {
        // today is 2026-03-10 in WIB although the clock's instant is still 2026-03-09 in UTC
        assertThat(values(checkInput(field(FieldKind.LETTER, true), letter("1", "2026-03-10")))).containsExactly("1", "2026-03-10");
        refused(checkInput(field(FieldKind.LETTER, true), letter("1", "2026-03-11")), "letterDateFuture");
    }

    @Test
    void aLetterNumberHasAtMost100CharactersOnOneLineAndItsDateIsIso() {
        assertThat(value(checkInput(field(FieldKind.LETTER, true), letter("n".repeat(100), "2026-01-01")))).hasSize(100);
        refused(checkInput(field(FieldKind.LETTER, true), letter("n".repeat(101), "2026-01-01")), "letterNumberTooLong", 100);
        refused(checkInput(field(FieldKind.LETTER, true), letter("005\n123", "2026-01-01")), "lineBreak");
        refused(checkInput(field(FieldKind.LETTER, true), letter("005/123", "01-03-2026")), "date");
    }

    // ---- DOCUMENT ----

    @Test
    void aDocumentOfAnAllowedTypeIsAnAnswerWithoutValues() {
        var check = checkFiles(document(true, null, DocumentType.PDF, DocumentType.IMAGE), new Upload("Surat Gangguan.PDF", 12_345));
        assertThat(values(check)).isEmpty();
        assertThat(check.answers().answer("isian").orElseThrow().kind()).isEqualTo(FieldKind.DOCUMENT);
        assertThat(values(checkFiles(document(true, null, DocumentType.IMAGE), new Upload("scan.jpeg", 1)))).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"surat.docx", "surat", "surat.pdf.exe", "pdf", ".jpg.txt"})
    void aDocumentOfAnotherTypeIsRefused(String name) {
        refused(checkFiles(document(true, null, DocumentType.PDF, DocumentType.IMAGE), new Upload(name, 10)), "documentType", name,
                "PDF, JPEG, JPG, PNG");
    }

    @Test
    void documentCountIsWithinTheFieldsMaximum() {
        refused(checkFiles(document(true, null, DocumentType.PDF), new Upload("a.pdf", 1), new Upload("b.pdf", 1)), "documentsTooMany", 1L);
        var three = document(false, 3L, DocumentType.PDF);
        assertThat(checkFiles(three, new Upload("a.pdf", 1), new Upload("b.pdf", 1), new Upload("c.pdf", 1)).passed()).isTrue();
        refused(checkFiles(three, new Upload("a.pdf", 1), new Upload("b.pdf", 1), new Upload("c.pdf", 1), new Upload("d.pdf", 1)),
                "documentsTooMany", 3L);
    }

    @Test
    void documentMinimumApplies() {
        var field = new FormField("isian", FieldKind.DOCUMENT, "Foto", null, null, null, true, 2L, 3L, List.of(), List.of(), Set.of(DocumentType.IMAGE));
        refused(checkFiles(field, new Upload("a.png", 1)), "documentsTooFew", 2L);
        assertThat(checkFiles(field, new Upload("a.png", 1), new Upload("b.png", 1)).passed()).isTrue();
    }

    @Test
    void anEmptyFileIsRefused() {
        refused(checkFiles(document(true, null, DocumentType.PDF), new Upload("surat.pdf", 0)), "documentEmpty", "surat.pdf");
    }

    @Test
    void checkedAnswersKeepTheLabelOfTheFieldWhenAnswered() {
        var fields = new ArrayList<FormField>();
        fields.add(FormField.simple("tanggal", FieldKind.DATE, "Tanggal kejadian", "Date of the incident", null, null, true));
        var check = validator.check(new RequestForm(VERSION, fields), new FormInput(Map.of("tanggal", List.of("2026-03-01")), Map.of()));
        assertThat(check.answers().answer("tanggal").orElseThrow().label()).isEqualTo("Tanggal kejadian");
        assertThat(check.answers().answer("tanggal").orElseThrow().date()).hasToString("2026-03-01");
    }
}
