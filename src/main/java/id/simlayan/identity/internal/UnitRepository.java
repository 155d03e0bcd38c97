package id.simlayan.identity.internal;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;

interface UnitRepository extends ListCrudRepository<Unit, UUID> {

    Optional<Unit> findByCode(String code);

    @Query("SELECT * FROM units WHERE front_desk")
    Optional<Unit> findFrontDesk();

    @Query("SELECT * FROM units ORDER BY front_desk DESC, name")
    List<Unit> findAllInOrder();

    @Query("SELECT * FROM units WHERE upper(code) = upper(:code)")
    Optional<Unit> findByCodeIgnoringCase(String code);

    @Query("SELECT * FROM units WHERE active ORDER BY front_desk DESC, name")
    List<Unit> findAllActive();
}
