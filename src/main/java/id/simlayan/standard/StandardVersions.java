package id.simlayan.standard;

import id.simlayan.catalog.ServiceOfferingId;
import java.time.Instant;
import java.util.Optional;

/** Which version of a service's standard applies; for modules that keep the version with their records. */
public interface StandardVersions {

    /**
     * The version in force for the service at that instant: of the published (or since
     * superseded) versions effective on that day in the instance's zone, the latest; empty for
     * a service without a published standard.
     */
    Optional<StandardVersionId> currentFor(ServiceOfferingId service, Instant at);

    /** The version's service and number, for links to it; empty for an unknown id or a draft. */
    Optional<VersionRef> find(StandardVersionId id);

    record VersionRef(StandardVersionId id, ServiceOfferingId serviceId, int number) {
    }
}
