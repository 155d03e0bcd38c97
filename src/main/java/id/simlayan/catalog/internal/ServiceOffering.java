package id.simlayan.catalog.internal;

import id.simlayan.catalog.Audience;
import id.simlayan.catalog.CategoryId;
import id.simlayan.catalog.ServiceOfferingId;
import id.simlayan.catalog.ServiceOfferingView;
import id.simlayan.catalog.TicketKind;
import id.simlayan.identity.UnitId;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;

@Table("service_offerings")
class ServiceOffering {

    @Id
    private UUID id;
    @Version
    private Long version;
    private String code;
    private String name;
    private String summary;
    private String description;
    private TicketKind kind;
    private UUID ownerUnitId;
    private boolean active;
    private Audience audience = Audience.PUBLIC;
    private int sortOrder;
    private Instant createdAt;
    private Instant updatedAt;
    @MappedCollection(idColumn = "service_id", keyColumn = "sort_order")
    private List<Category> categories = new ArrayList<>();

    protected ServiceOffering() {
    }

    ServiceOffering(UUID id, String code, String name, String summary, String description, TicketKind kind, UUID ownerUnitId,
                    Audience audience, int sortOrder, Instant now) {
        this.audience = audience == null ? Audience.PUBLIC : audience;
        this.id = id;
        this.code = code;
        this.name = name;
        this.summary = summary;
        this.description = description;
        this.kind = kind;
        this.ownerUnitId = ownerUnitId;
        this.active = true;
        this.sortOrder = sortOrder;
        this.createdAt = now;
        this.updatedAt = now;
    }

    void addCategory(String code, String name) {
        categories.add(new Category(UUID.randomUUID(), code, name));
    }

    void changeAudience(Audience newAudience, Instant now) {
        audience = newAudience;
        updatedAt = now;
    }

    Audience getAudience() {
        return audience;
    }

    UUID getId() {
        return id;
    }

    ServiceOfferingView view() {
        return new ServiceOfferingView(new ServiceOfferingId(id), code, name, summary, description, kind, new UnitId(ownerUnitId),
                kind.requiresEvidence(),
                categories.stream().map(c -> new ServiceOfferingView.CategoryView(new CategoryId(c.id()), c.code(), c.name())).toList(),
                audience);
    }

    @Table("service_categories")
    record Category(@Id UUID id, String code, String name) {
    }
}
