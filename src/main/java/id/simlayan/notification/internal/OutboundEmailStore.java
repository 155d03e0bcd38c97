package id.simlayan.notification.internal;

import id.simlayan.notification.internal.OutboundEmail.Status;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** SQL for the {@code outbound_emails} table. */
@Component
public class OutboundEmailStore {

    private static final String COLUMNS = "id, recipient, subject, body_text, body_html, status, attempts, next_attempt_at, last_error, created_at, sent_at, dedup_key";

    private final JdbcClient jdbc;

    public OutboundEmailStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Writes the row unless one with the same dedup key exists; true if written. */
    public boolean insert(OutboundEmail e) {
        return jdbc.sql("""
                        INSERT INTO outbound_emails (id, recipient, subject, body_text, body_html, status, attempts, next_attempt_at,
                                                     last_error, created_at, sent_at, dedup_key)
                        VALUES (:id, :recipient, :subject, :text, :html, :status, :attempts, :next, :error, :created, :sent, :dedup)
                        ON CONFLICT (dedup_key) DO NOTHING
                        """)
                .param("id", e.id())
                .param("recipient", e.recipient())
                .param("subject", e.subject())
                .param("text", e.bodyText())
                .param("html", e.bodyHtml())
                .param("status", e.status().name())
                .param("attempts", e.attempts())
                .param("next", ts(e.nextAttemptAt()))
                .param("error", e.lastError())
                .param("created", ts(e.createdAt()))
                .param("sent", ts(e.sentAt()))
                .param("dedup", e.dedupKey())
                .update() == 1;
    }

    /**
     * The oldest due PENDING row, locked for the current transaction; rows another node (or
     * thread) holds are skipped, so several dispatchers never send the same e-mail twice.
     */
    public Optional<OutboundEmail> lockNextDue(Instant now) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM outbound_emails WHERE status = 'PENDING' AND next_attempt_at <= :now"
                        + " ORDER BY next_attempt_at, created_at LIMIT 1 FOR UPDATE SKIP LOCKED")
                .param("now", ts(now))
                .query(OutboundEmailStore::map)
                .optional();
    }

    public void markSent(UUID id, int attempts, Instant at) {
        jdbc.sql("UPDATE outbound_emails SET status = 'SENT', attempts = :attempts, sent_at = :at, last_error = NULL WHERE id = :id")
                .param("id", id).param("attempts", attempts).param("at", ts(at)).update();
    }

    public void markRetry(UUID id, int attempts, Instant nextAttemptAt, String error) {
        jdbc.sql("UPDATE outbound_emails SET attempts = :attempts, next_attempt_at = :next, last_error = :error WHERE id = :id")
                .param("id", id).param("attempts", attempts).param("next", ts(nextAttemptAt)).param("error", error).update();
    }

    public void markFailed(UUID id, int attempts, String error) {
        jdbc.sql("UPDATE outbound_emails SET status = 'FAILED', attempts = :attempts, last_error = :error WHERE id = :id")
                .param("id", id).param("attempts", attempts).param("error", error).update();
    }

    /** Puts a FAILED row back in the queue with a fresh budget of attempts; false if there is no such FAILED row. */
    public boolean requeueFailed(UUID id, Instant now) {
        return jdbc.sql("UPDATE outbound_emails SET status = 'PENDING', attempts = 0, next_attempt_at = :now WHERE id = :id AND status = 'FAILED'")
                .param("id", id).param("now", ts(now)).update() == 1;
    }

    public int requeueAllFailed(Instant now) {
        return jdbc.sql("UPDATE outbound_emails SET status = 'PENDING', attempts = 0, next_attempt_at = :now WHERE status = 'FAILED'")
                .param("now", ts(now)).update();
    }

    public Map<Status, Long> countsByStatus() {
        Map<Status, Long> counts = new EnumMap<>(Status.class);
        for (Status s : Status.values()) {
            counts.put(s, 0L);
        }
        jdbc.sql("SELECT status, count(*) AS n FROM outbound_emails GROUP BY status")
                .query((rs, n) -> Map.entry(Status.valueOf(rs.getString("status")), rs.getLong("n")))
                .list()
                .forEach(e -> counts.put(e.getKey(), e.getValue()));
        return counts;
    }

    /** FAILED rows and PENDING rows that already failed at least once, newest first. */
    public List<OutboundEmail> latestProblems(int limit) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM outbound_emails"
                        + " WHERE status = 'FAILED' OR (status = 'PENDING' AND attempts > 0)"
                        + " ORDER BY created_at DESC LIMIT :limit")
                .param("limit", limit)
                .query(OutboundEmailStore::map)
                .list();
    }

    public List<OutboundEmail> findByRecipient(String recipient) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM outbound_emails WHERE lower(recipient) = lower(:r) ORDER BY created_at, id")
                .param("r", recipient)
                .query(OutboundEmailStore::map)
                .list();
    }

    public Optional<OutboundEmail> find(UUID id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM outbound_emails WHERE id = :id").param("id", id).query(OutboundEmailStore::map).optional();
    }

    private static OutboundEmail map(ResultSet rs, int row) throws SQLException {
        return new OutboundEmail(rs.getObject("id", UUID.class), rs.getString("recipient"), rs.getString("subject"),
                rs.getString("body_text"), rs.getString("body_html"), Status.valueOf(rs.getString("status")), rs.getInt("attempts"),
                instant(rs.getTimestamp("next_attempt_at")), rs.getString("last_error"), instant(rs.getTimestamp("created_at")),
                instant(rs.getTimestamp("sent_at")), rs.getString("dedup_key"));
    }

    private static Instant instant(Timestamp t) {
        return t == null ? null : t.toInstant();
    }

    private static Timestamp ts(Instant i) {
        return i == null ? null : Timestamp.from(i);
    }
}
