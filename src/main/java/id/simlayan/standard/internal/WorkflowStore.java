package id.simlayan.standard.internal;

import id.simlayan.standard.StandardVersionId;
import id.simlayan.workflow.WorkflowDefinition;
import id.simlayan.workflow.WorkflowJson;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The workflow of each standard version in standard_workflows; the database refuses a change to a published one. */
@Repository
class WorkflowStore {

    record StoredWorkflow(StandardVersionId version, String templateKey, WorkflowDefinition definition, Instant savedAt, UUID savedBy) {
    }

    private final JdbcClient jdbc;

    WorkflowStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<StoredWorkflow> find(StandardVersionId version) {
        return jdbc.sql("SELECT template_key, definition::text AS definition, saved_at, saved_by FROM standard_workflows WHERE version_id = ?")
                .param(version.value())
                .query((rs, n) -> new StoredWorkflow(version, rs.getString("template_key"), WorkflowJson.read(rs.getString("definition")),
                        rs.getTimestamp("saved_at").toInstant(), rs.getObject("saved_by", UUID.class)))
                .optional();
    }

    /** The new draft starts with the workflow of the version it continues, if that had one. */
    void copy(StandardVersionId from, StandardVersionId to) {
        jdbc.sql("""
                        INSERT INTO standard_workflows (version_id, template_key, definition, saved_at, saved_by)
                        SELECT ?, template_key, definition, saved_at, saved_by FROM standard_workflows WHERE version_id = ?""")
                .params(to.value(), from.value()).update();
    }

    void save(StoredWorkflow workflow) {
        jdbc.sql("""
                        INSERT INTO standard_workflows (version_id, template_key, definition, saved_at, saved_by)
                        VALUES (:version, :template, CAST(:definition AS jsonb), :at, :by)
                        ON CONFLICT (version_id) DO UPDATE SET template_key = EXCLUDED.template_key, definition = EXCLUDED.definition,
                          saved_at = EXCLUDED.saved_at, saved_by = EXCLUDED.saved_by""")
                .param("version", workflow.version().value()).param("template", workflow.templateKey())
                .param("definition", WorkflowJson.write(workflow.definition()))
                .param("at", java.sql.Timestamp.from(workflow.savedAt())).param("by", workflow.savedBy())
                .update();
    }
}
