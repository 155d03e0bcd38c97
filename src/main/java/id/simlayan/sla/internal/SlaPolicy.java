package id.simlayan.sla.internal;

import id.simlayan.calendar.Target;
import id.simlayan.catalog.CategoryId;
import id.simlayan.catalog.ServiceOfferingId;
import id.simlayan.ticket.TicketPriority;
import id.simlayan.ticket.TicketStatus;
import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;

/**
 * An SLA policy: which tickets it covers (service, optionally category and priority) and its terms.
 *
 * @param response   null: no response time limit
 * @param extension  an extension the holder may grant once (e.g. 7 working days for public information requests); null: none
 * @param handoff    the target of each unit a ticket is handed to (OLA), counted on that unit's calendar from the hand-off
 *                   until the unit hands it back, returns it or the ticket stops; null: none
 * @param startEvent when the resolution clock starts; the response clock always starts at receipt
 * @param pauseStatuses statuses in which both clocks stand still; always contains MENUNGGU_PEMOHON
 */
public record SlaPolicy(UUID id, ServiceOfferingId serviceId, CategoryId categoryId, TicketPriority priority, String name,
                        Target response, Target resolution, Target extension, Target handoff, StartEvent startEvent, Set<TicketStatus> pauseStatuses,
                        int warningPercent, boolean escalate, boolean active, long version) {

    public static final int DEFAULT_WARNING_PERCENT = 75;

    public enum StartEvent {
        /** when the ticket was submitted */
        RECEIVED,
        /** the first change into DIPROSES (the front desk accepted it after verification) */
        VERIFIED,
        /** when the user was first told the work starts (help desk, seed 003: the NOTIFY_USER step); not before */
        USER_NOTIFIED
    }

    public SlaPolicy {
        if (serviceId == null || resolution == null || startEvent == null || name == null) {
            throw new IllegalArgumentException("A policy needs a service, a name, a resolution target and a start event");
        }
        var statuses = pauseStatuses == null || pauseStatuses.isEmpty() ? EnumSet.noneOf(TicketStatus.class) : EnumSet.copyOf(pauseStatuses);
        statuses.add(TicketStatus.MENUNGGU_PEMOHON);
        pauseStatuses = Set.copyOf(statuses);
        if (warningPercent < 1 || warningPercent > 99) {
            throw new IllegalArgumentException("warning percent must be 1..99");
        }
    }

    /** The target of a kind of clock; null when the policy sets none. */
    Target target(id.simlayan.ticket.DeadlineKind kind) {
        return switch (kind) {
            case RESPONSE -> response;
            case RESOLUTION -> resolution;
            case HANDOFF -> handoff;
        };
    }

    /** How specific the key is: service+category+priority (3) > service+category (2) > service+priority (1) > service (0). */
    int specificity() {
        return (categoryId != null ? 2 : 0) + (priority != null ? 1 : 0);
    }

    boolean covers(ServiceOfferingId service, CategoryId category, TicketPriority ticketPriority) {
        return active && serviceId.equals(service) && (categoryId == null || categoryId.equals(category))
                && (priority == null || priority == ticketPriority);
    }
}
