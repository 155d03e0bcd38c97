package id.simlayan.catalog.internal;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The categories of services, in their order. Rows are never deleted (tickets refer to them). */
@Component
class CategoryStore {

    record Row(UUID id, UUID serviceId, String code, String name, int sortOrder, boolean active) {
    }

    private final JdbcClient jdbc;

    CategoryStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<Row> of(UUID serviceId) {
        return jdbc.sql("SELECT id, service_id, code, name, sort_order, active FROM service_categories WHERE service_id = ? ORDER BY sort_order, code")
                .param(serviceId).query(Row.class).list();
    }

    /** The categories of each service in {@code serviceIds} (absent keys have none). */
    Map<UUID, List<Row>> of(Collection<UUID> serviceIds) {
        Map<UUID, List<Row>> result = new LinkedHashMap<>();
        if (serviceIds.isEmpty()) {
            return result;
        }
        jdbc.sql("SELECT id, service_id, code, name, sort_order, active FROM service_categories WHERE service_id IN (:ids) ORDER BY sort_order, code")
                .param("ids", serviceIds).query(Row.class).list()
                .forEach(r -> result.computeIfAbsent(r.serviceId(), k -> new java.util.ArrayList<>()).add(r));
        return result;
    }

    void add(UUID serviceId, String code, String name) {
        int next = jdbc.sql("SELECT coalesce(max(sort_order) + 1, 0) FROM service_categories WHERE service_id = ?")
                .param(serviceId).query(Integer.class).single();
        jdbc.sql("INSERT INTO service_categories (id, service_id, sort_order, code, name, active) VALUES (?, ?, ?, ?, ?, TRUE)")
                .params(UUID.randomUUID(), serviceId, next, code, name).update();
    }

    void rename(UUID categoryId, String name) {
        jdbc.sql("UPDATE service_categories SET name = ? WHERE id = ?").params(name, categoryId).update();
    }

    void changeActive(UUID categoryId, boolean active) {
        jdbc.sql("UPDATE service_categories SET active = ? WHERE id = ?").params(active, categoryId).update();
    }

    /** Writes the order of {@code ordered} as 0, 1, 2, ... */
    void reorder(List<UUID> ordered) {
        for (int i = 0; i < ordered.size(); i++) {
            jdbc.sql("UPDATE service_categories SET sort_order = ? WHERE id = ?").params(i, ordered.get(i)).update();
        }
    }
}
