package id.simlayan.worklog.internal;

import id.simlayan.identity.UserId;
import id.simlayan.storage.StoredFileId;
import id.simlayan.ticket.TicketId;
import id.simlayan.worklog.ConfirmedHandover;
import id.simlayan.worklog.HandoverReports;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The tables {@code handover_report_numbers}, {@code handover_reports} and
 * {@code handover_confirmations} (append-only; triggers refuse every change but marking a report
 * superseded, and that only while it is not confirmed). No permission checks here:
 * {@link HandoverReporting} decides. Also the module's {@link HandoverReports}.
 */
@Repository
class HandoverStore implements HandoverReports {

    private static final String SELECT = """
            SELECT r.*, c.method, c.signer_name, c.signer_nip, c.file_id AS scan_id, c.sha256 AS confirmed_sha256,
                   c.confirmed_at, c.confirmed_by
            FROM handover_reports r LEFT JOIN handover_confirmations c ON c.report_id = r.id
            """;

    private final JdbcClient jdbc;

    HandoverStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Optional<ConfirmedHandover> confirmedFor(TicketId ticket) {
        return jdbc.sql(SELECT + " WHERE r.ticket_id = :ticket AND c.id IS NOT NULL")
                .param("ticket", ticket.value())
                .query(HandoverStore::report).optional()
                .map(r -> r.confirmed(r.number()));
    }

    /**
     * Serialises the handover steps of one ticket (generate, confirm, upload) until the
     * transaction ends, so a report is never superseded while it is being confirmed and two
     * first generations do not draw two numbers.
     */
    void lock(TicketId ticket) {
        jdbc.sql("SELECT pg_advisory_xact_lock(:key)").param("key", ticket.value().getMostSignificantBits() ^ ticket.value().getLeastSignificantBits())
                .query((rs, row) -> 1).list();
    }

    /**
     * The next number of the year, e.g. {@code BA/2026/0007}. The upsert locks the counter row until
     * commit: numbers are unique; a rolled-back generation leaves a gap, which is accepted.
     */
    String nextNumber(int year) {
        int value = jdbc.sql("""
                        INSERT INTO handover_report_numbers (year, last_value) VALUES (:year, 1)
                        ON CONFLICT (year) DO UPDATE SET last_value = handover_report_numbers.last_value + 1
                        RETURNING last_value
                        """)
                .param("year", year).query(Integer.class).single();
        return "BA/%d/%04d".formatted(year, value);
    }

    /** Every version of the ticket's report, newest first. */
    List<HandoverReport> reportsOf(TicketId ticket) {
        return jdbc.sql(SELECT + " WHERE r.ticket_id = :ticket ORDER BY r.version DESC")
                .param("ticket", ticket.value()).query(HandoverStore::report).list();
    }

    Optional<HandoverReport> current(TicketId ticket) {
        return jdbc.sql(SELECT + " WHERE r.ticket_id = :ticket AND r.superseded_at IS NULL")
                .param("ticket", ticket.value()).query(HandoverStore::report).optional();
    }

    /** The version with this id if it belongs to the ticket (a guessed id of another ticket finds nothing). */
    Optional<HandoverReport> find(TicketId ticket, HandoverReportId id) {
        return jdbc.sql(SELECT + " WHERE r.ticket_id = :ticket AND r.id = :id")
                .param("ticket", ticket.value()).param("id", id.value()).query(HandoverStore::report).optional();
    }

    /** Inserts a new current version and marks {@code previous} (if any) superseded by it. */
    HandoverReportId insert(TicketId ticket, String number, int version, StoredFileId file, String sha256, UserId by, Instant now,
                            HandoverReportId previous) {
        var id = UUID.randomUUID();
        if (previous != null) {
            // before the insert: only one current version per ticket (unique index); the reference is checked at commit
            jdbc.sql("UPDATE handover_reports SET superseded_at = :now, superseded_by = :next WHERE id = :id AND superseded_at IS NULL")
                    .param("now", utc(now)).param("next", id).param("id", previous.value()).update();
        }
        jdbc.sql("""
                        INSERT INTO handover_reports (id, ticket_id, number, version, file_id, sha256, created_at, created_by)
                        VALUES (:id, :ticket, :number, :version, :file, :sha256, :now, :by)
                        """)
                .param("id", id).param("ticket", ticket.value()).param("number", number).param("version", version)
                .param("file", file.value()).param("sha256", sha256).param("now", utc(now)).param("by", by.value())
                .update();
        return new HandoverReportId(id);
    }

    void confirm(HandoverReport report, HandoverReport.Confirmation c) {
        jdbc.sql("""
                        INSERT INTO handover_confirmations (id, report_id, ticket_id, method, signer_name, signer_nip, file_id, sha256,
                                                            confirmed_at, confirmed_by)
                        VALUES (:id, :report, :ticket, :method, :name, :nip, :file, :sha256, :at, :by)
                        """)
                .param("id", UUID.randomUUID()).param("report", report.id().value()).param("ticket", report.ticket().value())
                .param("method", c.method().name()).param("name", c.signerName()).param("nip", c.signerNip())
                .param("file", c.scan() == null ? null : c.scan().value()).param("sha256", c.sha256())
                .param("at", utc(c.at())).param("by", c.by().value())
                .update();
    }

    private static HandoverReport report(ResultSet rs, int row) throws SQLException {
        String method = rs.getString("method");
        UUID scan = rs.getObject("scan_id", UUID.class);
        var confirmation = method == null ? null
                : new HandoverReport.Confirmation(ConfirmedHandover.Method.valueOf(method), rs.getString("signer_name"), rs.getString("signer_nip"),
                        scan == null ? null : new StoredFileId(scan), rs.getString("confirmed_sha256"), instant(rs, "confirmed_at"),
                        new UserId(rs.getObject("confirmed_by", UUID.class)));
        return new HandoverReport(new HandoverReportId(rs.getObject("id", UUID.class)), new TicketId(rs.getObject("ticket_id", UUID.class)),
                rs.getString("number"), rs.getInt("version"), new StoredFileId(rs.getObject("file_id", UUID.class)), rs.getString("sha256"),
                instant(rs, "created_at"), new UserId(rs.getObject("created_by", UUID.class)), instant(rs, "superseded_at"), confirmation);
    }

    private static OffsetDateTime utc(Instant instant) {
        return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp t = rs.getTimestamp(column);
        return t == null ? null : t.toInstant();
    }
}
