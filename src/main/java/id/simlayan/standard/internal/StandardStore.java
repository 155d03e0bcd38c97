package id.simlayan.standard.internal;

import id.simlayan.catalog.ServiceOfferingId;
import id.simlayan.identity.UserId;
import id.simlayan.standard.StandardVersionId;
import id.simlayan.standard.internal.StandardComponents.Section;
import id.simlayan.standard.internal.StandardVersion.Component;
import id.simlayan.standard.internal.StandardVersion.Decree;
import id.simlayan.standard.internal.StandardVersion.Status;
import id.simlayan.storage.StoredFileId;
import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Versions and their components in standard_versions / standard_components. */
@Repository
class StandardStore {

    private static final String COLUMNS = "id, service_id, number, status, decree_number, decree_date, signing_official, legal_bases, "
            + "effective_date, published_at, published_by, version";

    private final JdbcClient jdbc;

    StandardStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<StandardVersion> find(StandardVersionId id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM standard_versions WHERE id = ?").param(id.value())
                .query(this::row).optional().map(this::withComponents);
    }

    /** Every version of the service, newest first. */
    List<StandardVersion> ofService(ServiceOfferingId service) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM standard_versions WHERE service_id = ? ORDER BY number DESC").param(service.value())
                .query(this::row).list().stream().map(this::withComponents).toList();
    }

    Optional<StandardVersion> byNumber(ServiceOfferingId service, int number) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM standard_versions WHERE service_id = ? AND number = ?").param(service.value()).param(number)
                .query(this::row).optional().map(this::withComponents);
    }

    Optional<StandardVersionId> currentOn(ServiceOfferingId service, LocalDate day) {
        return jdbc.sql("""
                        SELECT id FROM standard_versions
                        WHERE service_id = ? AND status <> 'DRAFT' AND effective_date <= ?
                        ORDER BY effective_date DESC, number DESC LIMIT 1""")
                .param(service.value()).param(day)
                .query((rs, n) -> new StandardVersionId(rs.getObject(1, UUID.class))).optional();
    }

    int nextNumber(ServiceOfferingId service) {
        return jdbc.sql("SELECT coalesce(max(number), 0) + 1 FROM standard_versions WHERE service_id = ?").param(service.value())
                .query(Integer.class).single();
    }

    /** Services with a PUBLISHED version that a later one, effective on {@code today}, has overtaken. */
    List<StandardVersionId> overtaken(LocalDate today) {
        return jdbc.sql("""
                        SELECT old.id FROM standard_versions old
                        WHERE old.status = 'PUBLISHED' AND EXISTS (
                          SELECT 1 FROM standard_versions newer
                          WHERE newer.service_id = old.service_id AND newer.status <> 'DRAFT' AND newer.number > old.number
                            AND newer.effective_date <= ?)""")
                .param(today).query((rs, n) -> new StandardVersionId(rs.getObject(1, UUID.class))).list();
    }

    void save(StandardVersion v) {
        if (v.rowVersion() < 0) {
            jdbc.sql("INSERT INTO standard_versions (" + COLUMNS + ", created_at, updated_at) "
                            + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0, now(), now())")
                    .params(v.id().value(), v.serviceId().value(), v.number(), v.status().name(), v.decree().number(), v.decree().date(),
                            v.decree().signingOfficial(), v.legalBases().toArray(String[]::new), v.effectiveDate(),
                            v.publishedAt() == null ? null : Timestamp.from(v.publishedAt()), v.publishedBy() == null ? null : v.publishedBy().value())
                    .update();
            for (Component c : v.components()) {
                jdbc.sql("INSERT INTO standard_components (version_id, position, component_key, label, section, body) VALUES (?, ?, ?, ?, ?, ?)")
                        .params(v.id().value(), c.position(), c.key(), c.label(), c.section().name(), c.body()).update();
            }
            return;
        }
        // the status is read from the row: components of a version that was a draft until now are written first
        boolean wasDraft = jdbc.sql("SELECT status FROM standard_versions WHERE id = ?").param(v.id().value()).query(String.class).single()
                .equals(Status.DRAFT.name());
        if (wasDraft) {
            for (Component c : v.components()) {
                jdbc.sql("UPDATE standard_components SET label = ?, body = ? WHERE version_id = ? AND position = ?")
                        .params(c.label(), c.body(), v.id().value(), c.position()).update();
            }
        }
        int updated = jdbc.sql("""
                        UPDATE standard_versions SET status = ?, decree_number = ?, decree_date = ?, signing_official = ?, legal_bases = ?,
                          effective_date = ?, published_at = ?, published_by = ?, updated_at = now(), version = version + 1
                        WHERE id = ? AND version = ?""")
                .params(v.status().name(), v.decree().number(), v.decree().date(), v.decree().signingOfficial(),
                        v.legalBases().toArray(String[]::new), v.effectiveDate(), v.publishedAt() == null ? null : Timestamp.from(v.publishedAt()),
                        v.publishedBy() == null ? null : v.publishedBy().value(), v.id().value(), v.rowVersion())
                .update();
        if (updated != 1) {
            throw new OptimisticLockingFailureException("standard version " + v.id() + " changed meanwhile");
        }
    }

    /** The kept annex of a version; empty for a draft and for a version published before V1103 not downloaded since. */
    Optional<StoredFileId> annexOf(StandardVersionId id) {
        return jdbc.sql("SELECT annex_file_id FROM standard_versions WHERE id = ? AND annex_file_id IS NOT NULL").param(id.value())
                .query((rs, n) -> new StoredFileId(rs.getObject(1, UUID.class))).optional();
    }

    /** Like {@link #annexOf}, holding the version's row until the transaction ends, so two first downloads keep one annex. */
    Optional<StoredFileId> annexOfLocked(StandardVersionId id) {
        return jdbc.sql("SELECT annex_file_id FROM standard_versions WHERE id = ? FOR UPDATE").param(id.value())
                .query((rs, n) -> Optional.ofNullable(rs.getObject(1, UUID.class)).map(StoredFileId::new)).single();
    }

    /** Sets the annex of a non-draft version once; the V1103 trigger refuses any later change. */
    void keepAnnex(StandardVersionId id, StoredFileId file) {
        int updated = jdbc.sql("UPDATE standard_versions SET annex_file_id = ? WHERE id = ? AND annex_file_id IS NULL AND status <> 'DRAFT'")
                .params(file.value(), id.value()).update();
        if (updated != 1) {
            throw new IllegalStateException("standard version " + id + " is a draft or has its annex already");
        }
    }

    private StandardVersion row(ResultSet rs, int n) throws SQLException {
        Timestamp publishedAt = rs.getTimestamp("published_at");
        UUID publishedBy = rs.getObject("published_by", UUID.class);
        return new StandardVersion(new StandardVersionId(rs.getObject("id", UUID.class)), new ServiceOfferingId(rs.getObject("service_id", UUID.class)),
                rs.getInt("number"), Status.valueOf(rs.getString("status")),
                new Decree(rs.getString("decree_number"), rs.getObject("decree_date", LocalDate.class), rs.getString("signing_official")),
                strings(rs.getArray("legal_bases")), rs.getObject("effective_date", LocalDate.class),
                publishedAt == null ? null : publishedAt.toInstant(), publishedBy == null ? null : new UserId(publishedBy),
                List.of(), rs.getLong("version"));
    }

    private StandardVersion withComponents(StandardVersion v) {
        var components = jdbc.sql("SELECT position, component_key, label, section, body FROM standard_components WHERE version_id = ? ORDER BY position")
                .param(v.id().value())
                .query((rs, n) -> new Component(rs.getInt(1), rs.getString(2), rs.getString(3), Section.valueOf(rs.getString(4)), rs.getString(5)))
                .list();
        return new StandardVersion(v.id(), v.serviceId(), v.number(), v.status(), v.decree(), v.legalBases(), v.effectiveDate(), v.publishedAt(),
                v.publishedBy(), components, v.rowVersion());
    }

    private static List<String> strings(Array array) throws SQLException {
        return array == null ? List.of() : Arrays.asList((String[]) array.getArray());
    }

}
