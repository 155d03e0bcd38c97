package id.simlayan.worklog.internal;

import id.simlayan.audit.AuditLog;
import id.simlayan.audit.AuditLog.AuditEntry;
import id.simlayan.identity.CurrentUser;
import id.simlayan.worklog.EquipmentItemId;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.Optional;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The equipment list the admins keep (the pages are ADMIN-only): add, change, deactivate,
 * reactivate. Items are never deleted: work entries refer to them. A deactivated item is no
 * longer offered for new uses; the uses recorded with it keep it. Every change is audited.
 */
@Service
public class EquipmentList {

    private final EquipmentStore store;
    private final AuditLog audit;

    EquipmentList(EquipmentStore store, AuditLog audit) {
        this.store = store;
        this.audit = audit;
    }

    public List<EquipmentItem> all() {
        return store.all();
    }

    /** What a technician may choose for a new use. */
    public List<EquipmentItem> active() {
        return store.active();
    }

    /** Every item, active or not, by id. */
    public Map<EquipmentItemId, EquipmentItem> byId() {
        return store.all().stream().collect(Collectors.toMap(EquipmentItem::id, Function.identity()));
    }

    public Optional<EquipmentItem> find(EquipmentItemId id) {
        return store.find(id);
    }

    public EquipmentItem get(EquipmentItemId id) {
        return store.find(id).orElseThrow(EquipmentNotFound::new);
    }

    /** @throws EquipmentRefused when another item has that name (whatever the case) */
    @Transactional
    public EquipmentItemId add(CurrentUser admin, String name, String unitOfMeasure, String note) {
        String clean = name.strip();
        if (store.named(clean).isPresent()) {
            throw new EquipmentRefused("name", EquipmentRefused.DUPLICATE);
        }
        try {
            var id = store.insert(clean, unitOfMeasure.strip(), blankToNull(note), admin.id().value());
            audit.record(AuditEntry.allowed(admin.id().value(), "EQUIPMENT_CREATE", "EQUIPMENT", id.value().toString(), clean));
            return id;
        } catch (DuplicateKeyException raced) {
            throw new EquipmentRefused("name", EquipmentRefused.DUPLICATE);
        }
    }

    /** @throws EquipmentRefused when another item has that name, or the item changed since the form was shown */
    @Transactional
    public void change(CurrentUser admin, EquipmentItemId id, long version, String name, String unitOfMeasure, String note) {
        get(id);
        String clean = name.strip();
        if (store.named(clean).filter(other -> !other.id().equals(id)).isPresent()) {
            throw new EquipmentRefused("name", EquipmentRefused.DUPLICATE);
        }
        try {
            if (store.update(id, version, clean, unitOfMeasure.strip(), blankToNull(note), admin.id().value()) == 0) {
                throw new EquipmentRefused(null, EquipmentRefused.STALE);
            }
        } catch (DuplicateKeyException raced) {
            throw new EquipmentRefused("name", EquipmentRefused.DUPLICATE);
        }
        audit.record(AuditEntry.allowed(admin.id().value(), "EQUIPMENT_UPDATE", "EQUIPMENT", id.value().toString(), clean));
    }

    /** Nothing happens when the item already is in that state. */
    @Transactional
    public void setActive(CurrentUser admin, EquipmentItemId id, boolean active) {
        get(id);
        if (store.setActive(id, active, admin.id().value()) > 0) {
            audit.record(AuditEntry.allowed(admin.id().value(), active ? "EQUIPMENT_REACTIVATE" : "EQUIPMENT_DEACTIVATE", "EQUIPMENT",
                    id.value().toString(), null));
        }
    }

    static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
