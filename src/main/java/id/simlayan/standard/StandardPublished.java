package id.simlayan.standard;

import id.simlayan.catalog.ServiceOfferingId;
import java.time.LocalDate;

/** A version of a service's standard was published; it is current from {@code effectiveDate}. */
public record StandardPublished(ServiceOfferingId serviceId, StandardVersionId versionId, int number, LocalDate effectiveDate) {
}
