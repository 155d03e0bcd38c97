package id.simlayan.sla.internal;

import id.simlayan.catalog.ServiceCatalog;
import id.simlayan.identity.Directory;
import id.simlayan.identity.UnitId;
import id.simlayan.sla.internal.ClockStore.TicketRow;
import id.simlayan.ticket.TicketFacts;
import id.simlayan.ticket.TicketHistory;
import id.simlayan.ticket.TicketId;
import id.simlayan.ticket.TicketPriority;
import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Rebuilds one ticket's clock inputs and clocks from its facts, from scratch: idempotent,
 * independent of the order of events, serialized per ticket by an advisory lock.
 */
@Component
class TicketClockRebuild {

    private final ClockStore store;
    private final ClockComputation computation;
    private final ClockRefresh refresh;
    private final TicketHistory history;
    private final ServiceCatalog catalog;
    private final Directory directory;
    private final PolicyStore policies;
    private final Clock clock;

    TicketClockRebuild(ClockStore store, ClockComputation computation, ClockRefresh refresh, TicketHistory history, ServiceCatalog catalog,
                       Directory directory, PolicyStore policies, Clock clock) {
        this.store = store;
        this.computation = computation;
        this.refresh = refresh;
        this.history = history;
        this.catalog = catalog;
        this.directory = directory;
        this.policies = policies;
        this.clock = clock;
    }

    @Transactional
    public void rebuild(TicketId id) {
        store.lock(id.value());
        var found = history.facts(id);
        if (found.isEmpty()) {
            return;
        }
        TicketFacts facts = found.get();
        UnitId calendarUnit = catalog.find(facts.serviceId()).map(s -> s.ownerUnitId()).orElseGet(() -> directory.frontDesk().id());
        var before = store.ticket(id.value());
        long revision = before.map(TicketRow::revision).orElse(0L) + 1;
        var row = new TicketRow(id.value(), facts.serviceId(), facts.categoryId(), facts.priority() == null ? TicketPriority.NORMAL : facts.priority(),
                facts.status(), facts.receivedAt(), ClockInputs.timeline(facts), ClockInputs.firstResponse(facts), calendarUnit, facts.holderUnitId(),
                facts.holderUserId() == null ? null : facts.holderUserId().value(), revision, before.map(TicketRow::extension).orElse(null),
                currentHandoff(facts), facts.userNotifiedAt());
        var policy = PolicyStore.match(policies.activeFor(facts.serviceId()), row.serviceId(), row.categoryId(), row.priority()).orElse(null);
        Instant now = clock.instant();
        store.saveTicket(row, facts.number(), facts.subject(), policy == null ? null : policy.id(), now);
        var stored = store.storedNotices(List.of(id.value()));
        store.replaceClocks(id.value(), computation.compute(row, policy, now, stored, new HashMap<>()), now);
        store.replaceShares(id.value(), facts.dispositions());
        // the ticket's own change already refreshed its pages, possibly before this rebuild ran
        refresh.ticketChanged(id);
    }

    /** The latest hand-off not ended (the same rows {@code replaceShares} keeps with an open end). */
    static ClockStore.CurrentHandoff currentHandoff(TicketFacts facts) {
        return facts.dispositions().stream().filter(d -> d.endedAt() == null).reduce((a, b) -> b)
                .map(d -> new ClockStore.CurrentHandoff(d.seq(), d.unitId(), d.disposedAt())).orElse(null);
    }
}
