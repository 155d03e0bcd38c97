package id.simlayan.sla.internal;

import id.simlayan.catalog.ServiceOfferingId;
import id.simlayan.standard.ServiceTimeLimits;
import java.util.Comparator;
import java.util.List;
import org.springframework.stereotype.Component;

/** The standard's view of a service's active policies: data only, the standard writes the words. */
@Component
class PolicyTimeLimits implements ServiceTimeLimits {

    private final PolicyStore policies;

    PolicyTimeLimits(PolicyStore policies) {
        this.policies = policies;
    }

    @Override
    public List<TimeLimit> forService(ServiceOfferingId service) {
        return policies.activeFor(service).stream()
                .sorted(Comparator.comparingInt(SlaPolicy::specificity).thenComparing(SlaPolicy::name))
                .map(p -> new TimeLimit(p.categoryId(), p.priority() == null ? null : p.priority().name(), p.response(), p.resolution()))
                .toList();
    }
}
