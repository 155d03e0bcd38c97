package id.simlayan.sla.internal;

import id.simlayan.identity.UserId;
import java.time.Clock;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Creates and changes SLA policies; every change recomputes the open clocks (asynchronously, after commit). */
@Service
public class PolicyAdministration {

    private final PolicyStore store;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    PolicyAdministration(PolicyStore store, ApplicationEventPublisher events, Clock clock) {
        this.store = store;
        this.events = events;
        this.clock = clock;
    }

    /**
     * @throws org.springframework.dao.DuplicateKeyException when another active policy has the same key
     * @throws org.springframework.dao.OptimisticLockingFailureException when the policy changed meanwhile
     */
    @Transactional
    public UUID save(SlaPolicy policy, UserId by) {
        UUID id = store.save(policy, by);
        events.publishEvent(new PoliciesChanged(id, clock.instant()));
        return id;
    }
}
