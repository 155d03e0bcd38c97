package id.simlayan.storage.internal;

/** What the content check found: an allowed type, or the reason (a {@code storage} message code) it is refused. */
sealed interface Inspection {

    record Allowed(AllowedType type) implements Inspection {
    }

    /** {@code code} takes the file name as its first argument; {@code arguments} follow it. */
    record Refused(String code, Object... arguments) implements Inspection {
    }

    static Inspection refused(String code, Object... arguments) {
        return new Refused(code, arguments);
    }
}
