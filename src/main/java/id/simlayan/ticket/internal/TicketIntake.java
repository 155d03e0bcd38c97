package id.simlayan.ticket.internal;

import id.simlayan.catalog.Audience;
import id.simlayan.catalog.CategoryId;
import id.simlayan.catalog.ServiceCatalog;
import id.simlayan.catalog.ServiceOfferingView;
import id.simlayan.identity.Affiliations;
import id.simlayan.identity.Affiliations.Affiliation;
import id.simlayan.identity.CurrentUser;
import id.simlayan.standard.FormAnswers;
import id.simlayan.standard.FormAnswersRefused;
import id.simlayan.standard.FormCheck;
import id.simlayan.standard.FormInput;
import id.simlayan.standard.RequestForm;
import id.simlayan.standard.RequestForms;
import id.simlayan.standard.StandardVersionId;
import id.simlayan.standard.StandardVersions;
import id.simlayan.storage.FileUpload;
import id.simlayan.storage.RejectedFileException;
import id.simlayan.storage.StoredFile;
import id.simlayan.ticket.AccessCode;
import id.simlayan.ticket.TicketId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A requester submits a ticket for a service of the catalog, answering the request form of the
 * service's current standard version. The one place every channel (web form, later the API and
 * staff intake) files a ticket, so the checks live here. Order: service, audience, category,
 * evidence, form version, answers ({@link RequestForms#checked}), then the files are checked and
 * kept by the storage module, then ticket, attachment links and answers are written. Everything
 * runs in one transaction: a refused answer or file, or a failure of storage, leaves no ticket,
 * no answers and no stored-file rows (the storage module removes the bytes on rollback).
 */
@Service
public class TicketIntake {

    /**
     * What the requester submitted; never bound from a form directly.
     *
     * @param files       the general attachments
     * @param formVersion the standard version whose form the requester filled in; null when the
     *                    caller showed no form (the answers are still checked against the current one)
     * @param answers     the request form's values; its documents are ignored: they are taken from {@code documents}
     * @param documents   the files per DOCUMENT field key
     */
    public record Submission(String serviceCode, UUID categoryId, String subject, String description, List<FileUpload> files,
                             StandardVersionId formVersion, FormInput answers, Map<String, List<FileUpload>> documents) {

        public Submission {
            files = files == null ? List.of() : List.copyOf(files);
            answers = answers == null ? FormInput.empty() : answers;
            documents = documents == null ? Map.of() : Map.copyOf(documents);
        }

        /** A submission for a service whose form asks for nothing (or that has no standard). */
        public Submission(String serviceCode, UUID categoryId, String subject, String description, List<FileUpload> files) {
            this(serviceCode, categoryId, subject, description, files, null, FormInput.empty(), Map.of());
        }

        /** The form input with the document uploads' names and sizes, as {@link RequestForms#check} judges them. */
        public FormInput formInput() {
            var uploads = new LinkedHashMap<String, List<FormInput.Upload>>();
            documents.forEach((key, files) -> uploads.put(key, files.stream().map(f -> new FormInput.Upload(f.originalName(), f.size())).toList()));
            return new FormInput(answers.values(), uploads);
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
    private final RequestForms forms;
    private final FormAnswerStore answers;
    private final TicketAccessCodes accessCodes;
    private final TicketWorkflows workflows;

    TicketIntake(ServiceCatalog catalog, TicketStore store, Attachments attachments, java.time.Clock clock, Affiliations affiliations,
                 StandardVersions standards, RequestForms forms, FormAnswerStore answers, TicketAccessCodes accessCodes,
                 TicketWorkflows workflows) {
        this.workflows = workflows;
        this.accessCodes = accessCodes;
        this.standards = standards;
        this.forms = forms;
        this.answers = answers;
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
     *                             ({@code ticket.error.formVersionChanged}: the form the requester
     *                             filled in is no longer the current one)
     * @throws FormAnswersRefused  when an answer fails the form's check, or the storage module
     *                             refuses a document's file (the problem is under that field's key)
     * @throws RejectedFileException when the storage module refuses a general attachment
     */
    @Transactional
    public Submitted submit(CurrentUser requester, Submission submission) {
        return file(requester, submission, requester.id(), false);
    }

    /**
     * {@link #submit} for {@link StaffIntake}: the files are kept as uploaded by {@code uploadedBy}
     * (the agent), and {@code audienceVouched} (the agent named the requester's unit/OPD) stands
     * for an affiliation the requester's account does not show.
     */
    @Transactional
    Submitted file(CurrentUser requester, Submission submission, id.simlayan.identity.UserId uploadedBy, boolean audienceVouched) {
        var service = catalog.findByCode(submission.serviceCode())
                .filter(s -> catalog.activeOfferings().stream().anyMatch(active -> active.id().equals(s.id())))
                .orElseThrow(() -> new TicketRuleViolation("ticket.error.unknownService"));
        if (!audienceVouched && !mayRequest(requester, service)) {
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
        var now = clock.instant();
        var form = formAt(service, now);
        if (submission.formVersion() != null && !submission.formVersion().equals(form.versionId())) {
            throw new TicketRuleViolation("ticket.error.formVersionChanged");
        }
        FormAnswers answered = form.versionId() == null ? FormAnswers.none() : forms.checked(form, submission.formInput());
        UUID by = uploadedBy.value();
        List<StoredFile> stored = attachments.store(submission.files(), by);
        var documents = new LinkedHashMap<String, List<StoredFile>>();
        for (var field : form.documents()) {
            documents.put(field.key(), storeDocument(field.key(), submission.documents().getOrDefault(field.key(), List.of()), by));
        }
        var ticket = Ticket.submit(TicketId.random(), store.nextNumber(service.kind(), now), service.kind(), service.id(),
                submission.categoryId() == null ? null : new CategoryId(submission.categoryId()), submission.subject(), submission.description(), requester.id(), now);
        if (form.versionId() != null) {
            ticket.fileUnder(form.versionId());
        }
        ticket.startIn(workflows.ofVersion(form.versionId()).start());
        UUID submittedEntry = ticket.newTimelineEntries().getFirst().id();
        store.save(ticket);
        stored.forEach(file -> attachments.link(ticket.ticketId(), file, by, submittedEntry));
        documents.forEach((key, files) -> files.forEach(file -> attachments.link(ticket.ticketId(), file, by, submittedEntry, key)));
        answers.add(ticket.ticketId(), answered);
        AccessCode accessCode = accessCodes.issue(ticket.ticketId());
        return new Submitted(ticket.ticketId(), ticket.getNumber(), accessCode, now);
    }

    /**
     * The request form a submission for the service answers now: the form of its current
     * standard version, or {@link RequestForm#none()} without a published standard.
     */
    @Transactional(readOnly = true)
    public RequestForm currentForm(ServiceOfferingView service) {
        return formAt(service, clock.instant());
    }

    private RequestForm formAt(ServiceOfferingView service, java.time.Instant at) {
        return standards.currentFor(service.id(), at)
                .map(version -> forms.of(version).orElseGet(() -> new RequestForm(version, List.of())))
                .orElseGet(RequestForm::none);
    }

    /** Keeps a document's files; a refusal by the storage module is reported against that field. */
    private List<StoredFile> storeDocument(String key, List<FileUpload> files, UUID by) {
        try {
            return attachments.store(files, by);
        } catch (RejectedFileException e) {
            List<Object> arguments = java.util.Arrays.stream(e.arguments()).map(a -> a == null ? (Object) "" : a).toList();
            throw new FormAnswersRefused(Map.of(key, new FormCheck.Problem(e.messageCode(), arguments)));
        }
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
