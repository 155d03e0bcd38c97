package id.simlayan.worklog.internal;

/** A change of the equipment list that is refused; {@link #field()} names the form field, {@link #code()} the message. */
public class EquipmentRefused extends RuntimeException {

    public static final String DUPLICATE = "worklog.equipment.error.duplicate";
    public static final String STALE = "worklog.equipment.error.stale";

    private final String field;
    private final String code;

    EquipmentRefused(String field, String code) {
        super(code);
        this.field = field;
        this.code = code;
    }

    /** The form field the refusal is about; null for the whole form. */
    public String field() {
        return field;
    }

    public String code() {
        return code;
    }
}
