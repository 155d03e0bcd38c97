package id.simlayan.catalog.internal;

import id.simlayan.audit.AuditLog;
import id.simlayan.audit.AuditLog.AuditEntry;
import id.simlayan.catalog.Audience;
import id.simlayan.catalog.CatalogAdministration;
import id.simlayan.catalog.CatalogChangeRefused;
import id.simlayan.catalog.CategoryId;
import id.simlayan.catalog.ServiceCatalog;
import id.simlayan.catalog.ServiceOfferingId;
import id.simlayan.catalog.ServiceOfferingView;
import id.simlayan.identity.UserId;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

@Component
class JdbcServiceCatalog implements ServiceCatalog, CatalogAdministration {

    private static final Pattern CODE = Pattern.compile(CODE_PATTERN);
    private static final String TARGET = "SERVICE";

    private final ServiceOfferingRepository offerings;
    private final CategoryStore categories;
    private final AuditLog audit;
    private final Clock clock;

    JdbcServiceCatalog(ServiceOfferingRepository offerings, CategoryStore categories, AuditLog audit, Clock clock) {
        this.offerings = offerings;
        this.categories = categories;
        this.audit = audit;
        this.clock = clock;
    }

    @Override
    @Transactional(readOnly = true)
    public List<ServiceOfferingView> activeOfferings() {
        return views(offerings.findAllActive());
    }

    @Override
    @Transactional(readOnly = true)
    public List<ServiceOfferingView> allOfferings() {
        return views(offerings.findAllInOrder());
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<ServiceOfferingView> find(ServiceOfferingId id) {
        return offerings.findById(id.value()).map(this::view);
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<ServiceOfferingView> findByCode(String code) {
        return offerings.findByCode(code).map(this::view);
    }

    @Override
    @Transactional
    public ServiceOfferingId create(NewServiceOffering o) {
        return create(o, null);
    }

    @Override
    @Transactional
    public ServiceOfferingId create(NewServiceOffering o, UserId actor) {
        if (o.code() == null || o.code().length() > 40 || !CODE.matcher(o.code()).matches()) {
            throw new CatalogChangeRefused("catalog.admin.error.code");
        }
        if (offerings.findByCode(o.code()).isPresent()) {
            throw new CatalogChangeRefused("catalog.admin.error.duplicateCode");
        }
        var offering = new ServiceOffering(UUID.randomUUID(), o.code(), o.name(), o.nameEn(), o.summary(), o.summaryEn(), o.description(),
                o.kind(), o.ownerUnitId().value(), o.audience(), o.channels(), offerings.maxSortOrder() + 10, clock.instant());
        UUID id;
        try {
            id = offerings.save(offering).getId();
        } catch (DuplicateKeyException e) {
            // another administrator created the same code a moment ago
            throw new CatalogChangeRefused("catalog.admin.error.duplicateCode");
        }
        for (var c : o.categories()) {
            checkCategoryCode(id, c.code());
            categories.add(id, c.code(), c.name());
        }
        audited(actor, "SERVICE_CREATE", id, "code=" + o.code());
        return new ServiceOfferingId(id);
    }

    @Override
    @Transactional
    public void changeAudience(ServiceOfferingId id, Audience audience) {
        var offering = offerings.findById(id.value()).orElseThrow(() -> new IllegalArgumentException("No service " + id));
        if (offering.getAudience() != audience) {
            offering.changeAudience(audience, clock.instant());
            offerings.save(offering);
        }
    }

    @Override
    @Transactional
    public void update(ServiceOfferingId id, long version, ServiceChanges changes, UserId actor) {
        var offering = current(id, version);
        offering.change(changes, clock.instant());
        save(offering);
        audited(actor, "SERVICE_UPDATE", id.value(), "code=" + offering.getCode() + " active=" + changes.active());
    }

    @Override
    @Transactional
    public void addCategory(ServiceOfferingId id, long version, NewCategory category, UserId actor) {
        var offering = current(id, version);
        if (category.code() == null || category.code().length() > 40 || !CODE.matcher(category.code()).matches()) {
            throw new CatalogChangeRefused("catalog.admin.error.categoryCode");
        }
        checkCategoryCode(id.value(), category.code());
        categories.add(id.value(), category.code(), category.name().strip());
        touch(offering);
        audited(actor, "SERVICE_CATEGORY_ADD", id.value(), "category=" + category.code());
    }

    @Override
    @Transactional
    public void renameCategory(ServiceOfferingId id, long version, CategoryId category, String name, UserId actor) {
        var offering = current(id, version);
        var row = category(id, category);
        categories.rename(row.id(), name.strip());
        touch(offering);
        audited(actor, "SERVICE_CATEGORY_RENAME", id.value(), "category=" + row.code());
    }

    @Override
    @Transactional
    public void moveCategory(ServiceOfferingId id, long version, CategoryId category, int step, UserId actor) {
        var offering = current(id, version);
        var row = category(id, category);
        List<UUID> order = new ArrayList<>(categories.of(id.value()).stream().map(CategoryStore.Row::id).toList());
        int from = order.indexOf(row.id());
        int to = Math.clamp(from + Integer.signum(step), 0, order.size() - 1);
        if (from == to) {
            return;
        }
        order.add(to, order.remove(from));
        categories.reorder(order);
        touch(offering);
        audited(actor, "SERVICE_CATEGORY_MOVE", id.value(), "category=" + row.code() + " position=" + to);
    }

    @Override
    @Transactional
    public void changeCategoryActive(ServiceOfferingId id, long version, CategoryId category, boolean active, UserId actor) {
        var offering = current(id, version);
        var row = category(id, category);
        categories.changeActive(row.id(), active);
        touch(offering);
        audited(actor, active ? "SERVICE_CATEGORY_ACTIVATE" : "SERVICE_CATEGORY_DEACTIVATE", id.value(), "category=" + row.code());
    }

    private ServiceOffering current(ServiceOfferingId id, long version) {
        var offering = offerings.findById(id.value()).orElseThrow(() -> new CatalogChangeRefused("catalog.admin.error.notFound"));
        if (offering.getVersion() != version) {
            throw new CatalogChangeRefused(CatalogChangeRefused.STALE);
        }
        return offering;
    }

    private CategoryStore.Row category(ServiceOfferingId id, CategoryId category) {
        return categories.of(id.value()).stream().filter(c -> c.id().equals(category.value())).findFirst()
                .orElseThrow(() -> new CatalogChangeRefused("catalog.admin.error.category"));
    }

    private void checkCategoryCode(UUID serviceId, String code) {
        if (categories.of(serviceId).stream().anyMatch(c -> c.code().equals(code))) {
            throw new CatalogChangeRefused("catalog.admin.error.duplicateCategory");
        }
    }

    private void touch(ServiceOffering offering) {
        offering.touch(clock.instant());
        save(offering);
    }

    private void save(ServiceOffering offering) {
        try {
            offerings.save(offering);
        } catch (OptimisticLockingFailureException e) {
            // saved by someone else between our read and our write
            throw new CatalogChangeRefused(CatalogChangeRefused.STALE);
        }
    }

    private void audited(UserId actor, String action, UUID serviceId, String detail) {
        audit.record(AuditEntry.allowed(actor == null ? null : actor.value(), action, TARGET, serviceId.toString(), detail));
    }

    private ServiceOfferingView view(ServiceOffering offering) {
        return offering.view(categories.of(offering.getId()));
    }

    private List<ServiceOfferingView> views(List<ServiceOffering> list) {
        var byService = categories.of(list.stream().map(ServiceOffering::getId).toList());
        return list.stream().map(o -> o.view(byService.getOrDefault(o.getId(), List.of()))).toList();
    }
}
