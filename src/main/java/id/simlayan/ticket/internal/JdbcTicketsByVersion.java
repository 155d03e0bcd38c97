package id.simlayan.ticket.internal;

import id.simlayan.catalog.ServiceOfferingId;
import id.simlayan.standard.StandardVersionId;
import id.simlayan.standard.TicketsByVersion;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class JdbcTicketsByVersion implements TicketsByVersion {

    private final JdbcClient jdbc;

    JdbcTicketsByVersion(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Map<StandardVersionId, Count> of(ServiceOfferingId service) {
        var counts = new HashMap<StandardVersionId, Count>();
        jdbc.sql("""
                        SELECT standard_version_id, count(*) AS total, count(*) FILTER (WHERE status NOT IN ('DITUTUP', 'DITOLAK')) AS open
                        FROM tickets WHERE service_id = ? GROUP BY standard_version_id""")
                .param(service.value())
                .query(rs -> {
                    var version = rs.getObject("standard_version_id", UUID.class);
                    counts.put(version == null ? null : new StandardVersionId(version), new Count(rs.getLong("total"), rs.getLong("open")));
                });
        return counts;
    }
}
