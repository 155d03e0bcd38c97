package id.simlayan.ticket.internal;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;

interface TicketRepository extends ListCrudRepository<Ticket, UUID> {

    @Query("SELECT id FROM tickets WHERE status = 'SELESAI' AND resolved_at <= :resolvedBefore ORDER BY resolved_at LIMIT :limit")
    List<UUID> findResolvedBefore(Instant resolvedBefore, int limit);
}
