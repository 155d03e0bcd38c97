package id.simlayan.identity.internal;

import id.simlayan.identity.UnitId;
import id.simlayan.identity.UnitSummary;
import java.time.Instant;
import java.util.UUID;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

/** A government unit (OPD) or a division of Diskominfo. */
@Table("units")
public class Unit {

    @Id
    private UUID id;
    @Version
    private Long version;
    private String code;
    private String name;
    private boolean frontDesk;
    private boolean active;
    private Instant createdAt;
    private UUID createdBy;
    private Instant updatedAt;
    private UUID parentId;

    protected Unit() {
    }

    Unit(UUID id, String code, String name, boolean frontDesk, Instant now) {
        this.id = id;
        this.code = code;
        this.name = name;
        this.frontDesk = frontDesk;
        this.active = true;
        this.createdAt = now;
        this.updatedAt = now;
    }

    public UUID getId() {
        return id;
    }

    public String getCode() {
        return code;
    }

    public String getName() {
        return name;
    }

    public boolean isFrontDesk() {
        return frontDesk;
    }

    public boolean isActive() {
        return active;
    }

    public UUID getParentId() {
        return parentId;
    }

    public long getVersion() {
        return version == null ? 0 : version;
    }

    void moveUnder(UUID parent, Instant now) {
        this.parentId = parent;
        this.updatedAt = now;
    }

    void changeActive(boolean active, Instant now) {
        this.active = active;
        this.updatedAt = now;
    }

    void rename(String name, Instant now) {
        this.name = name;
        this.updatedAt = now;
    }

    UnitSummary summary() {
        return new UnitSummary(new UnitId(id), code, name);
    }
}
