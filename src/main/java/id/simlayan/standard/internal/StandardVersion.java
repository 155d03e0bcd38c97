package id.simlayan.standard.internal;

import id.simlayan.catalog.ServiceOfferingId;
import id.simlayan.identity.UserId;
import id.simlayan.standard.StandardVersionId;
import id.simlayan.standard.internal.StandardComponents.Section;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * One version of a service's standard. Only a draft changes; {@link #publish} makes it
 * current from its effective date; a later version, once effective, {@link #supersede}s it.
 * Published and superseded versions never change (the database refuses it too).
 */
public final class StandardVersion {

    public enum Status { DRAFT, PUBLISHED, SUPERSEDED }

    /** The decree (Keputusan) that sets the standard; every field may be empty while unknown. */
    public record Decree(String number, LocalDate date, String signingOfficial) {
        public static final Decree NONE = new Decree(null, null, null);

        public Decree {
            number = blankToNull(number);
            signingOfficial = blankToNull(signingOfficial);
        }
    }

    public record Component(int position, String key, String label, Section section, String body) {
        public Component {
            body = body == null ? "" : body;
        }

        public boolean serviceDelivery() {
            return section == Section.SERVICE_DELIVERY;
        }
    }

    public static final int MAX_BODY = 20_000;
    public static final int MAX_LEGAL_BASES = 50;

    private final StandardVersionId id;
    private final ServiceOfferingId serviceId;
    private final int number;
    private Status status;
    private Decree decree;
    private List<String> legalBases;
    private LocalDate effectiveDate;
    private Instant publishedAt;
    private UserId publishedBy;
    private final List<Component> components;
    private final long rowVersion;

    /** As stored; for the store only. */
    StandardVersion(StandardVersionId id, ServiceOfferingId serviceId, int number, Status status, Decree decree, List<String> legalBases,
                    LocalDate effectiveDate, Instant publishedAt, UserId publishedBy, List<Component> components, long rowVersion) {
        this.id = id;
        this.serviceId = serviceId;
        this.number = number;
        this.status = status;
        this.decree = decree;
        this.legalBases = List.copyOf(legalBases);
        this.effectiveDate = effectiveDate;
        this.publishedAt = publishedAt;
        this.publishedBy = publishedBy;
        this.components = new ArrayList<>(components);
        this.rowVersion = rowVersion;
    }

    /** Version 1 of a service that has no standard yet: the 14 components, empty. */
    public static StandardVersion firstDraft(StandardVersionId id, ServiceOfferingId serviceId) {
        var components = StandardComponents.DEFAULTS.stream()
                .map(d -> new Component(d.position(), d.key(), d.label(), d.section(), ""))
                .toList();
        return new StandardVersion(id, serviceId, 1, Status.DRAFT, Decree.NONE, List.of(), null, null, null, components, -1);
    }

    /**
     * The next version as a draft copy of this one: same labels, texts, legal bases and signing
     * official; the decree number and date are left for the new decree.
     */
    public StandardVersion nextDraft(StandardVersionId newId) {
        if (status == Status.DRAFT) {
            throw new StandardRuleViolation("standard.error.copyOfDraft");
        }
        return new StandardVersion(newId, serviceId, number + 1, Status.DRAFT, new Decree(null, null, decree.signingOfficial()), legalBases,
                null, null, null, components, -1);
    }

    /** Changes the decree fields and the legal bases of a draft. */
    public void describe(Decree newDecree, List<String> newLegalBases) {
        requireDraft();
        var bases = newLegalBases.stream().map(String::strip).filter(s -> !s.isEmpty()).toList();
        if (bases.size() > MAX_LEGAL_BASES) {
            throw new StandardRuleViolation("standard.error.tooManyLegalBases");
        }
        this.decree = Objects.requireNonNull(newDecree);
        this.legalBases = bases;
    }

    /** Writes a component's text (Markdown) in a draft. */
    public void write(String key, String body) {
        requireDraft();
        var text = body == null ? "" : body.strip();
        if (text.length() > MAX_BODY) {
            throw new StandardRuleViolation("standard.error.bodyTooLong");
        }
        for (int i = 0; i < components.size(); i++) {
            var c = components.get(i);
            if (c.key().equals(key)) {
                components.set(i, new Component(c.position(), c.key(), c.label(), c.section(), text));
                return;
            }
        }
        throw new StandardRuleViolation("standard.error.unknownComponent");
    }

    /** Gives a component of a draft the label the office uses (local variants exist). */
    public void relabel(String key, String label) {
        requireDraft();
        if (label == null || label.isBlank() || label.length() > 200) {
            throw new StandardRuleViolation("standard.error.label");
        }
        for (int i = 0; i < components.size(); i++) {
            var c = components.get(i);
            if (c.key().equals(key)) {
                components.set(i, new Component(c.position(), c.key(), label.strip(), c.section(), c.body()));
                return;
            }
        }
        throw new StandardRuleViolation("standard.error.unknownComponent");
    }

    /** The draft becomes the published standard, current from {@code effectiveDate}. */
    public void publish(LocalDate effective, UserId by, Instant now) {
        requireDraft();
        if (effective == null) {
            throw new StandardRuleViolation("standard.error.effectiveDateRequired");
        }
        this.status = Status.PUBLISHED;
        this.effectiveDate = effective;
        this.publishedAt = now;
        this.publishedBy = by;
    }

    /** A later version has become effective. */
    public void supersede() {
        if (status != Status.PUBLISHED) {
            throw new StandardRuleViolation("standard.error.notPublished");
        }
        this.status = Status.SUPERSEDED;
    }

    public boolean isDraft() {
        return status == Status.DRAFT;
    }

    private void requireDraft() {
        if (status != Status.DRAFT) {
            throw new StandardRuleViolation("standard.error.published");
        }
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    public StandardVersionId id() { return id; }
    public ServiceOfferingId serviceId() { return serviceId; }
    public int number() { return number; }
    public Status status() { return status; }
    public Decree decree() { return decree; }
    public List<String> legalBases() { return legalBases; }
    public LocalDate effectiveDate() { return effectiveDate; }
    public Instant publishedAt() { return publishedAt; }
    public UserId publishedBy() { return publishedBy; }
    public List<Component> components() { return List.copyOf(components); }
    public List<Component> serviceDelivery() { return components.stream().filter(Component::serviceDelivery).toList(); }
    /** -1 for a version not stored yet. */
    public long rowVersion() { return rowVersion; }
}
