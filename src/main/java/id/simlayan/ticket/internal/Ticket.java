package id.simlayan.ticket.internal;

import id.simlayan.catalog.CategoryId;
import id.simlayan.catalog.ServiceOfferingId;
import id.simlayan.catalog.TicketKind;
import id.simlayan.identity.UnitId;
import id.simlayan.identity.UserId;
import id.simlayan.standard.StandardVersionId;
import id.simlayan.ticket.DispositionAccepted;
import id.simlayan.ticket.DispositionReturned;
import id.simlayan.ticket.TicketAssigned;
import id.simlayan.ticket.TicketDisposed;
import id.simlayan.ticket.TicketId;
import id.simlayan.ticket.TicketPriority;
import id.simlayan.ticket.TicketPriorityChanged;
import id.simlayan.ticket.RequesterResponded;
import id.simlayan.ticket.RequesterResponse;
import id.simlayan.ticket.TicketReplyPosted;
import id.simlayan.ticket.TicketStatus;
import id.simlayan.ticket.TicketStatusChanged;
import id.simlayan.ticket.UserNotified;
import id.simlayan.ticket.TicketSubmitted;
import id.simlayan.ticket.internal.TimelineEntry.Type;
import id.simlayan.ticket.internal.TimelineEntry.Visibility;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Transient;
import org.springframework.data.annotation.Version;
import org.springframework.data.domain.AbstractAggregateRoot;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A request, complaint, incident or information request from submission to closure. Owns
 * its state machine: every step checks the current status and holder, changes the state,
 * appends one timeline entry and registers one past-tense event (the requester's answer,
 * confirmation and reopening add {@link RequesterResponded} for the holder). A refused step throws
 * {@link TicketRuleViolation} and changes nothing.
 * <p>
 * The timeline is append-only ({@code ticket_events}); it is not a mapped collection (Spring
 * Data JDBC rewrites those on update) but written by {@link TicketStore} from
 * {@link #newTimelineEntries()}.
 */
@Table("tickets")
public class Ticket extends AbstractAggregateRoot<Ticket> {

    /** Who holds the ticket: the front desk, a unit after a disposition, or a technician of that unit. */
    public enum HolderKind { FRONT_DESK, UNIT, TECHNICIAN }

    /** steps that staff take; a status change by one of them meets a response time limit */
    static final Set<Type> STAFF_STEPS = EnumSet.of(Type.VERIFICATION_STARTED, Type.ACCEPTED, Type.INFORMATION_REQUESTED,
            Type.REJECTED, Type.RESOLVED, Type.MERGED);

    static final int MAX_TEXT = 10_000;
    /** The start stage of the general procedure (and of every shipped template). */
    static final String GENERAL_START = "diterima";
    static final int MAX_SUBJECT = 200;

    @Id
    private UUID id;
    @Version
    private Long version;
    private String number;
    private TicketKind kind;
    private UUID serviceId;
    private UUID categoryId;
    private String subject;
    private String description;
    private UUID requesterId;
    private TicketStatus status;
    private TicketPriority priority = TicketPriority.NORMAL;
    /** ANSWERED or REOPENED until a staff member acts; null otherwise */
    private RequesterResponse cameBack;
    private HolderKind holderKind;
    private UUID holderUnitId;
    private UUID holderUserId;
    private Instant resolvedAt;
    private UUID resolvedBy;
    private Instant closedAt;
    private Instant createdAt;
    private UUID createdBy;
    private Instant updatedAt;
    private UUID updatedBy;
    /** The service standard version the ticket was filed under; null for a service without a standard. */
    private UUID standardVersionId;
    @MappedCollection(idColumn = "ticket_id", keyColumn = "seq")
    private List<Disposition> dispositions = new ArrayList<>();
    /** The stage of its workflow definition the ticket is in; {@link #status} is that stage's public status. */
    private String workflowStage = GENERAL_START;
    /** When the technician told the user the work starts (seed 003: repair limits run from then); null before. */
    private Instant userNotifiedAt;

    @Transient
    private transient List<TimelineEntry> newEntries = new ArrayList<>();
    @Transient
    private transient List<StepRecord> newStepRecords = new ArrayList<>();

    protected Ticket() {
    }

    private Ticket(TicketId id, String number, TicketKind kind, ServiceOfferingId serviceId, CategoryId categoryId, String subject,
                   String description, UserId requester, Instant now) {
        this.id = id.value();
        this.number = number;
        this.kind = kind;
        this.serviceId = serviceId.value();
        this.categoryId = categoryId == null ? null : categoryId.value();
        this.subject = subject;
        this.description = description;
        this.requesterId = requester.value();
        this.status = TicketStatus.DITERIMA;
        this.holderKind = HolderKind.FRONT_DESK;
        this.createdAt = now;
        this.createdBy = requester.value();
        this.updatedAt = now;
        this.updatedBy = requester.value();
    }

    // --- steps --------------------------------------------------------------------------

    /** A requester submits a ticket; it lands in the front desk's queue as DITERIMA. {@code categoryId} is null for a service without categories. */
    public static Ticket submit(TicketId id, String number, TicketKind kind, ServiceOfferingId serviceId, CategoryId categoryId,
                                String subject, String description, UserId requester, Instant now) {
        if (requireText(subject, "ticket.error.subjectRequired").length() > MAX_SUBJECT) {
            throw new TicketRuleViolation("ticket.error.textTooLong", MAX_SUBJECT);
        }
        requireText(description, "ticket.error.descriptionRequired");
        var ticket = new Ticket(id, number, kind, serviceId, categoryId, subject.strip(), description.strip(), requester, now);
        ticket.append(requester.value(), Type.SUBMITTED, null, TicketStatus.DITERIMA, Visibility.PUBLIC, null, null, null, now);
        ticket.registerEvent(new TicketSubmitted(id, number, requester, serviceId, ticket.subject, now, categoryId));
        return ticket;
    }

    /** An agent starts checking the ticket. */
    public void startVerification(UserId agent, Instant now) {
        requireStatus("startVerification", TicketStatus.DITERIMA);
        changeStatus(agent, TicketStatus.VERIFIKASI, Type.VERIFICATION_STARTED, null, now);
    }

    /** An agent accepts the ticket for processing. */
    public void accept(UserId agent, Instant now) {
        requireStatus("accept", TicketStatus.DITERIMA, TicketStatus.VERIFIKASI);
        changeStatus(agent, TicketStatus.DIPROSES, Type.ACCEPTED, null, now);
    }

    /** An agent asks the requester for missing information; the requester sees the question. */
    public void requestInformation(UserId agent, String question, Instant now) {
        requireStatus("requestInformation", TicketStatus.DITERIMA, TicketStatus.VERIFIKASI);
        String text = requireText(question, "ticket.error.questionRequired");
        changeStatus(agent, TicketStatus.MENUNGGU_PEMOHON, Type.INFORMATION_REQUESTED, text, now);
    }

    /** The requester answers; the ticket goes back to verification. */
    public void provideInformation(UserId requester, String answer, Instant now) {
        requireStatus("provideInformation", TicketStatus.MENUNGGU_PEMOHON);
        String text = requireText(answer, "ticket.error.answerRequired");
        changeStatus(requester, TicketStatus.VERIFIKASI, Type.INFORMATION_PROVIDED, text, now);
        cameBackWith(RequesterResponse.ANSWERED, text, now);
    }

    /** An agent rejects the ticket with a reason the requester will read. */
    public void reject(UserId agent, String reason, Instant now) {
        requireStatus("reject", TicketStatus.DITERIMA, TicketStatus.VERIFIKASI);
        String text = requireText(reason, "ticket.error.reasonRequired");
        changeStatus(agent, TicketStatus.DITOLAK, Type.REJECTED, text, now);
        closedAt = now;
    }

    /** An agent hands the ticket to a unit with an instruction. */
    public void dispose(UserId agent, UnitId unit, String instruction, Instant now) {
        requireStatus("dispose", TicketStatus.DIPROSES);
        if (pendingDisposition().isPresent()) {
            throw new TicketRuleViolation("ticket.error.dispositionPending");
        }
        if (holderKind != HolderKind.FRONT_DESK) {
            throw new TicketRuleViolation("ticket.error.notAtFrontDesk");
        }
        String text = requireText(instruction, "ticket.error.instructionRequired");
        dispositions.add(new Disposition(unit.value(), text, agent.value(), now));
        holdBy(HolderKind.UNIT, unit.value(), null);
        append(agent.value(), Type.DISPOSED, status, status, Visibility.INTERNAL, text, unit.value(), null, now);
        touch(agent, now);
        registerEvent(new TicketDisposed(ticketId(), number, subject, unit, now));
    }

    /** The unit's admin accepts the pending disposition. */
    public void acceptDisposition(UserId unitAdmin, Instant now) {
        requireStatus("acceptDisposition", TicketStatus.DIPROSES);
        var disposition = pendingDisposition().orElseThrow(() -> new TicketRuleViolation("ticket.error.noPendingDisposition"));
        disposition.accept(unitAdmin.value(), now);
        append(unitAdmin.value(), Type.DISPOSITION_ACCEPTED, status, status, Visibility.INTERNAL, null, disposition.getUnitId(), null, now);
        touch(unitAdmin, now);
        registerEvent(new DispositionAccepted(ticketId(), number, subject, new UnitId(disposition.getUnitId()), now));
    }

    /** The unit sends the pending disposition back (e.g. outside its authority); the front desk holds the ticket again. */
    public void returnDisposition(UserId unitAdmin, String reason, Instant now) {
        requireStatus("returnDisposition", TicketStatus.DIPROSES);
        var disposition = pendingDisposition().orElseThrow(() -> new TicketRuleViolation("ticket.error.noPendingDisposition"));
        String text = requireText(reason, "ticket.error.reasonRequired");
        disposition.returnWith(text, unitAdmin.value(), now);
        holdBy(HolderKind.FRONT_DESK, null, null);
        append(unitAdmin.value(), Type.DISPOSITION_RETURNED, status, status, Visibility.INTERNAL, text, disposition.getUnitId(), null, now);
        touch(unitAdmin, now);
        registerEvent(new DispositionReturned(ticketId(), number, subject, new UnitId(disposition.getUnitId()), text, now));
    }

    /** The admin of the unit that accepted the disposition assigns a technician of that unit. */
    public void assign(UserId unitAdmin, UserId technician, Instant now) {
        requireStatus("assign", TicketStatus.DIPROSES);
        var disposition = acceptedDisposition().orElseThrow(() -> new TicketRuleViolation("ticket.error.noAcceptedDisposition"));
        holdBy(HolderKind.TECHNICIAN, disposition.getUnitId(), technician.value());
        append(unitAdmin.value(), Type.ASSIGNED, status, status, Visibility.INTERNAL, null, disposition.getUnitId(), technician.value(), now);
        touch(unitAdmin, now);
        registerEvent(new TicketAssigned(ticketId(), number, subject, technician, now));
    }

    /** A message: public (the requester reads it) or an internal note for staff. */
    public void reply(UserId author, String text, Visibility visibility, Instant now) {
        if (status.isFinal()) {
            throw TicketRuleViolation.illegalTransition("reply", status);
        }
        String body = requireText(text, "ticket.error.textRequired");
        boolean byRequester = author.value().equals(requesterId);
        if (byRequester && visibility != Visibility.PUBLIC) {
            throw new TicketRuleViolation("ticket.error.requesterNotesArePublic");
        }
        append(author.value(), visibility == Visibility.PUBLIC ? Type.REPLY : Type.NOTE, status, status, visibility, body, null, null, now);
        touch(author, now);
        registerEvent(new TicketReplyPosted(ticketId(), number, subject, requester(), author, visibility == Visibility.PUBLIC, byRequester, now));
    }

    /**
     * Staff set how urgent the ticket is (any time before it is final). An internal timeline
     * entry records the change as {@code FROM>TO}; choosing the current priority changes nothing.
     */
    public void changePriority(UserId staff, TicketPriority newPriority, Instant now) {
        if (status.isFinal()) {
            throw TicketRuleViolation.illegalTransition("changePriority", status);
        }
        if (newPriority == null) {
            throw new TicketRuleViolation("ticket.error.priorityRequired");
        }
        if (newPriority == priority) {
            return;
        }
        TicketPriority from = priority;
        priority = newPriority;
        newEntries.add(new TimelineEntry(UUID.randomUUID(), id, now, staff.value(), Type.PRIORITY_CHANGED, status, status,
                Visibility.INTERNAL, null, null, null, from, newPriority));
        touch(staff, now);
        registerEvent(new TicketPriorityChanged(ticketId(), number, from, newPriority, staff, now));
    }

    /** The work is done; the requester is told with the resolution note. */
    public void resolve(UserId by, String note, Instant now) {
        requireStatus("resolve", TicketStatus.DIPROSES);
        if (pendingDisposition().isPresent()) {
            throw new TicketRuleViolation("ticket.error.dispositionPending");
        }
        String text = requireText(note, "ticket.error.noteRequired");
        resolvedAt = now;
        resolvedBy = by.value();
        changeStatus(by, TicketStatus.SELESAI, Type.RESOLVED, text, now);
    }

    /** The requester confirms that the work is done. */
    public void confirm(UserId requester, Instant now) {
        requireStatus("confirm", TicketStatus.SELESAI);
        changeStatus(requester, TicketStatus.DITUTUP, Type.CONFIRMED, null, now);
        closedAt = now;
        registerEvent(new RequesterResponded(ticketId(), number, subject, RequesterResponse.CONFIRMED, null, assignee(), holderUnit(), now));
    }

    /** The requester is not satisfied: within the window the ticket goes back to its previous holder. */
    public void reopen(UserId requester, String reason, ConfirmationWindow window, Instant now) {
        requireStatus("reopen", TicketStatus.SELESAI);
        if (!withinConfirmationWindow(window, now)) {
            throw new TicketRuleViolation("ticket.error.reopenWindowPassed");
        }
        String text = requireText(reason, "ticket.error.reasonRequired");
        resolvedAt = null;
        resolvedBy = null;
        changeStatus(requester, TicketStatus.DIPROSES, Type.REOPENED, text, now);
        cameBackWith(RequesterResponse.REOPENED, text, now);
    }

    /** The system closes a resolved ticket whose confirmation window has passed. */
    public void autoClose(ConfirmationWindow window, Instant now) {
        requireStatus("autoClose", TicketStatus.SELESAI);
        if (withinConfirmationWindow(window, now)) {
            throw new TicketRuleViolation("ticket.error.windowNotPassed");
        }
        changeStatus(null, TicketStatus.DITUTUP, Type.AUTO_CLOSED, null, now);
        closedAt = now;
    }

    // --- queries ------------------------------------------------------------------------

    public boolean withinConfirmationWindow(ConfirmationWindow window, Instant now) {
        return status == TicketStatus.SELESAI && resolvedAt != null && now.isBefore(window.endFor(resolvedAt));
    }

    public Optional<Disposition> pendingDisposition() {
        return currentDisposition().filter(d -> d.getStatus() == Disposition.Status.PENDING);
    }

    public Optional<Disposition> acceptedDisposition() {
        return currentDisposition().filter(d -> d.getStatus() == Disposition.Status.ACCEPTED);
    }

    /** The latest disposition unless it was returned. */
    public Optional<Disposition> currentDisposition() {
        if (dispositions.isEmpty()) {
            return Optional.empty();
        }
        var last = dispositions.getLast();
        return last.getStatus() == Disposition.Status.RETURNED ? Optional.empty() : Optional.of(last);
    }

    /** Every unit the ticket was ever disposed to. */
    public Set<UUID> dispositionUnitIds() {
        var units = new java.util.HashSet<UUID>();
        dispositions.forEach(d -> units.add(d.getUnitId()));
        return units;
    }

    public List<Disposition> dispositions() {
        return Collections.unmodifiableList(dispositions);
    }

    /** Entries appended since the ticket was loaded; {@link TicketStore} writes and clears them. */
    public List<TimelineEntry> newTimelineEntries() {
        return List.copyOf(newEntries);
    }

    void timelineWritten() {
        newEntries.clear();
        newStepRecords.clear();
    }

    /** Step records appended since the ticket was loaded; written with the timeline. */
    List<StepRecord> newStepRecords() {
        return List.copyOf(newStepRecords);
    }

    /** Events registered since the ticket was loaded (published when it is saved). */
    public List<Object> registeredEvents() {
        return List.copyOf(domainEvents());
    }

    public boolean isAssignedTo(UserId user) {
        return holderKind == HolderKind.TECHNICIAN && user.value().equals(holderUserId);
    }

    public TicketId ticketId() {
        return new TicketId(id);
    }

    public UserId requester() {
        return new UserId(requesterId);
    }

    public boolean isRequester(UserId user) {
        return requesterId.equals(user.value());
    }

    public long getVersion() {
        return version == null ? 0 : version;
    }

    public UUID getId() {
        return id;
    }

    public String getNumber() {
        return number;
    }

    public TicketKind getKind() {
        return kind;
    }

    /** At submission: the version of the service's standard in force, which the ticket keeps. */
    public void fileUnder(StandardVersionId version) {
        this.standardVersionId = version.value();
    }

    public String getWorkflowStage() {
        return workflowStage;
    }

    public Instant getUserNotifiedAt() {
        return userNotifiedAt;
    }

    public UUID getStandardVersionId() {
        return standardVersionId;
    }

    public UUID getServiceId() {
        return serviceId;
    }

    public UUID getCategoryId() {
        return categoryId;
    }

    public String getSubject() {
        return subject;
    }

    public String getDescription() {
        return description;
    }

    public UUID getRequesterId() {
        return requesterId;
    }

    public TicketStatus getStatus() {
        return status;
    }

    public TicketPriority getPriority() {
        return priority;
    }

    public HolderKind getHolderKind() {
        return holderKind;
    }

    public UUID getHolderUnitId() {
        return holderUnitId;
    }

    public UUID getHolderUserId() {
        return holderUserId;
    }

    /** ANSWERED or REOPENED while no staff member has acted since the requester did; else null. */
    public RequesterResponse getCameBack() {
        return cameBack;
    }

    public Instant getResolvedAt() {
        return resolvedAt;
    }

    public Instant getClosedAt() {
        return closedAt;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    // --- internals ----------------------------------------------------------------------

    private void requireStatus(String action, TicketStatus... allowed) {
        Set<TicketStatus> set = EnumSet.noneOf(TicketStatus.class);
        Collections.addAll(set, allowed);
        if (!set.contains(status)) {
            throw TicketRuleViolation.illegalTransition(action, status);
        }
    }

    private static String requireText(String text, String code) {
        if (text == null || text.isBlank()) {
            throw new TicketRuleViolation(code);
        }
        String stripped = text.strip();
        if (stripped.length() > MAX_TEXT) {
            throw new TicketRuleViolation("ticket.error.textTooLong", MAX_TEXT);
        }
        return stripped;
    }

    private void changeStatus(UserId actor, TicketStatus to, Type type, String publicNote, Instant now) {
        TicketStatus from = status;
        status = to;
        UUID actorId = actor == null ? null : actor.value();
        append(actorId, type, from, to, Visibility.PUBLIC, publicNote, null, null, now);
        touch(actor, now);
        boolean byStaff = actor != null && STAFF_STEPS.contains(type);
        registerEvent(new TicketStatusChanged(ticketId(), number, subject, requester(), from, to, publicNote, now, actor, byStaff));
    }

    private void holdBy(HolderKind kind, UUID unitId, UUID userId) {
        holderKind = kind;
        holderUnitId = unitId;
        holderUserId = userId;
    }

    /** The requester's answer or reopening: marks the ticket for the queues and tells its holder. */
    private void cameBackWith(RequesterResponse response, String note, Instant now) {
        cameBack = response;
        registerEvent(new RequesterResponded(ticketId(), number, subject, response, note, assignee(), holderUnit(), now));
    }

    private UserId assignee() {
        return holderKind == HolderKind.TECHNICIAN && holderUserId != null ? new UserId(holderUserId) : null;
    }

    private UnitId holderUnit() {
        return holderUnitId == null ? null : new UnitId(holderUnitId);
    }

    private void touch(UserId actor, Instant now) {
        if (actor == null || !actor.value().equals(requesterId)) {
            cameBack = null; // staff (or the system) acted on it
        }
        updatedAt = now;
        updatedBy = actor == null ? null : actor.value();
    }

    private void append(UUID actorId, Type type, TicketStatus from, TicketStatus to, Visibility visibility, String text, UUID unitId,
                        UUID assigneeId, Instant now) {
        newEntries.add(new TimelineEntry(UUID.randomUUID(), id, now, actorId, type, from, to, visibility, text, unitId, assigneeId, null, null));
    }

    // --- workflow steps (WorkflowEngine) -------------------------------------------------
    // The engine has checked the stage, the actor and the requirements; these methods change
    // the state, append one entry (plus the step record) and register the existing events, so
    // SLA clocks and notifications follow whatever the definition calls its stages.

    /** A new ticket starts in its definition's start stage. */
    void startIn(String stage) {
        workflowStage = stage;
    }

    /** Places the ticket in {@code stage} without an entry: a closure the system made (auto-close, merge). */
    void settleIn(String stage) {
        workflowStage = stage;
    }

    /**
     * Enters {@code target}: the status becomes the stage's public status; a status change is a
     * public entry and {@link TicketStatusChanged}, a step that stays in its status an entry
     * that is public only when {@code publicEntry}. Entering a SELESAI stage starts the
     * confirmation window, an end stage closes the ticket.
     */
    void enterStage(String target, TicketStatus to, boolean end, UserId actor, Type type, String text, boolean publicEntry,
                    StepRecord.Draft record, Instant now) {
        TicketStatus from = status;
        String fromStage = workflowStage;
        workflowStage = target;
        status = to;
        if (to == TicketStatus.SELESAI && from != TicketStatus.SELESAI) {
            resolvedAt = now;
            resolvedBy = actor == null ? null : actor.value();
        } else if (to != TicketStatus.SELESAI) {
            resolvedAt = null;
            resolvedBy = null;
        }
        if (end) {
            closedAt = now;
        }
        boolean visible = from != to || publicEntry;
        UUID actorId = actor == null ? null : actor.value();
        // type null: the kind appended its own entry (hand-off, delegation); a status change still gets one
        if (type != null || from != to) {
            append(actorId, type == null ? Type.STEP_TAKEN : type, from, to, visible ? Visibility.PUBLIC : Visibility.INTERNAL,
                    type == null ? null : text, null, null, now);
        }
        if (record != null && !newEntries.isEmpty()) {
            newStepRecords.add(record.of(newEntries.getLast().id(), id, fromStage, target));
        }
        touch(actor, now);
        if (from != to) {
            boolean byStaff = actor != null && !isRequester(actor);
            registerEvent(new TicketStatusChanged(ticketId(), number, subject, requester(), from, to, visible ? text : null, now, actor, byStaff));
        }
    }

    /** The requester answered or reopened: the holder is told and the queues mark the ticket. */
    void requesterCameBack(RequesterResponse response, String note, Instant now) {
        cameBackWith(response, note, now);
    }

    /** The requester confirmed: the holder is told. */
    void requesterConfirmed(Instant now) {
        registerEvent(new RequesterResponded(ticketId(), number, subject, RequesterResponse.CONFIRMED, null, assignee(), holderUnit(), now));
    }

    /**
     * Hands the ticket to {@code unit} from wherever it is; the hand-off stays pending until the
     * unit answers. The disposition keeps where it came from, for a return.
     */
    void handOff(UserId by, UnitId unit, String instruction, String toStage, Instant now) {
        if (pendingDisposition().isPresent()) {
            throw new TicketRuleViolation("ticket.error.dispositionPending");
        }
        dispositions.add(new Disposition(unit.value(), instruction, by.value(), now, workflowStage, holderKind, holderUnitId, holderUserId));
        holdBy(HolderKind.UNIT, unit.value(), null);
        append(by.value(), Type.DISPOSED, status, status, Visibility.INTERNAL, instruction, unit.value(), null, now);
        touch(by, now);
        registerEvent(new TicketDisposed(ticketId(), number, subject, unit, now));
    }

    /**
     * The receiving unit returns the pending hand-off with a reason: the ticket goes back to the
     * holder and the stage it came from ({@code fallbackStage} for dispositions made before
     * stages were kept).
     *
     * @return the stage it goes back to
     */
    String returnHandOff(UserId by, String reason, String fallbackStage, Instant now) {
        var disposition = pendingDisposition().orElseThrow(() -> new TicketRuleViolation("ticket.error.noPendingDisposition"));
        String text = requireText(reason, "ticket.error.reasonRequired");
        disposition.returnWith(text, by.value(), now);
        HolderKind previous = disposition.getFromHolderKind() == null ? HolderKind.FRONT_DESK : disposition.getFromHolderKind();
        holdBy(previous, disposition.getFromUnitId(), disposition.getFromUserId());
        append(by.value(), Type.DISPOSITION_RETURNED, status, status, Visibility.INTERNAL, text, disposition.getUnitId(), null, now);
        touch(by, now);
        registerEvent(new DispositionReturned(ticketId(), number, subject, new UnitId(disposition.getUnitId()), text, now));
        return disposition.getFromStage() == null ? fallbackStage : disposition.getFromStage();
    }

    /** The receiving unit accepts the pending hand-off. */
    void acceptHandOff(UserId by, Instant now) {
        var disposition = pendingDisposition().orElseThrow(() -> new TicketRuleViolation("ticket.error.noPendingDisposition"));
        disposition.accept(by.value(), now);
        append(by.value(), Type.DISPOSITION_ACCEPTED, status, status, Visibility.INTERNAL, null, disposition.getUnitId(), null, now);
        touch(by, now);
        registerEvent(new DispositionAccepted(ticketId(), number, subject, new UnitId(disposition.getUnitId()), now));
    }

    /** Delegated to a person of {@code unit} (the holding unit, or the front desk). */
    void delegate(UserId by, UnitId unit, UserId person, Instant now) {
        holdBy(HolderKind.TECHNICIAN, unit.value(), person.value());
        append(by.value(), Type.ASSIGNED, status, status, Visibility.INTERNAL, null, unit.value(), person.value(), now);
        touch(by, now);
        registerEvent(new TicketAssigned(ticketId(), number, subject, person, now));
    }

    /** The category chosen by the requester is corrected (help desk). */
    void recategorise(CategoryId category) {
        categoryId = category.value();
    }

    /**
     * The user is told the work starts (seed 003). The first time counts: a time limit running
     * from it must not restart when the user is told again after a reopen.
     */
    void userNotified(Instant now) {
        if (userNotifiedAt == null) {
            userNotifiedAt = now;
            registerEvent(new UserNotified(ticketId(), number, now));
        }
    }

    // --- duplicates and related tickets (TicketLinks) -------------------------------------

    /** The original this ticket was merged into as a duplicate; null otherwise. */
    private UUID mergedIntoId;

    /**
     * An agent closes this ticket as a duplicate of {@code original}: DITUTUP with a public note
     * (the requester is told through the status change; the note names only the original's
     * number). Work continues on the original.
     */
    public void mergeInto(UserId agent, TicketId original, String note, Instant now) {
        if (status.isFinal()) {
            throw TicketRuleViolation.illegalTransition("mergeInto", status);
        }
        if (original.value().equals(id)) {
            throw new TicketRuleViolation("ticket.link.error.self");
        }
        String text = requireText(note, "ticket.error.noteRequired");
        mergedIntoId = original.value();
        closedAt = now;
        changeStatus(agent, TicketStatus.DITUTUP, Type.MERGED, text, now);
    }

    /** The original records, for staff only, that a duplicate was merged into it. */
    public void recordMergedDuplicate(UserId agent, String duplicateNumber, Instant now) {
        if (status.isFinal()) {
            throw new TicketRuleViolation("ticket.link.error.targetClosed");
        }
        append(agent.value(), Type.DUPLICATE_MERGED, status, status, Visibility.INTERNAL, duplicateNumber, null, null, now);
        touch(agent, now);
    }

    /** Staff record that this ticket was linked to or unlinked from another one (internal; any status). */
    public void recordLink(UserId agent, String otherNumber, boolean linked, Instant now) {
        append(agent.value(), linked ? Type.LINKED : Type.UNLINKED, status, status, Visibility.INTERNAL, otherNumber, null, null, now);
        touch(agent, now);
    }

    public Optional<TicketId> mergedInto() {
        return Optional.ofNullable(mergedIntoId).map(TicketId::new);
    }
}
