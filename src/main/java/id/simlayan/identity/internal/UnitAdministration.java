package id.simlayan.identity.internal;

import id.simlayan.audit.AuditLog;
import id.simlayan.audit.AuditLog.AuditEntry;
import id.simlayan.identity.UnitId;
import id.simlayan.identity.UserId;
import java.time.Clock;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The administrator's changes to units: create, rename, move under another unit, deactivate.
 * Each change names the version the administrator saw (refused as stale otherwise) and is
 * audited. The front desk cannot be deactivated: every ticket enters there. A unit with active
 * sub-units cannot be deactivated either, so the tree never hangs from an inactive unit.
 */
@Service
public class UnitAdministration {

    /** Unit codes: letters and digits in words joined by hyphens, stored in capitals (e.g. {@code APTIKA}). */
    public static final String CODE_PATTERN = "[A-Za-z0-9]+(-[A-Za-z0-9]+)*";
    private static final Pattern CODE = Pattern.compile(CODE_PATTERN);
    public static final String STALE = "admin.units.error.stale";

    /** A unit as the administrator's list shows it. */
    public record UnitRow(UUID id, String code, String name, UUID parentId, boolean frontDesk, boolean active, long version) {
    }

    private final UnitRepository units;
    private final AuditLog audit;
    private final Clock clock;

    UnitAdministration(UnitRepository units, AuditLog audit, Clock clock) {
        this.units = units;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public List<UnitRow> all() {
        return units.findAllInOrder().stream()
                .map(u -> new UnitRow(u.getId(), u.getCode(), u.getName(), u.getParentId(), u.isFrontDesk(), u.isActive(), u.getVersion()))
                .toList();
    }

    @Transactional
    public UnitId create(String code, String name, UUID parentId, UserId admin) {
        if (code == null || code.length() > 32 || !CODE.matcher(code).matches()) {
            throw new DecisionRefused("admin.units.error.code");
        }
        String normalised = code.toUpperCase(Locale.ROOT);
        if (units.findByCodeIgnoringCase(normalised).isPresent()) {
            throw new DecisionRefused("admin.units.error.duplicateCode");
        }
        if (parentId != null) {
            activeUnit(parentId);
        }
        var unit = new Unit(UUID.randomUUID(), normalised, name.strip(), false, clock.instant());
        unit.moveUnder(parentId, clock.instant());
        UUID id;
        try {
            id = units.save(unit).getId();
        } catch (DuplicateKeyException e) {
            throw new DecisionRefused("admin.units.error.duplicateCode");
        }
        audit.record(AuditEntry.allowed(admin.value(), "UNIT_CREATE", "UNIT", id.toString(), "code=" + normalised));
        return new UnitId(id);
    }

    @Transactional
    public void rename(UUID id, long version, String name, UserId admin) {
        var unit = current(id, version);
        unit.rename(name.strip(), clock.instant());
        save(unit);
        audit.record(AuditEntry.allowed(admin.value(), "UNIT_RENAME", "UNIT", id.toString(), "code=" + unit.getCode()));
    }

    /** Puts the unit under {@code parentId} ({@code null}: at the top); refused when that would make a cycle. */
    @Transactional
    public void changeParent(UUID id, long version, UUID parentId, UserId admin) {
        var unit = current(id, version);
        if (parentId != null) {
            activeUnit(parentId);
            Set<UUID> seen = new HashSet<>();
            for (UUID at = parentId; at != null; at = units.findById(at).map(Unit::getParentId).orElse(null)) {
                if (at.equals(id) || !seen.add(at)) {
                    throw new DecisionRefused("admin.units.error.cycle");
                }
            }
        }
        unit.moveUnder(parentId, clock.instant());
        save(unit);
        audit.record(AuditEntry.allowed(admin.value(), "UNIT_PARENT", "UNIT", id.toString(), "parent=" + parentId));
    }

    @Transactional
    public void changeActive(UUID id, long version, boolean active, UserId admin) {
        var unit = current(id, version);
        if (!active && unit.isFrontDesk()) {
            throw new DecisionRefused("admin.units.error.frontDesk");
        }
        if (!active && units.findAllActive().stream().anyMatch(u -> id.equals(u.getParentId()))) {
            throw new DecisionRefused("admin.units.error.activeChildren");
        }
        unit.changeActive(active, clock.instant());
        save(unit);
        audit.record(AuditEntry.allowed(admin.value(), active ? "UNIT_ACTIVATE" : "UNIT_DEACTIVATE", "UNIT", id.toString(),
                "code=" + unit.getCode()));
    }

    private Unit current(UUID id, long version) {
        var unit = units.findById(id).orElseThrow(() -> new DecisionRefused("admin.units.error.notFound"));
        if (unit.getVersion() != version) {
            throw new DecisionRefused(STALE);
        }
        return unit;
    }

    private void activeUnit(UUID id) {
        if (units.findById(id).filter(Unit::isActive).isEmpty()) {
            throw new DecisionRefused("admin.units.error.parent");
        }
    }

    private void save(Unit unit) {
        try {
            units.save(unit);
        } catch (OptimisticLockingFailureException e) {
            throw new DecisionRefused(STALE);
        }
    }
}
