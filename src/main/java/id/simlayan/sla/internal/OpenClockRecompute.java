package id.simlayan.sla.internal;

import id.simlayan.calendar.BusinessCalendar;
import id.simlayan.identity.UnitId;
import id.simlayan.sla.internal.ClockComputation.ClockRow;
import id.simlayan.sla.internal.ClockStore.TicketRow;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Recomputes every open ticket's clocks from the stored inputs (after a calendar or policy
 * change), without asking the ticket module. Rounds of {@code simlayan.sla.recompute-chunk}
 * tickets, each in its own transaction: a round is written whole or not at all, a failure loses
 * at most one round, and no transaction spans a run over 100 000 tickets. The pages of tickets
 * whose due moved are refreshed after their round committed.
 */
@Component
public class OpenClockRecompute implements Recomputation.FullRun {

    private static final Logger log = LoggerFactory.getLogger(OpenClockRecompute.class);

    private final ClockStore store;
    private final ClockComputation computation;
    private final ClockRefresh refresh;
    private final PolicyStore policies;
    private final SlaSettings settings;
    private final TransactionTemplate transactions;
    private final Clock clock;

    OpenClockRecompute(ClockStore store, ClockComputation computation, ClockRefresh refresh, PolicyStore policies, SlaSettings settings,
                       PlatformTransactionManager transactionManager, Clock clock) {
        this.store = store;
        this.computation = computation;
        this.refresh = refresh;
        this.policies = policies;
        this.settings = settings;
        this.transactions = new TransactionTemplate(transactionManager);
        this.clock = clock;
    }

    /** Recomputes every open ticket's clocks; returns how many tickets were read. */
    @Override
    public int recomputeOpen() {
        Instant now = clock.instant();
        var allPolicies = policies.all();
        Map<UnitId, BusinessCalendar> cache = new HashMap<>();
        UUID after = null;
        int total = 0;
        while (true) {
            UUID from = after;
            Round round = transactions.execute(status -> round(from, allPolicies, cache, now));
            if (round == null || round.read() == 0) {
                break;
            }
            refresh.ticketsChanged(round.moved());
            after = round.last();
            total += round.read();
        }
        log.info("Recomputed the clocks of {} open tickets", total);
        return total;
    }

    private record Round(int read, UUID last, List<UUID> moved) {
    }

    private Round round(UUID after, List<SlaPolicy> allPolicies, Map<UnitId, BusinessCalendar> cache, Instant now) {
        var rows = store.openTickets(after, settings.recomputeChunk());
        if (rows.isEmpty()) {
            return new Round(0, after, List.of());
        }
        var stored = store.storedNotices(rows.stream().map(TicketRow::ticketId).toList());
        List<ClockRow> computed = new ArrayList<>(rows.size() * 2);
        List<UUID> policyTickets = new ArrayList<>(rows.size());
        List<UUID> policyIds = new ArrayList<>(rows.size());
        for (TicketRow row : rows) {
            var policy = PolicyStore.match(allPolicies, row.serviceId(), row.categoryId(), row.priority()).orElse(null);
            policyTickets.add(row.ticketId());
            policyIds.add(policy == null ? null : policy.id());
            try {
                computed.addAll(computation.compute(row, policy, now, stored, cache));
            } catch (RuntimeException e) {
                log.warn("Clocks of ticket {} not recomputed", row.ticketId(), e);
            }
        }
        var moved = store.writeRound(rows, computed, policyTickets, policyIds, stored, now);
        return new Round(rows.size(), rows.getLast().ticketId(), moved);
    }
}
