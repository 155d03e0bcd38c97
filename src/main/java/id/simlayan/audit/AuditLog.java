package id.simlayan.audit;

import java.util.UUID;

/** Writes audit entries. Entries are never changed once written. */
public interface AuditLog {

    void record(AuditEntry entry);

    /** The latest entries about one target, newest first. */
    java.util.List<RecordedEntry> entriesFor(String targetType, String targetId, int limit);

    record RecordedEntry(java.time.Instant at, UUID actorId, String action, String targetType, String targetId, Outcome outcome, String detail) {
    }

    /**
     * One entry.
     *
     * @param actorId who acted, null for anonymous
     * @param action what was attempted, e.g. {@code TICKET_VIEW}
     * @param targetType e.g. {@code TICKET}
     * @param targetId the target's id as text
     * @param outcome {@code ALLOWED}, {@code DENIED} or {@code FAILED}
     * @param detail free text, no personal data beyond ids
     */
    record AuditEntry(UUID actorId, String action, String targetType, String targetId, Outcome outcome, String detail) {

        public static AuditEntry denied(UUID actorId, String action, String targetType, String targetId, String detail) {
            return new AuditEntry(actorId, action, targetType, targetId, Outcome.DENIED, detail);
        }

        public static AuditEntry allowed(UUID actorId, String action, String targetType, String targetId, String detail) {
            return new AuditEntry(actorId, action, targetType, targetId, Outcome.ALLOWED, detail);
        }
    }

    enum Outcome { ALLOWED, DENIED, FAILED }
}
