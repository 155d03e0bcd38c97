package id.simlayan.storage.internal;

/** What the content check found: an allowed type, or the reason (a {@code storage} message code) it is refused. */
sealed interface Inspection {

    /**
     * @param keepBytes how many leading bytes are the file, or {@link #ALL}; an image with data
     *        after its end marker (a phone's motion-photo video, a vendor trailer) is kept without it
     */
    record Allowed(AllowedType type, long keepBytes) implements Inspection {

        static final long ALL = -1;

        Allowed(AllowedType type) {
            this(type, ALL);
        }
    }

    /** {@code code} takes the file name as its first argument; {@code arguments} follow it. */
    record Refused(String code, Object... arguments) implements Inspection {
    }

    static Inspection refused(String code, Object... arguments) {
        return new Refused(code, arguments);
    }
}
