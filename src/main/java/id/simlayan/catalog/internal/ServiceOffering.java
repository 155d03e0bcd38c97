package id.simlayan.catalog.internal;

import id.simlayan.catalog.Audience;
import id.simlayan.catalog.CatalogAdministration.ServiceChanges;
import id.simlayan.catalog.CategoryId;
import id.simlayan.catalog.Channel;
import id.simlayan.catalog.ServiceOfferingId;
import id.simlayan.catalog.ServiceOfferingView;
import id.simlayan.catalog.TicketKind;
import id.simlayan.identity.UnitId;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A service. Its categories live in {@link CategoryStore}, not in this aggregate: Spring Data
 * JDBC rewrites a mapped collection on every save (delete and insert), which the tickets'
 * foreign key to their category forbids once tickets exist.
 */
@Table("service_offerings")
class ServiceOffering {

    @Id
    private UUID id;
    @Version
    private Long version;
    private String code;
    private String name;
    private String nameEn;
    private String summary;
    private String summaryEn;
    private String description;
    private TicketKind kind;
    private UUID ownerUnitId;
    private boolean active;
    private Audience audience = Audience.PUBLIC;
    private String[] channels = {Channel.WEB.name()};
    private int sortOrder;
    private Instant createdAt;
    private Instant updatedAt;

    protected ServiceOffering() {
    }

    ServiceOffering(UUID id, String code, String name, String nameEn, String summary, String summaryEn, String description,
                    TicketKind kind, UUID ownerUnitId, Audience audience, Set<Channel> channels, int sortOrder, Instant now) {
        this.audience = audience == null ? Audience.PUBLIC : audience;
        this.id = id;
        this.code = code;
        this.name = name;
        this.nameEn = blankToNull(nameEn);
        this.summary = summary;
        this.summaryEn = blankToNull(summaryEn);
        this.description = description;
        this.kind = kind;
        this.ownerUnitId = ownerUnitId;
        this.channels = names(channels);
        this.active = true;
        this.sortOrder = sortOrder;
        this.createdAt = now;
        this.updatedAt = now;
    }

    void change(ServiceChanges c, Instant now) {
        name = c.name();
        nameEn = blankToNull(c.nameEn());
        summary = c.summary();
        summaryEn = blankToNull(c.summaryEn());
        description = c.description();
        kind = c.kind();
        ownerUnitId = c.ownerUnitId().value();
        audience = c.audience();
        channels = names(c.channels());
        active = c.active();
        updatedAt = now;
    }

    void changeAudience(Audience newAudience, Instant now) {
        audience = newAudience;
        updatedAt = now;
    }

    /** Marks a change to the service's categories, so that forms opened before it are refused as stale. */
    void touch(Instant now) {
        updatedAt = now;
    }

    Audience getAudience() {
        return audience;
    }

    UUID getId() {
        return id;
    }

    String getCode() {
        return code;
    }

    long getVersion() {
        return version == null ? 0 : version;
    }

    ServiceOfferingView view(List<CategoryStore.Row> categories) {
        return new ServiceOfferingView(new ServiceOfferingId(id), code, name, summary, description, kind, new UnitId(ownerUnitId),
                kind.requiresEvidence(), List.of(), audience, nameEn, summaryEn,
                channels == null ? Set.of() : Arrays.stream(channels).map(Channel::valueOf).collect(Collectors.toSet()), active,
                categories.stream().map(c -> new ServiceOfferingView.CategoryView(new CategoryId(c.id()), c.code(), c.name(), c.active()))
                        .toList(),
                getVersion());
    }

    private static String[] names(Set<Channel> channels) {
        return channels == null ? new String[0]
                : Arrays.stream(Channel.values()).filter(channels::contains).map(Channel::name).toArray(String[]::new);
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
