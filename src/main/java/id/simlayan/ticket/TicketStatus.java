package id.simlayan.ticket;

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
}
