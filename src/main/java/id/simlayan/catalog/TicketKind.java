package id.simlayan.catalog;

/**
 * What a service's tickets are (glossary of design.md) and the prefix of their numbers,
 * e.g. {@code ADU-2026-000123}.
 */
public enum TicketKind {
    COMPLAINT("ADU"),
    REQUEST("PMH"),
    INCIDENT("GGN"),
    INFORMATION_REQUEST("PIP");

    private final String numberPrefix;

    TicketKind(String numberPrefix) {
        this.numberPrefix = numberPrefix;
    }

    public String numberPrefix() {
        return numberPrefix;
    }

    /** Complaints must carry evidence (seed 000). */
    public boolean requiresEvidence() {
        return this == COMPLAINT;
    }
}
