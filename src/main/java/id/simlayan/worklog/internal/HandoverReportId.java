package id.simlayan.worklog.internal;

import java.util.UUID;

/** Identifier of one version of a ticket's handover report. */
public record HandoverReportId(UUID value) {

    public HandoverReportId {
        if (value == null) {
            throw new IllegalArgumentException("HandoverReportId needs a value");
        }
    }
}
