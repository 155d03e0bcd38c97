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

    protected Disposition() {
    }

    Disposition(UUID unitId, String instruction, UUID disposedBy, Instant disposedAt) {
        this.unitId = unitId;
        this.instruction = instruction;
        this.status = Status.PENDING;
        this.disposedBy = disposedBy;
        this.disposedAt = disposedAt;
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
