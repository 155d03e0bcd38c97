package id.simlayan.catalog;

import java.util.List;
import java.util.Optional;

/** Read access to the published catalog. */
public interface ServiceCatalog {

    List<ServiceOfferingView> activeOfferings();

    Optional<ServiceOfferingView> find(ServiceOfferingId id);

    Optional<ServiceOfferingView> findByCode(String code);
}
