package id.simlayan.workflow;

/**
 * What a stage shows the requester: the public vocabulary of design.md and seed 000. The ticket
 * module's {@code TicketStatus} has the same constants (a test holds them equal); this module
 * sits upstream of the ticket module, so it cannot use that enum.
 */
public enum PublicStatus {
    DITERIMA,
    VERIFIKASI,
    MENUNGGU_PEMOHON,
    DIPROSES,
    SELESAI,
    DITOLAK,
    DITUTUP
}
