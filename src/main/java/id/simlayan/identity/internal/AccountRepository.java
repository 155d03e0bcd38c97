package id.simlayan.identity.internal;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;

interface AccountRepository extends ListCrudRepository<Account, UUID> {

    @Query("SELECT * FROM users WHERE lower(email) = lower(:email)")
    Optional<Account> findByEmail(String email);

    @Query("SELECT EXISTS (SELECT 1 FROM users WHERE lower(email) = lower(:email))")
    boolean existsByEmail(String email);

    @Query("SELECT * FROM users WHERE nik = :nik")
    Optional<Account> findByNik(String nik);

    @Query("SELECT * FROM users WHERE nip = :nip")
    Optional<Account> findByNip(String nip);

    @Query("SELECT EXISTS (SELECT 1 FROM users WHERE nik = :nik)")
    boolean existsByNik(String nik);

    @Query("SELECT EXISTS (SELECT 1 FROM users WHERE nip = :nip)")
    boolean existsByNip(String nip);

    @Query("""
            SELECT u.* FROM users u JOIN memberships m ON m.user_id = u.id
            WHERE m.unit_id = :unitId AND m.role = :role AND u.status = 'ACTIVE' ORDER BY u.full_name
            """)
    List<Account> findActiveHolders(UUID unitId, String role);

    @Query("""
            SELECT DISTINCT u.* FROM users u JOIN memberships m ON m.user_id = u.id
            WHERE m.role = :role AND u.status = 'ACTIVE' ORDER BY u.full_name
            """)
    List<Account> findActiveHoldersAnywhere(String role);

    @Query("SELECT count(*) FROM users WHERE status = :status")
    long countByStatus(String status);

    @Query("SELECT * FROM users WHERE status = :status ORDER BY created_at")
    List<Account> findByStatus(String status);
}
