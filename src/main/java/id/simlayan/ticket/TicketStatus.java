package id.simlayan.ticket;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;

/** The public statuses of a ticket (design.md, seed 000). */
public enum TicketStatus {
    DITERIMA,
    VERIFIKASI,
    MENUNGGU_PEMOHON,
    DIPROSES,
    SELESAI,
    DITOLAK,
    DITUTUP;

    public boolean isFinal() {
        return this == DITOLAK || this == DITUTUP;
    }

    /**
     * Still being worked on: neither final nor SELESAI (resolved, only the requester's
     * confirmation is left). The queue's "Semua (terbuka)" shows these.
     */
    public boolean isOpen() {
        return !isFinal() && this != SELESAI;
    }

    public static Set<TicketStatus> open() {
        return EnumSet.copyOf(Arrays.stream(values()).filter(TicketStatus::isOpen).toList());
    }
}
