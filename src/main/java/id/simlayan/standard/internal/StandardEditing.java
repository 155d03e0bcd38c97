package id.simlayan.standard.internal;

import id.simlayan.catalog.ServiceOfferingId;
import id.simlayan.identity.UserId;
import id.simlayan.platform.DateDisplay;
import id.simlayan.standard.RequestForm;
import id.simlayan.standard.StandardPublished;
import id.simlayan.standard.StandardVersionId;
import id.simlayan.standard.StandardVersions;
import id.simlayan.standard.internal.StandardVersion.Decree;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Drafting and publishing standards, and the answer to "which version applies". Superseding:
 * a version published with an effective date of today or earlier supersedes the previous
 * current one at once; one published for a later date leaves both PUBLISHED, "current" is
 * resolved by effective date meanwhile, and the nightly job marks the older one SUPERSEDED
 * once the newer one is effective.
 */
@Service
public class StandardEditing implements StandardVersions {

    /** A draft's new content: decree, legal bases and the component texts by key. */
    public record DraftContent(Decree decree, List<String> legalBases, Map<String, String> bodies, Map<String, String> labels) {

        public DraftContent(Decree decree, List<String> legalBases, Map<String, String> bodies) {
            this(decree, legalBases, bodies, Map.of());
        }
    }

    private final StandardStore store;
    private final FormStore forms;
    private final Clock clock;
    private final DateDisplay dates;
    private final ApplicationEventPublisher events;
    private final DecreeAnnexes annexes;
    private final WorkflowStore workflows;

    StandardEditing(StandardStore store, FormStore forms, Clock clock, DateDisplay dates, ApplicationEventPublisher events, DecreeAnnexes annexes,
                    WorkflowStore workflows) {
        this.store = store;
        this.workflows = workflows;
        this.annexes = annexes;
        this.forms = forms;
        this.clock = clock;
        this.dates = dates;
        this.events = events;
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<StandardVersionId> currentFor(ServiceOfferingId service, Instant at) {
        return store.currentOn(service, LocalDate.ofInstant(at, dates.zone()));
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<VersionRef> find(StandardVersionId id) {
        return store.find(id).filter(v -> !v.isDraft()).map(v -> new VersionRef(v.id(), v.serviceId(), v.number()));
    }

    @Transactional(readOnly = true)
    public Optional<StandardVersion> current(ServiceOfferingId service) {
        return currentFor(service, clock.instant()).flatMap(store::find);
    }

    @Transactional(readOnly = true)
    public List<StandardVersion> versions(ServiceOfferingId service) {
        return store.ofService(service);
    }

    @Transactional(readOnly = true)
    public Optional<StandardVersion> version(ServiceOfferingId service, int number) {
        return store.byNumber(service, number);
    }

    @Transactional(readOnly = true)
    public Optional<StandardVersion> draft(ServiceOfferingId service) {
        return store.ofService(service).stream().filter(StandardVersion::isDraft).findFirst();
    }

    /**
     * The service's draft: the existing one, else a copy of the latest published version (its
     * request form and workflow too), else an empty version 1 with an empty form and the general
     * procedure.
     */
    @Transactional
    public StandardVersion startDraft(ServiceOfferingId service) {
        var existing = draft(service);
        if (existing.isPresent()) {
            return existing.get();
        }
        var latest = store.ofService(service).stream().findFirst();
        var draft = latest.map(v -> v.nextDraft(StandardVersionId.random()))
                .orElseGet(() -> StandardVersion.firstDraft(StandardVersionId.random(), service));
        store.save(draft);
        latest.ifPresent(v -> forms.replace(new RequestForm(draft.id(), forms.formOf(v.id()).fields())));
        latest.ifPresent(v -> workflows.copy(v.id(), draft.id()));
        return store.find(draft.id()).orElseThrow();
    }

    /** Saves the draft's content; {@code rowVersion} is the version the form was shown with. */
    @Transactional
    public void edit(ServiceOfferingId service, long rowVersion, DraftContent content) {
        var draft = draft(service).orElseThrow(() -> new StandardRuleViolation("standard.error.noDraft"));
        if (draft.rowVersion() != rowVersion) {
            throw new StandardRuleViolation("standard.error.changedMeanwhile");
        }
        draft.describe(content.decree(), content.legalBases());
        content.bodies().forEach(draft::write);
        content.labels().forEach(draft::relabel);
        store.save(draft);
    }

    /**
     * Publishes the service's draft, current from {@code effectiveDate}, and keeps its decree
     * annex PDF through storage; if the annex cannot be kept nothing is published
     * ({@code standard.error.annexNotKept}).
     */
    @Transactional
    public StandardVersion publish(ServiceOfferingId service, long rowVersion, LocalDate effectiveDate, UserId by) {
        var draft = draft(service).orElseThrow(() -> new StandardRuleViolation("standard.error.noDraft"));
        if (draft.rowVersion() != rowVersion) {
            throw new StandardRuleViolation("standard.error.changedMeanwhile");
        }
        var previous = store.ofService(service).stream().filter(v -> !v.isDraft()).findFirst();
        if (effectiveDate != null && previous.isPresent() && effectiveDate.isBefore(previous.get().effectiveDate())) {
            // otherwise the older version would become current again on the days in between
            throw new StandardRuleViolation("standard.error.effectiveBeforePrevious");
        }
        draft.publish(effectiveDate, by, clock.instant());
        store.save(draft);
        var published = store.find(draft.id()).orElseThrow();
        annexes.keep(annexes.serviceOf(published), published, by);
        supersedeOvertaken();
        events.publishEvent(new StandardPublished(service, draft.id(), draft.number(), effectiveDate));
        return store.find(draft.id()).orElseThrow();
    }

    /** Marks PUBLISHED versions that a newer effective version has overtaken as SUPERSEDED. */
    @Scheduled(cron = "0 5 0 * * *", zone = "${simlayan.zone:Asia/Jakarta}")
    @Transactional
    public void supersedeOvertaken() {
        var today = LocalDate.ofInstant(clock.instant(), dates.zone());
        for (var id : store.overtaken(today)) {
            var version = store.find(id).orElseThrow();
            version.supersede();
            store.save(version);
        }
    }
}
