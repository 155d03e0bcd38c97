package id.simlayan.standard.internal;

import id.simlayan.identity.UnitId;
import id.simlayan.standard.DocumentType;
import id.simlayan.standard.FieldKind;
import id.simlayan.standard.FormAnswers;
import id.simlayan.standard.FormAnswers.Answer;
import id.simlayan.standard.FormCheck;
import id.simlayan.standard.FormCheck.Problem;
import id.simlayan.standard.FormField;
import id.simlayan.standard.FormInput;
import id.simlayan.standard.RequestForm;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.TreeSet;
import java.util.UUID;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The one check of a requester's input against a request form (see README.md, "Request forms",
 * for the rules per kind). Every field is checked, so all problems are reported at once; an
 * optional field left blank is no answer and is left out of the answers.
 */
final class FormValidator {

    static final String PREFIX = "standard.answer.";
    static final int MAX_EMAIL = 254;
    static final int MAX_LETTER_NUMBER = 100;

    private static final Pattern ISO_DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    private static final Pattern NUMBER = Pattern.compile("-?\\d{1,30}([.,]\\d{1,30})?");
    // digits with several separators ("1.234,5", "1,234.5", "1.234.567"): which one is the decimal cannot be told
    private static final Pattern SEPARATED = Pattern.compile("-?\\d+([.,]\\d+){2,}");
    // a lone separator before exactly three digits reads as thousands in Indonesian ("1.500") and as a decimal in English
    private static final Pattern THOUSANDS_LIKE = Pattern.compile("-?[1-9]\\d{0,2}[.,]\\d{3}");
    private static final Pattern EMAIL_LOCAL = Pattern.compile("[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+(\\.[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+)*");
    private static final Pattern EMAIL_LABEL = Pattern.compile("[A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?");
    private static final Pattern TOP_LEVEL = Pattern.compile("[A-Za-z]{2,63}|xn--[A-Za-z0-9-]{1,59}");
    private static final Pattern PHONE_SEPARATORS = Pattern.compile("[\\s\\-.()]");
    private static final Pattern NATIONAL_NUMBER = Pattern.compile("[1-9]\\d{8,12}");
    private static final int[] MAX_DAYS = {31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};

    private final Clock clock;
    private final ZoneId zone;
    private final Function<UnitId, Optional<String>> activeUnit;

    /**
     * @param clock      "today" for letter dates, read in {@code zone}
     * @param activeUnit the name of an active unit by id; empty for an unknown or inactive one
     */
    FormValidator(Clock clock, ZoneId zone, Function<UnitId, Optional<String>> activeUnit) {
        this.clock = clock;
        this.zone = zone;
        this.activeUnit = activeUnit;
    }

    FormCheck check(RequestForm form, FormInput input) {
        var answers = new ArrayList<Answer>();
        var problems = new LinkedHashMap<String, Problem>();
        for (var field : form.fields()) {
            switch (checkField(field, input)) {
                case Blank blank -> {
                    if (field.required()) {
                        problems.put(field.key(), problem(field.kind() == FieldKind.DOCUMENT ? "documentRequired" : "required"));
                    }
                }
                case Refused refused -> problems.put(field.key(), refused.problem());
                case Answered answered -> answers.add(new Answer(field.key(), field.kind(), field.label(), answered.values()));
            }
        }
        return problems.isEmpty() ? new FormCheck(new FormAnswers(form.versionId(), answers), problems) : new FormCheck(null, problems);
    }

    private sealed interface Outcome permits Blank, Refused, Answered {
    }

    private record Blank() implements Outcome {
    }

    private record Refused(Problem problem) implements Outcome {
    }

    private record Answered(List<String> values) implements Outcome {
    }

    private Outcome checkField(FormField field, FormInput input) {
        String key = field.key();
        return switch (field.kind()) {
            case SHORT_TEXT -> text(field, input.first(key), false);
            case LONG_TEXT -> text(field, input.first(key), true);
            case NUMBER -> orBlank(input.first(key), v -> number(field, v));
            case DATE -> orBlank(input.first(key), this::date);
            case CHOICE -> orBlank(input.first(key), v -> choice(field, v));
            case MULTI_CHOICE -> choices(field, input.all(key));
            case UNIT -> orBlank(input.first(key), this::unit);
            case NIK -> orBlank(input.first(key), FormValidator::nik);
            case EMAIL -> orBlank(input.first(key), FormValidator::email);
            case PHONE -> orBlank(input.first(key), FormValidator::phone);
            case LETTER -> letter(input.first(key + FormInput.LETTER_NUMBER), input.first(key + FormInput.LETTER_DATE));
            case DOCUMENT -> documents(field, input.documents(key));
        };
    }

    private static Outcome orBlank(String value, Function<String, Outcome> check) {
        return value == null ? new Blank() : check.apply(value);
    }

    private static Outcome text(FormField field, String value, boolean multiline) {
        if (value == null) {
            return new Blank();
        }
        // browsers send CRLF; a line break counts as one character
        String text = value.replace("\r\n", "\n").replace('\r', '\n');
        if (!multiline && text.indexOf('\n') >= 0) {
            return refused("lineBreak");
        }
        long length = text.codePointCount(0, text.length());
        if (field.minimum() != null && length < field.minimum()) {
            return refused("tooShort", field.minimum());
        }
        if (length > field.effectiveMaximum()) {
            return refused("tooLong", field.effectiveMaximum());
        }
        return answered(text);
    }

    private static Outcome number(FormField field, String value) {
        if (!NUMBER.matcher(value).matches()) {
            return refused(SEPARATED.matcher(value).matches() ? "numberAmbiguous" : "number");
        }
        if (THOUSANDS_LIKE.matcher(value).matches()) {
            return refused("numberAmbiguous");
        }
        var number = new BigDecimal(value.replace(',', '.'));
        if (field.minimum() != null && number.compareTo(BigDecimal.valueOf(field.minimum())) < 0) {
            return refused("numberMin", field.minimum());
        }
        if (field.maximum() != null && number.compareTo(BigDecimal.valueOf(field.maximum())) > 0) {
            return refused("numberMax", field.maximum());
        }
        return answered(number.toPlainString());
    }

    private Outcome date(String value) {
        return parseDate(value).<Outcome>map(d -> answered(d.toString())).orElseGet(() -> refused("date"));
    }

    private static Optional<LocalDate> parseDate(String value) {
        if (!ISO_DATE.matcher(value).matches()) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDate.parse(value));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    private static Outcome choice(FormField field, String value) {
        int index = optionIndex(field, value);
        return index < 0 ? refused("choice") : answered(field.options().get(index));
    }

    private static Outcome choices(FormField field, List<String> values) {
        if (values.isEmpty()) {
            return new Blank();
        }
        var ticked = new TreeSet<Integer>();
        for (var value : values) {
            int index = optionIndex(field, value);
            if (index < 0) {
                return refused("choice");
            }
            if (!ticked.add(index)) {
                return refused("choiceDuplicate");
            }
        }
        if (field.minimum() != null && ticked.size() < field.minimum()) {
            return refused("choicesTooFew", field.minimum());
        }
        if (field.maximum() != null && ticked.size() > field.maximum()) {
            return refused("choicesTooMany", field.maximum());
        }
        return new Answered(ticked.stream().map(field.options()::get).toList());
    }

    /** The option's place, matched on the Indonesian text first, then on its English twin (for a form shown in English). */
    private static int optionIndex(FormField field, String value) {
        int index = field.options().indexOf(value);
        return index >= 0 ? index : field.optionsEn().indexOf(value);
    }

    private Outcome unit(String value) {
        UUID id;
        try {
            id = UUID.fromString(value);
        } catch (IllegalArgumentException e) {
            return refused("unit");
        }
        return activeUnit.apply(new UnitId(id)).isPresent() ? answered(id.toString()) : refused("unit");
    }

    /**
     * After shared/domain-id.md §7: 16 digits, the birth day (women +40) possible in the birth
     * month, the sequence not 0000. The province code is not checked: the notes ask for a warning
     * only (newer and legacy codes exist) and a check has no warnings.
     */
    private static Outcome nik(String value) {
        String nik = value.replaceAll("\\s", "");
        if (!nik.matches("\\d{16}")) {
            return refused("nik");
        }
        int day = Integer.parseInt(nik.substring(6, 8));
        int month = Integer.parseInt(nik.substring(8, 10));
        if (day > 40) {
            day -= 40;
        }
        if (month < 1 || month > 12 || day < 1 || day > MAX_DAYS[month - 1]) {
            return refused("nikDate");
        }
        if (nik.endsWith("0000")) {
            return refused("nikSequence");
        }
        return answered(nik);
    }

    private static Outcome email(String value) {
        if (value.length() > MAX_EMAIL) {
            return refused("emailTooLong", MAX_EMAIL);
        }
        int at = value.lastIndexOf('@');
        if (at <= 0 || at == value.length() - 1) {
            return refused("email");
        }
        String local = value.substring(0, at);
        String[] labels = value.substring(at + 1).split("\\.", -1);
        boolean valid = local.length() <= 64 && EMAIL_LOCAL.matcher(local).matches() && labels.length >= 2
                && Arrays.stream(labels).allMatch(l -> EMAIL_LABEL.matcher(l).matches())
                && TOP_LEVEL.matcher(labels[labels.length - 1]).matches();
        return valid ? answered(value.toLowerCase(Locale.ROOT)) : refused("email");
    }

    /** 08…, +62… or 62… with spaces, dashes, dots or brackets; stored as +62 and 9 to 13 digits. */
    private static Outcome phone(String value) {
        String s = PHONE_SEPARATORS.matcher(value).replaceAll("");
        String national;
        if (s.startsWith("+62")) {
            national = s.substring(3);
        } else if (s.startsWith("62")) {
            national = s.substring(2);
        } else if (s.startsWith("0")) {
            national = s.substring(1);
        } else {
            return refused("phone");
        }
        return NATIONAL_NUMBER.matcher(national).matches() ? answered("+62" + national) : refused("phone");
    }

    private Outcome letter(String number, String date) {
        if (number == null && date == null) {
            return new Blank();
        }
        if (number == null || date == null) {
            return refused("letterIncomplete");
        }
        if (number.indexOf('\n') >= 0 || number.indexOf('\r') >= 0) {
            return refused("lineBreak");
        }
        if (number.codePointCount(0, number.length()) > MAX_LETTER_NUMBER) {
            return refused("letterNumberTooLong", MAX_LETTER_NUMBER);
        }
        var parsed = parseDate(date);
        if (parsed.isEmpty()) {
            return refused("date");
        }
        if (parsed.get().isAfter(LocalDate.ofInstant(clock.instant(), zone))) {
            return refused("letterDateFuture");
        }
        return new Answered(List.of(number, parsed.get().toString()));
    }

    private static Outcome documents(FormField field, List<FormInput.Upload> uploads) {
        // a file input left empty arrives as a part without name and bytes
        var given = uploads.stream().filter(u -> u != null && !(isBlank(u.fileName()) && u.size() == 0)).toList();
        if (given.isEmpty()) {
            return new Blank();
        }
        long least = field.minimum() == null ? 1 : Math.max(1, field.minimum());
        if (given.size() < least) {
            return refused("documentsTooFew", least);
        }
        if (given.size() > field.effectiveMaximum()) {
            return refused("documentsTooMany", field.effectiveMaximum());
        }
        for (var upload : given) {
            String name = isBlank(upload.fileName()) ? "" : upload.fileName().strip();
            if (field.documentTypes().stream().noneMatch(t -> t.fits(name))) {
                return refused("documentType", name, allowedExtensions(field));
            }
            if (upload.size() <= 0) {
                return refused("documentEmpty", name);
            }
        }
        return new Answered(List.of());
    }

    private static String allowedExtensions(FormField field) {
        return field.documentTypes().stream().sorted().map(DocumentType::extensions)
                .flatMap(e -> e.stream().sorted()).map(e -> e.toUpperCase(Locale.ROOT)).collect(Collectors.joining(", "));
    }

    private static boolean isBlank(String s) {
        return s == null || s.isBlank();
    }

    private static Answered answered(String value) {
        return new Answered(List.of(value));
    }

    private static Refused refused(String problem, Object... arguments) {
        return new Refused(problem(problem, arguments));
    }

    private static Problem problem(String problem, Object... arguments) {
        return new Problem(PREFIX + problem, List.of(arguments));
    }
}
