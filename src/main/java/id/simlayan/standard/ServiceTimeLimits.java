package id.simlayan.standard;

import id.simlayan.calendar.Target;
import id.simlayan.catalog.CategoryId;
import id.simlayan.catalog.ServiceOfferingId;
import java.util.List;

/**
 * The time limits the system enforces for a service, shown next to the standard's "jangka waktu"
 * text. Declared here and implemented by {@code sla}, which owns the policies: {@code ticket}
 * depends on this module and {@code sla} on {@code ticket}, so this module cannot ask {@code sla}
 * directly without a dependency cycle (the same shape as {@code ticket.TicketDeadlines}).
 */
public interface ServiceTimeLimits {

    /**
     * A service's active policy targets.
     *
     * @param categoryId null: every category
     * @param priority   the name of a {@code ticket.TicketPriority}; null: every priority
     * @param response   null: no response limit
     */
    record TimeLimit(CategoryId categoryId, String priority, Target response, Target resolution) {
    }

    /** The active policies of the service, the general ones first; empty when it has none. */
    List<TimeLimit> forService(ServiceOfferingId service);
}
