package id.simlayan.ticket.internal;

import id.simlayan.catalog.Audience;
import id.simlayan.catalog.CategoryId;
import id.simlayan.catalog.ServiceCatalog;
import id.simlayan.catalog.ServiceOfferingView;
import id.simlayan.identity.Affiliations;
import id.simlayan.identity.Affiliations.Affiliation;
import id.simlayan.identity.CurrentUser;
import id.simlayan.standard.StandardVersions;
import id.simlayan.storage.FileUpload;
import id.simlayan.storage.RejectedFileException;
import id.simlayan.storage.StoredFile;
import id.simlayan.ticket.AccessCode;
import id.simlayan.ticket.TicketId;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A requester submits a ticket for a service of the catalog. Files are checked and kept by
 * the storage module first; if any is refused, or a rule fails, nothing is created.
 */
@Service
public class TicketIntake {

    /** What the requester submitted; never bound from a form directly. */
    public record Submission(String serviceCode, UUID categoryId, String subject, String description, List<FileUpload> files) {

        public Submission {
            files = files == null ? List.of() : List.copyOf(files);
        }
    }

    /**
     * The new ticket's id and number, and its access code: shown once on the confirmation,
     * never stored in plain text (see {@link TicketAccessCodes}).
     */
    public record Submitted(TicketId id, String number, AccessCode accessCode, java.time.Instant submittedAt) {
    }

    private final ServiceCatalog catalog;
    private final TicketStore store;
    private final Attachments attachments;
    private final java.time.Clock clock;
    private final Affiliations affiliations;
    private final StandardVersions standards;
    private final TicketAccessCodes accessCodes;

    TicketIntake(ServiceCatalog catalog, TicketStore store, Attachments attachments, java.time.Clock clock, Affiliations affiliations,
                 StandardVersions standards, TicketAccessCodes accessCodes) {
        this.accessCodes = accessCodes;
        this.standards = standards;
        this.affiliations = affiliations;
        this.catalog = catalog;
        this.store = store;
        this.attachments = attachments;
        this.clock = clock;
    }

    /**
     * @throws TicketRuleViolation for an unknown service, a service the requester may not
     *                             request (its audience), a category of another service, a
     *                             complaint without evidence, missing text
     * @throws RejectedFileException when the storage module refuses a file
     */
    @Transactional
    public Submitted submit(CurrentUser requester, Submission submission) {
        var service = catalog.findByCode(submission.serviceCode())
                .filter(s -> catalog.activeOfferings().stream().anyMatch(active -> active.id().equals(s.id())))
                .orElseThrow(() -> new TicketRuleViolation("ticket.error.unknownService"));
        if (!mayRequest(requester, service)) {
            throw new TicketRuleViolation("ticket.error.audience." + service.audience().name());
        }
        // a category of this service is required when the service has categories
        boolean categoryRequired = !service.categories().isEmpty();
        if (submission.categoryId() == null ? categoryRequired : service.category(new CategoryId(submission.categoryId())).isEmpty()) {
            throw new TicketRuleViolation("ticket.error.categoryNotOfService");
        }
        if (service.evidenceRequired() && submission.files().isEmpty()) {
            throw new TicketRuleViolation("ticket.error.evidenceRequired");
        }
        List<StoredFile> stored = attachments.store(submission.files(), requester.id().value());
        var now = clock.instant();
        var ticket = Ticket.submit(TicketId.random(), store.nextNumber(service.kind(), now), service.kind(), service.id(),
                submission.categoryId() == null ? null : new CategoryId(submission.categoryId()), submission.subject(), submission.description(), requester.id(), now);
        standards.currentFor(service.id(), now).ifPresent(ticket::fileUnder);
        UUID submittedEntry = ticket.newTimelineEntries().getFirst().id();
        store.save(ticket);
        stored.forEach(file -> attachments.link(ticket.ticketId(), file, requester.id().value(), submittedEntry));
        AccessCode accessCode = accessCodes.issue(ticket.ticketId());
        return new Submitted(ticket.ticketId(), ticket.getNumber(), accessCode, now);
    }

    /**
     * Whether the person may request the service: anyone for PUBLIC, a civil servant (ASN or
     * staff) for ASN, a civil servant with an own unit for OPD.
     */
    @Transactional(readOnly = true)
    public boolean mayRequest(CurrentUser requester, ServiceOfferingView service) {
        if (service.audience() == Audience.PUBLIC) {
            return true;
        }
        var affiliation = affiliations.of(requester.id()).orElse(Affiliation.CITIZEN);
        return switch (service.audience()) {
            case PUBLIC -> true;
            case ASN -> affiliation.civilServant();
            case OPD -> affiliation.civilServant() && affiliation.unit() != null;
        };
    }
}
