package id.simlayan.worklog.internal;

import id.simlayan.identity.UserId;
import id.simlayan.storage.StoredFileId;
import id.simlayan.ticket.TicketId;
import id.simlayan.worklog.ConfirmedHandover;
import java.time.Instant;

/**
 * One generated version of a ticket's handover report (berita acara). Never edited: a newer
 * version supersedes it ({@code supersededAt} set), unless it is confirmed.
 *
 * @param confirmation null while not confirmed
 */
public record HandoverReport(HandoverReportId id, TicketId ticket, String number, int version, StoredFileId file, String sha256,
                             Instant createdAt, UserId createdBy, Instant supersededAt, Confirmation confirmation) {

    public boolean superseded() {
        return supersededAt != null;
    }

    public boolean confirmed() {
        return confirmation != null;
    }

    /**
     * @param signerName  SIGNED: the name the requester entered; null for a scan
     * @param signerNip   SIGNED: the NIP (18 digits); null for a scan
     * @param scan        SCAN: the uploaded signed paper; null otherwise
     * @param sha256      SHA-256 of the confirmed document (the report's PDF, or the scan)
     */
    public record Confirmation(ConfirmedHandover.Method method, String signerName, String signerNip, StoredFileId scan, String sha256,
                               Instant at, UserId by) {
    }

    ConfirmedHandover confirmed(String number) {
        return new ConfirmedHandover(number, version, confirmation.sha256(), sha256, confirmation.at(), confirmation.by(), confirmation.method());
    }
}
