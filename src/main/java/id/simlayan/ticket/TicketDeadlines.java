package id.simlayan.ticket;

import id.simlayan.calendar.ClockMode;
import id.simlayan.calendar.Target;
import id.simlayan.identity.Membership;
import id.simlayan.identity.UnitId;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Time limits of tickets as the ticket pages show them. Declared here, implemented by the
 * {@code sla} module (which depends on {@code ticket}, not the other way round); the pages
 * show nothing when no implementation is present. The answers are data (targets, moment types,
 * instants); the pages put them into words.
 */
public interface TicketDeadlines {

    /** For queue rows: the most pressing time limit of each ticket; tickets without one are missing from the map. */
    Map<TicketId, DeadlineBadge> badges(Collection<TicketId> tickets);

    /** For the ticket pages. */
    Optional<DeadlineSheet> sheet(TicketId ticket);

    /**
     * @param dueAt     null while paused (the due instant is not known until it resumes)
     * @param remaining while running: the time left before {@code dueAt} in the clock's measure (working time, or
     *                  elapsed time in calendar mode), negative once past; computed as for {@link DeadlineLine#remaining};
     *                  null when the clock is not running
     * @param mode      the measure of {@code remaining}
     */
    record DeadlineBadge(DeadlineKind kind, Instant dueAt, DeadlineLevel level, Duration remaining, ClockMode mode) {
    }

    /**
     * @param policyName  the SLA policy applied
     * @param lines       response and resolution, when the policy sets them
     * @param unitShares  business time each unit held the ticket (per disposition, like an OLA)
     * @param moments     clock history (started, paused, resumed, warning, breach, escalation, recomputed, extended)
     * @param extension   the extension staff may grant now; null when none is available (none in the policy, already
     *                    granted, clock not started, ticket done)
     */
    record DeadlineSheet(String policyName, List<DeadlineLine> lines, List<UnitShare> unitShares, List<DeadlineMoment> moments,
                         ExtensionOffer extension) {
    }

    /**
     * @param target     e.g. 7 working days
     * @param actionPath where the staff form posts (with a {@code reason} field)
     * @param grantedBy  who may grant it (any one of these memberships); the form is shown only to them, the POST checks again
     */
    record ExtensionOffer(Target target, String actionPath, Set<Membership> grantedBy) {

        public ExtensionOffer {
            grantedBy = Set.copyOf(grantedBy);
        }

        public boolean grantableBy(Set<Membership> memberships) {
            return memberships.stream().anyMatch(grantedBy::contains);
        }
    }

    /**
     * @param target      e.g. 48 hours of calendar time or 10 working days
     * @param extension   the extension granted on top of the resolution target; null when none
     * @param startedAt   null while the clock has not started (e.g. starts at verification)
     * @param dueAt       null while paused or not started
     * @param stoppedAt   when met or stopped; null while running
     * @param used        time counted so far (business or calendar time, as the target says)
     * @param remaining   time left before the due instant; negative when breached
     * @param mode        whether used and remaining are business (working) time or plain elapsed time
     * @param dueWhileClosed a calendar-time limit that falls due while the office of the ticket's calendar is closed
     */
    record DeadlineLine(DeadlineKind kind, Target target, Target extension, Instant startedAt, Instant dueAt, DeadlineLevel level,
                        Instant stoppedAt, Duration used, Duration remaining, ClockMode mode, boolean dueWhileClosed) {
    }

    /** @param until null while the unit still holds the ticket */
    record UnitShare(UnitId unitId, String unitName, Instant from, Instant until, Duration businessTime) {
    }

    /** What happened to a clock. */
    enum MomentType {
        STARTED, PAUSED, RESUMED, MET, MISSED, WARNING, BREACH, ESCALATED, RECOMPUTED, EXTENDED
    }

    /**
     * @param clock     the clock it happened to (null: the ticket's time limits as a whole)
     * @param due       the due instant it names (warning, breach, recomputed, extended), else null
     * @param note      the written reason of an extension, else null
     * @param staffOnly warnings, breaches and escalations are not shown to the requester
     */
    record DeadlineMoment(Instant at, MomentType type, DeadlineKind clock, Instant due, String note, boolean staffOnly) {
    }
}
