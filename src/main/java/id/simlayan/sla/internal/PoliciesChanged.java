package id.simlayan.sla.internal;

import java.time.Instant;
import java.util.UUID;

/** An SLA policy was created or changed (internal to the module): open clocks are recomputed. */
public record PoliciesChanged(UUID policyId, Instant at) {
}
