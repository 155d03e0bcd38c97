package id.simlayan.ticket.internal;

import java.time.Instant;
import java.util.UUID;
import org.springframework.data.relational.core.mapping.Table;

/** A hand-over of a ticket to a unit with an instruction; the unit accepts or returns it. Part of the ticket aggregate. */
@Table("dispositions")
public class Disposition {

    public enum Status { PENDING, ACCEPTED, RETURNED }

    private UUID unitId;
    private String instruction;
    private Status status;
    private String returnReason;
    private UUID disposedBy;
    private Instant disposedAt;
    private UUID decidedBy;
    private Instant decidedAt;
    /** Where the ticket was when it was handed off: a return goes back there. Null on dispositions made before stages were kept. */
    private String fromStage;
    private Ticket.HolderKind fromHolderKind;
    private UUID fromUnitId;
    private UUID fromUserId;

    protected Disposition() {
    }

    Disposition(UUID unitId, String instruction, UUID disposedBy, Instant disposedAt) {
        this.unitId = unitId;
        this.instruction = instruction;
        this.status = Status.PENDING;
        this.disposedBy = disposedBy;
        this.disposedAt = disposedAt;
    }

    Disposition(UUID unitId, String instruction, UUID disposedBy, Instant disposedAt, String fromStage, Ticket.HolderKind fromHolderKind,
                UUID fromUnitId, UUID fromUserId) {
        this(unitId, instruction, disposedBy, disposedAt);
        this.fromStage = fromStage;
        this.fromHolderKind = fromHolderKind;
        this.fromUnitId = fromUnitId;
        this.fromUserId = fromUserId;
    }

    public String getFromStage() {
        return fromStage;
    }

    public Ticket.HolderKind getFromHolderKind() {
        return fromHolderKind;
    }

    public UUID getFromUnitId() {
        return fromUnitId;
    }

    public UUID getFromUserId() {
        return fromUserId;
    }

    void accept(UUID by, Instant at) {
        status = Status.ACCEPTED;
        decidedBy = by;
        decidedAt = at;
    }

    void returnWith(String reason, UUID by, Instant at) {
        status = Status.RETURNED;
        returnReason = reason;
        decidedBy = by;
        decidedAt = at;
    }

    public UUID getUnitId() {
        return unitId;
    }

    public String getInstruction() {
        return instruction;
    }

    public Status getStatus() {
        return status;
    }

    public String getReturnReason() {
        return returnReason;
    }

    public UUID getDisposedBy() {
        return disposedBy;
    }

    public Instant getDisposedAt() {
        return disposedAt;
    }

    public UUID getDecidedBy() {
        return decidedBy;
    }

    public Instant getDecidedAt() {
        return decidedAt;
    }
}
