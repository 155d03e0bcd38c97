package id.simlayan.worklog.internal;

/** No such item in the equipment list. HTTP 404. */
public class EquipmentNotFound extends RuntimeException {

    public EquipmentNotFound() {
        super("equipment item not found");
    }
}
