package id.simlayan.catalog.internal;

import id.simlayan.catalog.Audience;
import id.simlayan.catalog.CatalogAdministration;
import id.simlayan.catalog.ServiceCatalog;
import id.simlayan.catalog.ServiceOfferingId;
import id.simlayan.catalog.ServiceOfferingView;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

@Component
class JdbcServiceCatalog implements ServiceCatalog, CatalogAdministration {

    private final ServiceOfferingRepository offerings;
    private final Clock clock;

    JdbcServiceCatalog(ServiceOfferingRepository offerings, Clock clock) {
        this.offerings = offerings;
        this.clock = clock;
    }

    @Override
    @Transactional(readOnly = true)
    public List<ServiceOfferingView> activeOfferings() {
        return offerings.findAllActive().stream().map(ServiceOffering::view).toList();
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<ServiceOfferingView> find(ServiceOfferingId id) {
        return offerings.findById(id.value()).map(ServiceOffering::view);
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<ServiceOfferingView> findByCode(String code) {
        return offerings.findByCode(code).map(ServiceOffering::view);
    }

    @Override
    @Transactional
    public ServiceOfferingId create(NewServiceOffering o) {
        var offering = new ServiceOffering(UUID.randomUUID(), o.code(), o.name(), o.summary(), o.description(), o.kind(),
                o.ownerUnitId().value(), o.audience(), offerings.maxSortOrder() + 10, clock.instant());
        o.categories().forEach(c -> offering.addCategory(c.code(), c.name()));
        return new ServiceOfferingId(offerings.save(offering).getId());
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
}
