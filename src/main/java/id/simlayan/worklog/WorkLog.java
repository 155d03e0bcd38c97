package id.simlayan.worklog;

import id.simlayan.ticket.TicketId;
import java.util.List;

/**
 * The work log of a ticket for other modules (the handover report, berita acara). No access
 * check here: the caller decides who may see what it builds from these records.
 */
public interface WorkLog {

    /** Every entry of the ticket, cancelled ones included (marked), oldest work first, each with its equipment. */
    List<WorkEntry> entriesOf(TicketId ticket);

    /** The equipment used or replaced on the ticket, of entries that are not cancelled, in the order of the entries. */
    default List<EquipmentUse> equipmentOf(TicketId ticket) {
        return entriesOf(ticket).stream().filter(e -> !e.cancelled()).flatMap(e -> e.equipment().stream()).toList();
    }

    default WorkTotals totalsOf(TicketId ticket) {
        return WorkTotals.of(entriesOf(ticket));
    }
}
