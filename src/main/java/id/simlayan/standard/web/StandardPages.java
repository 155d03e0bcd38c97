package id.simlayan.standard.web;

import id.simlayan.catalog.ServiceCatalog;
import id.simlayan.catalog.ServiceOfferingId;
import id.simlayan.standard.StandardVersionId;
import id.simlayan.standard.internal.StandardEditing;
import id.simlayan.standard.internal.StandardVersion;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * What the standard's fragments (templates/standard/fragments.html) show inside other
 * modules' pages: the public service page calls {@code ${@standardPages.summary(service.id())}},
 * the ticket pages {@code ${@standardPages.ticketLink(t.standardVersionId)}}. So those modules
 * include one line of template and no Java of this module.
 */
@Component("standardPages")
public class StandardPages {

    /** The current version of a service with the numbers of the other published versions. */
    public record Summary(String serviceCode, StandardVersion current, List<StandardVersion.Component> components, List<Integer> others) {
    }

    /** A link to the version a ticket was filed under. */
    public record TicketLink(String href, int number) {
    }

    private final StandardEditing standards;
    private final ServiceCatalog catalog;
    private final TimeLimitViews timeLimits;

    StandardPages(StandardEditing standards, ServiceCatalog catalog, TimeLimitViews timeLimits) {
        this.standards = standards;
        this.catalog = catalog;
        this.timeLimits = timeLimits;
    }

    /** The SLA policies' targets of the service in words, shown with the "jangka waktu" component; empty without policies. */
    public List<TimeLimitViews.Line> timeLimits(ServiceOfferingId service, Locale locale) {
        return timeLimits.lines(service, locale);
    }

    /** Null for a service without a published standard. */
    public Summary summary(ServiceOfferingId service) {
        var code = catalog.find(service).map(s -> s.code()).orElse(null);
        return standards.current(service)
                .map(current -> new Summary(code, current, current.serviceDelivery(), standards.versions(service).stream()
                        .filter(v -> !v.isDraft() && v.number() != current.number()).map(StandardVersion::number).toList()))
                .orElse(null);
    }

    /** Null when the ticket was filed for a service without a standard. */
    public TicketLink ticketLink(UUID versionId) {
        if (versionId == null) {
            return null;
        }
        return standards.find(new StandardVersionId(versionId))
                .flatMap(ref -> catalog.find(ref.serviceId())
                        .map(service -> new TicketLink("/layanan/" + service.code() + "/standar/" + ref.number(), ref.number())))
                .orElse(null);
    }
}
