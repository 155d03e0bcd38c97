package id.simlayan.ticket.internal;

import id.simlayan.catalog.CategoryId;
import id.simlayan.catalog.ServiceOfferingId;
import id.simlayan.identity.Directory;
import id.simlayan.identity.UnitId;
import id.simlayan.identity.UserId;
import id.simlayan.ticket.TicketFacts;
import id.simlayan.ticket.TicketFacts.DispositionFact;
import id.simlayan.ticket.TicketFacts.StatusChange;
import id.simlayan.ticket.TicketHistory;
import id.simlayan.ticket.TicketId;
import id.simlayan.ticket.TicketStatus;
import id.simlayan.ticket.internal.TimelineEntry.Type;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** {@link TicketHistory} from the aggregate and its append-only timeline. */
@Component
class JdbcTicketHistory implements TicketHistory {

    private static final Set<TicketStatus> ENDS_A_DISPOSITION = EnumSet.of(TicketStatus.SELESAI, TicketStatus.DITOLAK,
            TicketStatus.DITUTUP);

    private final TicketStore store;
    private final Directory directory;

    JdbcTicketHistory(TicketStore store, Directory directory) {
        this.store = store;
        this.directory = directory;
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<TicketFacts> facts(TicketId id) {
        return store.find(id).map(ticket -> facts(ticket, store.timeline(id)));
    }

    private TicketFacts facts(Ticket ticket, List<TimelineEntry> timeline) {
        var changes = new ArrayList<StatusChange>();
        var staffReplies = new ArrayList<Instant>();
        Instant lastEnd = null;
        for (var entry : timeline) {
            if (entry.isStatusChange()) {
                changes.add(new StatusChange(entry.at(), entry.fromStatus(), entry.toStatus(), Ticket.STAFF_STEPS.contains(entry.type())));
                if (ENDS_A_DISPOSITION.contains(entry.toStatus())) {
                    lastEnd = entry.at();
                }
            }
            if (entry.type() == Type.REPLY && entry.isPublic() && entry.actorId() != null
                    && !entry.actorId().equals(ticket.getRequesterId())) {
                staffReplies.add(entry.at());
            }
        }
        var dispositions = new ArrayList<DispositionFact>();
        var all = ticket.dispositions();
        boolean ended = ENDS_A_DISPOSITION.contains(ticket.getStatus());
        for (int seq = 0; seq < all.size(); seq++) {
            var d = all.get(seq);
            boolean returned = d.getStatus() == Disposition.Status.RETURNED;
            Instant endedAt = returned ? d.getDecidedAt() : handedOnAt(all, seq).orElse(ended ? lastEnd : null);
            dispositions.add(new DispositionFact(seq, new UnitId(d.getUnitId()), d.getDisposedAt(), endedAt, returned));
        }
        UnitId holderUnit = ticket.getHolderUnitId() != null ? new UnitId(ticket.getHolderUnitId()) : directory.frontDesk().id();
        return new TicketFacts(ticket.ticketId(), ticket.getNumber(), ticket.getSubject(), new ServiceOfferingId(ticket.getServiceId()),
                ticket.getCategoryId() == null ? null : new CategoryId(ticket.getCategoryId()), ticket.getPriority(),
                ticket.requester(), ticket.getStatus(), ticket.getCreatedAt(), changes, staffReplies, holderUnit,
                ticket.getHolderUserId() == null ? null : new UserId(ticket.getHolderUserId()), dispositions, ticket.getUserNotifiedAt());
    }

    /**
     * A workflow hands a ticket on from unit to unit (service desk: application team, change
     * management, information security, operations): a unit's share ends when a later hand-off
     * takes the ticket from it. A later hand-off that was returned does not count, since the
     * ticket came back to the unit that had sent it.
     */
    private static Optional<Instant> handedOnAt(List<Disposition> all, int seq) {
        return all.subList(seq + 1, all.size()).stream().filter(later -> later.getStatus() != Disposition.Status.RETURNED)
                .map(Disposition::getDisposedAt).findFirst();
    }
}
