package id.simlayan.worklog.internal;

import id.simlayan.worklog.EquipmentItemId;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The table {@code equipment_items}. Updates name the version the admin saw and change nothing when it moved on (0 rows). */
@Repository
class EquipmentStore {

    private final JdbcClient jdbc;
    private final Clock clock;

    EquipmentStore(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    List<EquipmentItem> all() {
        return jdbc.sql("SELECT * FROM equipment_items ORDER BY active DESC, lower(name), id").query(EquipmentStore::item).list();
    }

    List<EquipmentItem> active() {
        return jdbc.sql("SELECT * FROM equipment_items WHERE active ORDER BY lower(name), id").query(EquipmentStore::item).list();
    }

    Optional<EquipmentItem> find(EquipmentItemId id) {
        return jdbc.sql("SELECT * FROM equipment_items WHERE id = :id").param("id", id.value()).query(EquipmentStore::item).optional();
    }

    Optional<EquipmentItem> named(String name) {
        return jdbc.sql("SELECT * FROM equipment_items WHERE lower(name) = lower(:name)").param("name", name)
                .query(EquipmentStore::item).optional();
    }

    EquipmentItemId insert(String name, String unitOfMeasure, String note, UUID by) {
        var id = UUID.randomUUID();
        jdbc.sql("""
                        INSERT INTO equipment_items (id, name, unit_of_measure, note, created_at, created_by, updated_at, updated_by)
                        VALUES (:id, :name, :unit, :note, :now, :by, :now, :by)
                        """)
                .param("id", id).param("name", name).param("unit", unitOfMeasure).param("note", note).param("now", now()).param("by", by)
                .update();
        return new EquipmentItemId(id);
    }

    int update(EquipmentItemId id, long version, String name, String unitOfMeasure, String note, UUID by) {
        return jdbc.sql("""
                        UPDATE equipment_items SET name = :name, unit_of_measure = :unit, note = :note, updated_at = :now, updated_by = :by,
                        version = version + 1 WHERE id = :id AND version = :version
                        """)
                .param("id", id.value()).param("version", version).param("name", name).param("unit", unitOfMeasure).param("note", note)
                .param("now", now()).param("by", by).update();
    }

    int setActive(EquipmentItemId id, boolean active, UUID by) {
        return jdbc.sql("""
                        UPDATE equipment_items SET active = :active, updated_at = :now, updated_by = :by, version = version + 1
                        WHERE id = :id AND active <> :active
                        """)
                .param("id", id.value()).param("active", active).param("now", now()).param("by", by).update();
    }

    private OffsetDateTime now() {
        return OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC);
    }

    private static EquipmentItem item(ResultSet rs, int row) throws SQLException {
        return new EquipmentItem(new EquipmentItemId(rs.getObject("id", UUID.class)), rs.getString("name"), rs.getString("unit_of_measure"),
                rs.getString("note"), rs.getBoolean("active"), rs.getLong("version"));
    }
}
