package id.simlayan.catalog.internal;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;

interface ServiceOfferingRepository extends ListCrudRepository<ServiceOffering, UUID> {

    Optional<ServiceOffering> findByCode(String code);

    @Query("SELECT * FROM service_offerings WHERE active ORDER BY sort_order, name")
    List<ServiceOffering> findAllActive();

    @Query("SELECT * FROM service_offerings ORDER BY sort_order, name")
    List<ServiceOffering> findAllInOrder();

    @Query("SELECT coalesce(max(sort_order), 0) FROM service_offerings")
    int maxSortOrder();
}
