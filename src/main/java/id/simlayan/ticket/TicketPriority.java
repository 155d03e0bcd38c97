package id.simlayan.ticket;

/** How urgent the front desk judged a ticket; NORMAL until an agent changes it. SLA policies may depend on it. */
public enum TicketPriority {
    LOW,
    NORMAL,
    HIGH,
    URGENT
}
