package id.simlayan.standard;

import id.simlayan.identity.UnitId;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Answers that passed {@link RequestForms#check}: one per answered field, in the form's order,
 * normalised (trimmed text, e-mail in lower case, phone as +62…, NIK digits only, number with a
 * point, dates ISO, a unit by id). Kept with the version whose form they answer. A DOCUMENT
 * answer has no values: its files are kept by whoever stores the answers.
 */
public record FormAnswers(StandardVersionId versionId, List<Answer> answers) {

    public FormAnswers {
        answers = List.copyOf(answers);
    }

    public static FormAnswers none() {
        return new FormAnswers(null, List.of());
    }

    public Optional<Answer> answer(String key) {
        return answers.stream().filter(a -> a.key().equals(key)).findFirst();
    }

    /**
     * @param label  the field's Indonesian label when it was answered, so the answer reads the same later
     * @param values TEXT-like kinds, NUMBER, DATE, CHOICE, UNIT, NIK, EMAIL, PHONE: one value;
     *               MULTI_CHOICE: the ticked options in the form's order; LETTER: number then date;
     *               DOCUMENT: none
     */
    public record Answer(String key, FieldKind kind, String label, List<String> values) {

        public Answer {
            values = List.copyOf(values);
        }

        public String value() {
            return values.isEmpty() ? null : values.getFirst();
        }

        public LocalDate date() {
            return switch (kind) {
                case DATE -> LocalDate.parse(values.getFirst());
                case LETTER -> LocalDate.parse(values.get(1));
                default -> throw new IllegalStateException(kind + " has no date");
            };
        }

        public BigDecimal number() {
            if (kind != FieldKind.NUMBER) {
                throw new IllegalStateException(kind + " has no number");
            }
            return new BigDecimal(values.getFirst());
        }

        public UnitId unitId() {
            if (kind != FieldKind.UNIT) {
                throw new IllegalStateException(kind + " has no unit");
            }
            return new UnitId(UUID.fromString(values.getFirst()));
        }

        public String letterNumber() {
            if (kind != FieldKind.LETTER) {
                throw new IllegalStateException(kind + " has no letter number");
            }
            return values.getFirst();
        }
    }
}
