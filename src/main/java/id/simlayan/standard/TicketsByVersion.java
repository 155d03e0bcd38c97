package id.simlayan.standard;

import id.simlayan.catalog.ServiceOfferingId;
import java.util.Map;

/**
 * How many tickets were filed under each version of a service's standard: the admin's report of
 * which version the requests answered. Declared here and implemented by {@code ticket}, which
 * owns the tickets and depends on this module (asking it directly would close a cycle).
 */
public interface TicketsByVersion {

    /** @param open the tickets not yet closed or rejected */
    record Count(long total, long open) {
    }

    /** Per version of the service that has tickets; the key {@code null} counts the tickets filed under no version. */
    Map<StandardVersionId, Count> of(ServiceOfferingId service);
}
