package id.simlayan.worklog;

import id.simlayan.identity.UserId;
import java.time.Instant;

/**
 * A handover report confirmed by the reporting OPD.
 *
 * @param number       the report's number, e.g. {@code BA/2026/0007} (all versions of a ticket's report share it)
 * @param version      the confirmed version (1, 2, ...)
 * @param sha256       lower-case hex SHA-256 of the confirmed document: the generated PDF when the
 *                     requester confirmed on line, the uploaded scan when staff uploaded the signed paper
 * @param reportSha256 SHA-256 of the generated PDF of that version (equal to {@code sha256} for {@link Method#SIGNED})
 * @param confirmedAt  when it was recorded
 * @param by           who recorded it: the requester (SIGNED) or the staff member who uploaded the scan (SCAN)
 */
public record ConfirmedHandover(String number, int version, String sha256, String reportSha256, Instant confirmedAt, UserId by,
                                Method method) {

    public enum Method {
        /** the requester entered their name and NIP on their ticket page */
        SIGNED,
        /** staff uploaded the report signed on paper */
        SCAN
    }
}
