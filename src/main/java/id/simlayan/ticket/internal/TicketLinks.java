package id.simlayan.ticket.internal;

import id.simlayan.identity.CurrentUser;
import id.simlayan.ticket.TicketId;
import id.simlayan.ticket.TicketStatus;
import id.simlayan.ticket.internal.TicketAccessPolicy.Permission;
import java.sql.Timestamp;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Related and duplicate tickets. Front-desk agents link two tickets ("terkait", shown on both
 * staff pages) and merge a duplicate into its original: the duplicate is closed with a public
 * note ({@link Ticket#mergeInto}), the original gets an internal entry. The requester of the
 * duplicate keeps their ticket, its files and its timeline; they learn only the original's
 * number, never anything of the other requester.
 */
@Service
@Transactional
public class TicketLinks {

    /** Another ticket as shown on a staff page. */
    public record LinkedTicket(UUID id, String number, String subject, TicketStatus status) {
    }

    /** What the staff page shows about the ticket's relations, and what this person may do with them. */
    public record LinksView(List<LinkedTicket> related, LinkedTicket mergedInto, List<LinkedTicket> duplicates, boolean mayLink,
                            boolean mayMerge) {

        public boolean isEmpty() {
            return related.isEmpty() && mergedInto == null && duplicates.isEmpty();
        }
    }

    private final TicketWork work;
    private final TicketStore store;
    private final TicketAccessPolicy policy;
    private final JdbcClient jdbc;
    private final TicketWorkflows workflows;

    TicketLinks(TicketWork work, TicketStore store, TicketAccessPolicy policy, JdbcClient jdbc, TicketWorkflows workflows) {
        this.workflows = workflows;
        this.work = work;
        this.store = store;
        this.policy = policy;
        this.jdbc = jdbc;
    }

    /** For the staff page of a ticket this person may see as staff. */
    @Transactional(readOnly = true)
    public LinksView view(CurrentUser user, TicketId id) {
        var ticket = work.load(user, id, Permission.VIEW_AS_STAFF, "TICKET_VIEW");
        var related = jdbc.sql("""
                        SELECT t.id, t.number, t.subject, t.status FROM ticket_links l
                        JOIN tickets t ON t.id = CASE WHEN l.ticket_id = :id THEN l.other_id ELSE l.ticket_id END
                        WHERE l.ticket_id = :id OR l.other_id = :id ORDER BY t.created_at, t.number
                        """)
                .param("id", id.value()).query(TicketLinks::linked).list();
        var duplicates = jdbc.sql("SELECT id, number, subject, status FROM tickets WHERE merged_into_id = :id ORDER BY created_at, number")
                .param("id", id.value()).query(TicketLinks::linked).list();
        LinkedTicket mergedInto = ticket.mergedInto().flatMap(this::summary).orElse(null);
        boolean agent = policy.isFrontDeskAgent(user);
        return new LinksView(related, mergedInto, duplicates, agent, agent && !ticket.getStatus().isFinal());
    }

    /**
     * Links two tickets about the same matter; both timelines get an internal entry.
     *
     * @throws TicketRuleViolation for an unknown number, the ticket itself, or a pair already linked
     */
    public void link(CurrentUser agent, TicketId id, String otherNumber) {
        var ticket = work.load(agent, id, Permission.FRONT_DESK, "TICKET_LINK");
        var other = byNumber(otherNumber);
        if (other.getId().equals(ticket.getId())) {
            throw new TicketRuleViolation("ticket.link.error.self");
        }
        int rows = jdbc.sql("""
                        INSERT INTO ticket_links (ticket_id, other_id, created_at, created_by)
                        VALUES (LEAST(:a, :b), GREATEST(:a, :b), :at, :by) ON CONFLICT DO NOTHING
                        """)
                .param("a", ticket.getId()).param("b", other.getId()).param("at", Timestamp.from(work.now()))
                .param("by", agent.id().value()).update();
        if (rows == 0) {
            throw new TicketRuleViolation("ticket.link.error.alreadyLinked");
        }
        record(agent, ticket.ticketId(), other.getNumber(), true);
        record(agent, other.ticketId(), ticket.getNumber(), true);
    }

    /** Removes a link; both timelines get an internal entry. Nothing happens when there is none. */
    public void unlink(CurrentUser agent, TicketId id, TicketId otherId) {
        var ticket = work.load(agent, id, Permission.FRONT_DESK, "TICKET_UNLINK");
        int rows = jdbc.sql("DELETE FROM ticket_links WHERE ticket_id = LEAST(:a, :b) AND other_id = GREATEST(:a, :b)")
                .param("a", ticket.getId()).param("b", otherId.value()).update();
        if (rows > 0) {
            var other = store.find(otherId).orElseThrow(() -> new TicketNotFound("ticket"));
            record(agent, ticket.ticketId(), other.getNumber(), false);
            record(agent, other.ticketId(), ticket.getNumber(), false);
        }
    }

    /**
     * Closes {@code duplicateId} as a duplicate of the ticket numbered {@code originalNumber},
     * with {@code note} as the public note the duplicate's requester reads and is sent.
     *
     * @throws TicketRuleViolation for an unknown number, the ticket itself, an original that is
     *                             closed or rejected, an original that was itself merged into
     *                             this ticket (a cycle), or a stale form
     */
    public void merge(CurrentUser agent, TicketId duplicateId, long version, String originalNumber, String note) {
        var duplicate = work.load(agent, duplicateId, Permission.FRONT_DESK, "TICKET_MERGE");
        var original = byNumber(originalNumber);
        if (original.getId().equals(duplicate.getId())) {
            throw new TicketRuleViolation("ticket.link.error.self");
        }
        if (leadsTo(original, duplicate.ticketId())) {
            throw new TicketRuleViolation("ticket.link.error.cycle");
        }
        if (original.getStatus().isFinal()) {
            throw new TicketRuleViolation("ticket.link.error.targetClosed");
        }
        var now = work.now();
        work.change(agent, duplicateId, version, Permission.FRONT_DESK, "TICKET_MERGE", t -> {
            String closed = workflows.closedStage(t);
            t.mergeInto(agent.id(), original.ticketId(), note, now);
            t.settleIn(closed);
        });
        work.append(agent, original.ticketId(), Permission.FRONT_DESK, "TICKET_MERGE",
                t -> t.recordMergedDuplicate(agent.id(), duplicate.getNumber(), now));
    }

    /** Ticket numbers are shown upper-case; what staff type is compared the same way. */
    public static String normalizeNumber(String number) {
        return number == null ? "" : number.strip().toUpperCase(Locale.ROOT);
    }

    // --- internals ----------------------------------------------------------------------

    private void record(CurrentUser agent, TicketId id, String otherNumber, boolean linked) {
        work.append(agent, id, Permission.FRONT_DESK, linked ? "TICKET_LINK" : "TICKET_UNLINK",
                t -> t.recordLink(agent.id(), otherNumber, linked, work.now()));
    }

    private Ticket byNumber(String number) {
        return jdbc.sql("SELECT id FROM tickets WHERE number = :n").param("n", normalizeNumber(number)).query(UUID.class).optional()
                .flatMap(found -> store.find(new TicketId(found)))
                .orElseThrow(() -> new TicketRuleViolation("ticket.link.error.unknownNumber", normalizeNumber(number)));
    }

    /** Whether following "merged into" from {@code start} reaches {@code target}. */
    private boolean leadsTo(Ticket start, TicketId target) {
        Set<UUID> seen = new HashSet<>();
        Optional<TicketId> next = start.mergedInto();
        while (next.isPresent() && seen.add(next.get().value())) {
            if (next.get().equals(target)) {
                return true;
            }
            next = store.find(next.get()).flatMap(Ticket::mergedInto);
        }
        return false;
    }

    private Optional<LinkedTicket> summary(TicketId id) {
        return jdbc.sql("SELECT id, number, subject, status FROM tickets WHERE id = :id").param("id", id.value())
                .query(TicketLinks::linked).optional();
    }

    private static LinkedTicket linked(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        return new LinkedTicket((UUID) rs.getObject("id"), rs.getString("number"), rs.getString("subject"),
                TicketStatus.valueOf(rs.getString("status")));
    }
}
