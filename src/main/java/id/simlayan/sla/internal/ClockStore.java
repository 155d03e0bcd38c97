package id.simlayan.sla.internal;

import id.simlayan.calendar.BusinessCalendar;
import id.simlayan.calendar.ClockMode;
import id.simlayan.calendar.Target;
import id.simlayan.calendar.TargetUnit;
import id.simlayan.catalog.CategoryId;
import id.simlayan.catalog.ServiceOfferingId;
import id.simlayan.identity.UnitId;
import id.simlayan.sla.internal.ClockComputation.ClockRow;
import id.simlayan.sla.internal.ClockComputation.Notices;
import id.simlayan.sla.internal.ClockInputs.Step;
import id.simlayan.sla.internal.ClockMath.Result;
import id.simlayan.ticket.TicketFacts.DispositionFact;
import id.simlayan.ticket.TicketPriority;
import id.simlayan.ticket.TicketStatus;
import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The SQL of the clocks: a ticket's stored inputs ({@code sla_tickets}), its computed clocks
 * ({@code sla_clocks}), the units' shares ({@code sla_unit_shares}) and the RECOMPUTED moments,
 * one ticket at a time or a round of many in a few statements. Callers own the transactions.
 */
@Component
class ClockStore {

    /**
     * The stored inputs of one ticket.
     *
     * @param extension      the granted extension; null when none was granted
     * @param userNotifiedAt when the user was first told the work starts (a start event); null until then
     */
    record TicketRow(UUID ticketId, ServiceOfferingId serviceId, CategoryId categoryId, TicketPriority priority, TicketStatus status,
                     Instant receivedAt, List<Step> steps, Instant firstResponseAt, UnitId calendarUnit, UnitId holderUnit, UUID holderUser,
                     long revision, GrantedExtension extension, CurrentHandoff handoff, Instant userNotifiedAt) {
    }

    /**
     * The hand-off the ticket is in now: the unit it was handed to (pending or accepted), since
     * when, and the hand-off's sequence number (the HANDOFF clock's run); null when no unit holds it
     * by a hand-off.
     */
    record CurrentHandoff(int seq, UnitId unit, Instant from) {
    }

    /**
     * An extension granted to the resolution clock: its target as granted and the resolution due at the moment of
     * granting. The added budget is always recomputed from these on the current calendar: the time (in the
     * clock's measure) from {@code fromDue} to {@code target.dueFrom(calendar, fromDue)}.
     */
    record GrantedExtension(Target target, Instant fromDue) {

        Duration budget(BusinessCalendar calendar, ClockMode clockMode) {
            return ClockMath.between(calendar, clockMode, fromDue, target.dueFrom(calendar, fromDue));
        }
    }

    /** The columns {@link #ticketRow} reads. */
    static final String TICKET_COLUMNS = """
            ticket_id, service_id, category_id, priority, status, received_at, status_timeline, first_response_at, user_notified_at,
              calendar_unit_id, holder_unit_id, holder_user_id, revision, extension_amount, extension_unit, extension_mode, extension_from_due,
              (SELECT s.seq FROM sla_unit_shares s WHERE s.ticket_id = sla_tickets.ticket_id AND s.until_at IS NULL ORDER BY s.seq DESC LIMIT 1) AS handoff_seq,
              (SELECT s.unit_id FROM sla_unit_shares s WHERE s.ticket_id = sla_tickets.ticket_id AND s.until_at IS NULL ORDER BY s.seq DESC LIMIT 1) AS handoff_unit,
              (SELECT s.from_at FROM sla_unit_shares s WHERE s.ticket_id = sla_tickets.ticket_id AND s.until_at IS NULL ORDER BY s.seq DESC LIMIT 1) AS handoff_from""";

    /** Both writers: a notice the scheduler claimed meanwhile (same run) is never forgotten. */
    private static final String UPSERT = """
            ON CONFLICT (ticket_id, kind) DO UPDATE SET started_at = excluded.started_at, pauses = excluded.pauses,
              stopped_at = excluded.stopped_at, run = excluded.run, state = excluded.state, level = excluded.level,
              budget_seconds = excluded.budget_seconds, used_seconds = excluded.used_seconds, due_at = excluded.due_at,
              warn_at = excluded.warn_at, warn_notify_at = excluded.warn_notify_at, breach_notify_at = excluded.breach_notify_at,
              warn_sent_at = CASE WHEN c.warn_sent_at IS NOT NULL AND c.warn_sent_run = excluded.run THEN c.warn_sent_at ELSE excluded.warn_sent_at END,
              warn_sent_run = CASE WHEN c.warn_sent_at IS NOT NULL AND c.warn_sent_run = excluded.run THEN c.warn_sent_run ELSE excluded.warn_sent_run END,
              breach_sent_at = CASE WHEN c.breach_sent_at IS NOT NULL AND c.breach_sent_run = excluded.run THEN c.breach_sent_at ELSE excluded.breach_sent_at END,
              breach_sent_run = CASE WHEN c.breach_sent_at IS NOT NULL AND c.breach_sent_run = excluded.run THEN c.breach_sent_run ELSE excluded.breach_sent_run END,
              computed_at = excluded.computed_at
            """;

    private final JdbcClient jdbc;
    private final JdbcTemplate template;

    ClockStore(JdbcClient jdbc, JdbcTemplate template) {
        this.jdbc = jdbc;
        this.template = template;
    }

    /** Serializes the writers of one ticket until the end of the transaction. */
    void lock(UUID ticket) {
        jdbc.sql("SELECT pg_advisory_xact_lock(:key)").param("key", lockKey(ticket)).query((rs, n) -> 1).list();
    }

    Optional<TicketRow> ticket(UUID ticket) {
        return jdbc.sql("SELECT " + TICKET_COLUMNS + " FROM sla_tickets WHERE ticket_id = :id").param("id", ticket)
                .query(ClockStore::ticketRow).optional();
    }

    /** Open tickets in id order after {@code after} (from the first when {@code after} is null), at most {@code limit}. */
    List<TicketRow> openTickets(UUID after, int limit) {
        return jdbc.sql("SELECT " + TICKET_COLUMNS + """

                        FROM sla_tickets WHERE open AND (CAST(:after AS uuid) IS NULL OR ticket_id > :after) ORDER BY ticket_id LIMIT :limit""")
                .param("after", after).param("limit", limit)
                .query(ClockStore::ticketRow).list();
    }

    void saveTicket(TicketRow row, String number, String subject, UUID policyId, Instant now) {
        jdbc.sql("""
                        INSERT INTO sla_tickets (ticket_id, number, subject, service_id, category_id, priority, status, open, received_at,
                          status_timeline, first_response_at, user_notified_at, calendar_unit_id, holder_unit_id, holder_user_id, policy_id, revision, rebuilt_at)
                        VALUES (:id, :number, :subject, :service, :category, :priority, :status, :open, :received, CAST(:timeline AS jsonb), :firstResponse,
                          :userNotified, :calendarUnit, :holderUnit, :holderUser, :policy, :revision, :now)
                        ON CONFLICT (ticket_id) DO UPDATE SET number = excluded.number, subject = excluded.subject,
                          service_id = excluded.service_id, category_id = excluded.category_id, priority = excluded.priority,
                          status = excluded.status, open = excluded.open, received_at = excluded.received_at,
                          status_timeline = excluded.status_timeline, first_response_at = excluded.first_response_at,
                          user_notified_at = excluded.user_notified_at, calendar_unit_id = excluded.calendar_unit_id, holder_unit_id = excluded.holder_unit_id,
                          holder_user_id = excluded.holder_user_id, policy_id = excluded.policy_id, revision = excluded.revision,
                          rebuilt_at = excluded.rebuilt_at""")
                .param("id", row.ticketId()).param("number", number).param("subject", subject)
                .param("service", row.serviceId().value()).param("category", row.categoryId() == null ? null : row.categoryId().value())
                .param("priority", row.priority().name()).param("status", row.status().name()).param("open", !row.status().isFinal())
                .param("received", ts(row.receivedAt())).param("timeline", ClockInputs.encodeTimeline(row.steps()))
                .param("firstResponse", ts(row.firstResponseAt())).param("userNotified", ts(row.userNotifiedAt()))
                .param("calendarUnit", row.calendarUnit().value())
                .param("holderUnit", row.holderUnit() == null ? null : row.holderUnit().value()).param("holderUser", row.holderUser())
                .param("policy", policyId).param("revision", row.revision()).param("now", ts(now))
                .update();
    }

    /** The ticket's clocks become exactly {@code clocks} (notices already sent in the same run are kept by the upsert). */
    void replaceClocks(UUID ticket, List<ClockRow> clocks, Instant now) {
        jdbc.sql("DELETE FROM sla_clocks WHERE ticket_id = :id AND NOT (kind IN (:kinds))").param("id", ticket)
                .param("kinds", clocks.isEmpty() ? List.of("-") : clocks.stream().map(c -> c.kind().name()).toList()).update();
        for (ClockRow c : clocks) {
            upsertClock(c, now);
        }
    }

    void replaceShares(UUID ticket, List<DispositionFact> dispositions) {
        jdbc.sql("DELETE FROM sla_unit_shares WHERE ticket_id = :id").param("id", ticket).update();
        for (var d : dispositions) {
            jdbc.sql("INSERT INTO sla_unit_shares (ticket_id, seq, unit_id, from_at, until_at) VALUES (:id, :seq, :unit, :from, :until)")
                    .param("id", ticket).param("seq", d.seq()).param("unit", d.unitId().value()).param("from", ts(d.disposedAt()))
                    .param("until", ts(d.endedAt())).update();
        }
    }

    private void upsertClock(ClockRow c, Instant now) {
        Result r = c.result();
        jdbc.sql("""
                        INSERT INTO sla_clocks AS c (ticket_id, kind, started_at, pauses, stopped_at, run, state, level, budget_seconds, used_seconds,
                          due_at, warn_at, warn_notify_at, warn_sent_at, warn_sent_run, breach_notify_at, breach_sent_at, breach_sent_run, computed_at)
                        VALUES (:id, :kind, :start, CAST(:pauses AS jsonb), :stop, :run, :state, :level, :budget, :used, :due, :warn, :warnNotify, :warnSent,
                          :warnSentRun, :breachNotify, :breachSent, :breachSentRun, :now)
                        """ + UPSERT)
                .param("id", c.ticketId()).param("kind", c.kind().name()).param("start", ts(c.inputs().start()))
                .param("pauses", ClockInputs.encodePauses(c.inputs().pauses())).param("stop", ts(c.inputs().stop()))
                .param("run", c.inputs().run()).param("state", r.state().name()).param("level", r.level().name())
                .param("budget", r.budget() == null ? null : r.budget().getSeconds()).param("used", r.used().getSeconds())
                .param("due", ts(r.due())).param("warn", ts(r.warnAt())).param("warnNotify", ts(c.warnNotifyAt()))
                .param("warnSent", ts(c.warnSentAt())).param("warnSentRun", c.warnSentRun()).param("breachNotify", ts(c.breachNotifyAt()))
                .param("breachSent", ts(c.breachSentAt())).param("breachSentRun", c.breachSentRun()).param("now", ts(now))
                .update();
    }

    /**
     * Writes one round of a bulk recompute: deletes clocks that no longer apply, upserts the
     * clocks whose computed values changed (only where the ticket's revision is still the one
     * read), stores the matched policies and a RECOMPUTED moment per moved due.
     *
     * @return the tickets whose due moved
     */
    List<UUID> writeRound(List<TicketRow> rows, List<ClockRow> all, List<UUID> policyTickets, List<UUID> policyIds,
                          Map<String, Notices> stored, Instant now) {
        // clocks that no longer apply (policy gone, response target dropped)
        var gone = new java.util.HashSet<>(stored.keySet());
        all.forEach(c -> gone.remove(ClockComputation.key(c.ticketId(), c.kind())));
        // only what changed is written ("used" of a running clock is recomputed on reading)
        List<ClockRow> computed = all.stream().filter(c -> {
            Notices old = stored.get(ClockComputation.key(c.ticketId(), c.kind()));
            return old == null || !ClockComputation.fingerprint(c).equals(old.fingerprint());
        }).toList();
        Map<UUID, Long> revisions = new HashMap<>();
        rows.forEach(r -> revisions.put(r.ticketId(), r.revision()));
        int n = computed.size();
        Object[] ids = new Object[n];
        String[] kinds = new String[n];
        String[] starts = new String[n];
        String[] pauses = new String[n];
        String[] stops = new String[n];
        Integer[] runs = new Integer[n];
        String[] states = new String[n];
        String[] levels = new String[n];
        Long[] budgets = new Long[n];
        Long[] used = new Long[n];
        String[] dues = new String[n];
        String[] warns = new String[n];
        String[] warnNotify = new String[n];
        String[] warnSent = new String[n];
        Integer[] warnSentRun = new Integer[n];
        String[] breachNotify = new String[n];
        String[] breachSent = new String[n];
        Integer[] breachSentRun = new Integer[n];
        Long[] revs = new Long[n];
        List<UUID> movedTickets = new ArrayList<>();
        List<String> movedKinds = new ArrayList<>();
        List<String> movedDues = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            ClockRow c = computed.get(i);
            Result r = c.result();
            ids[i] = c.ticketId();
            kinds[i] = c.kind().name();
            starts[i] = iso(c.inputs().start());
            pauses[i] = ClockInputs.encodePauses(c.inputs().pauses());
            stops[i] = iso(c.inputs().stop());
            runs[i] = c.inputs().run();
            states[i] = r.state().name();
            levels[i] = r.level().name();
            budgets[i] = r.budget() == null ? null : r.budget().getSeconds();
            used[i] = r.used().getSeconds();
            dues[i] = iso(r.due());
            warns[i] = iso(r.warnAt());
            warnNotify[i] = iso(c.warnNotifyAt());
            warnSent[i] = iso(c.warnSentAt());
            warnSentRun[i] = c.warnSentRun();
            breachNotify[i] = iso(c.breachNotifyAt());
            breachSent[i] = iso(c.breachSentAt());
            breachSentRun[i] = c.breachSentRun();
            revs[i] = revisions.get(c.ticketId());
            Notices old = stored.get(ClockComputation.key(c.ticketId(), c.kind()));
            if (old != null && r.due() != null && old.dueAt() != null && !old.dueAt().equals(r.due())) {
                movedTickets.add(c.ticketId());
                movedKinds.add(c.kind().name());
                movedDues.add(iso(r.due()));
            }
        }
        template.execute((ConnectionCallback<Void>) con -> {
            Array aIds = con.createArrayOf("uuid", ids);
            if (!gone.isEmpty()) {
                try (var ps = con.prepareStatement("""
                        DELETE FROM sla_clocks c USING unnest(?::uuid[], ?::varchar[]) AS u(ticket_id, kind)
                        WHERE c.ticket_id = u.ticket_id AND c.kind = u.kind""")) {
                    ps.setArray(1, con.createArrayOf("uuid", gone.stream().map(k -> UUID.fromString(k.substring(0, 36))).toArray()));
                    ps.setArray(2, con.createArrayOf("varchar", gone.stream().map(k -> k.substring(37)).toArray()));
                    ps.executeUpdate();
                }
            }
            if (n > 0) {
                try (var ps = con.prepareStatement("""
                        INSERT INTO sla_clocks AS c (ticket_id, kind, started_at, pauses, stopped_at, run, state, level, budget_seconds, used_seconds,
                          due_at, warn_at, warn_notify_at, warn_sent_at, warn_sent_run, breach_notify_at, breach_sent_at, breach_sent_run, computed_at)
                        SELECT u.ticket_id, u.kind, u.started_at::timestamptz, u.pauses::jsonb, u.stopped_at::timestamptz, u.run, u.state, u.level, u.budget,
                          u.used, u.due_at::timestamptz, u.warn_at::timestamptz, u.warn_notify_at::timestamptz, u.warn_sent_at::timestamptz,
                          u.warn_sent_run, u.breach_notify_at::timestamptz, u.breach_sent_at::timestamptz, u.breach_sent_run, ?::timestamptz
                        FROM unnest(?::uuid[], ?::varchar[], ?::text[], ?::text[], ?::text[], ?::int[], ?::varchar[], ?::varchar[],
                          ?::bigint[], ?::bigint[], ?::text[], ?::text[], ?::text[], ?::text[], ?::int[],
                          ?::text[], ?::text[], ?::int[], ?::bigint[])
                          AS u(ticket_id, kind, started_at, pauses, stopped_at, run, state, level, budget, used, due_at, warn_at, warn_notify_at,
                               warn_sent_at, warn_sent_run, breach_notify_at, breach_sent_at, breach_sent_run, revision)
                        JOIN sla_tickets t ON t.ticket_id = u.ticket_id AND t.revision = u.revision
                        """ + UPSERT)) {
                    int p = 1;
                    ps.setString(p++, now.toString());
                    ps.setArray(p++, aIds);
                    ps.setArray(p++, con.createArrayOf("varchar", kinds));
                    ps.setArray(p++, con.createArrayOf("text", starts));
                    ps.setArray(p++, con.createArrayOf("text", pauses));
                    ps.setArray(p++, con.createArrayOf("text", stops));
                    ps.setArray(p++, con.createArrayOf("int4", runs));
                    ps.setArray(p++, con.createArrayOf("varchar", states));
                    ps.setArray(p++, con.createArrayOf("varchar", levels));
                    ps.setArray(p++, con.createArrayOf("int8", budgets));
                    ps.setArray(p++, con.createArrayOf("int8", used));
                    ps.setArray(p++, con.createArrayOf("text", dues));
                    ps.setArray(p++, con.createArrayOf("text", warns));
                    ps.setArray(p++, con.createArrayOf("text", warnNotify));
                    ps.setArray(p++, con.createArrayOf("text", warnSent));
                    ps.setArray(p++, con.createArrayOf("int4", warnSentRun));
                    ps.setArray(p++, con.createArrayOf("text", breachNotify));
                    ps.setArray(p++, con.createArrayOf("text", breachSent));
                    ps.setArray(p++, con.createArrayOf("int4", breachSentRun));
                    ps.setArray(p, con.createArrayOf("int8", revs));
                    ps.executeUpdate();
                }
            }
            try (var ps = con.prepareStatement("""
                    UPDATE sla_tickets t SET policy_id = u.policy_id FROM unnest(?::uuid[], ?::uuid[]) AS u(ticket_id, policy_id)
                    WHERE t.ticket_id = u.ticket_id AND t.policy_id IS DISTINCT FROM u.policy_id""")) {
                ps.setArray(1, con.createArrayOf("uuid", policyTickets.toArray()));
                ps.setArray(2, con.createArrayOf("uuid", policyIds.toArray()));
                ps.executeUpdate();
            }
            if (!movedTickets.isEmpty()) {
                try (var ps = con.prepareStatement("""
                        INSERT INTO sla_moments (ticket_id, at, type, clock, due_at, staff_only)
                        SELECT u.ticket_id, ?::timestamptz, 'RECOMPUTED', u.kind, u.due_at::timestamptz, TRUE FROM unnest(?::uuid[], ?::varchar[], ?::text[])
                          AS u(ticket_id, kind, due_at)""")) {
                    ps.setString(1, now.toString());
                    ps.setArray(2, con.createArrayOf("uuid", movedTickets.toArray()));
                    ps.setArray(3, con.createArrayOf("varchar", movedKinds.toArray()));
                    ps.setArray(4, con.createArrayOf("text", movedDues.toArray()));
                    ps.executeUpdate();
                }
            }
            return null;
        });
        return movedTickets;
    }

    Map<String, Notices> storedNotices(List<UUID> ids) {
        Map<String, Notices> out = new HashMap<>();
        template.execute((ConnectionCallback<Void>) con -> {
            try (var ps = con.prepareStatement("""
                    SELECT ticket_id, kind, started_at, pauses, stopped_at, run, state, level, budget_seconds, due_at, warn_at,
                      warn_notify_at, warn_sent_at, warn_sent_run, breach_notify_at, breach_sent_at, breach_sent_run
                    FROM sla_clocks WHERE ticket_id = ANY (?)""")) {
                ps.setArray(1, con.createArrayOf("uuid", ids.toArray()));
                try (var rs = ps.executeQuery()) {
                    while (rs.next()) {
                        out.put(rs.getString("ticket_id") + "/" + rs.getString("kind"), new Notices(instant(rs, "due_at"), instant(rs, "warn_at"),
                                instant(rs, "warn_sent_at"), (Integer) rs.getObject("warn_sent_run"), instant(rs, "breach_sent_at"),
                                (Integer) rs.getObject("breach_sent_run"), ClockComputation.fingerprint(instant(rs, "started_at"), ClockInputs.decodePauses(rs.getString("pauses")),
                                instant(rs, "stopped_at"), rs.getObject("run"), rs.getString("state"), rs.getString("level"),
                                rs.getObject("budget_seconds"), instant(rs, "due_at"), instant(rs, "warn_at"), instant(rs, "warn_notify_at"),
                                instant(rs, "warn_sent_at"), rs.getObject("warn_sent_run"), instant(rs, "breach_notify_at"),
                                instant(rs, "breach_sent_at"), rs.getObject("breach_sent_run"))));
                    }
                }
            }
            return null;
        });
        return out;
    }

    static TicketRow ticketRow(ResultSet rs, int n) throws SQLException {
        String category = rs.getString("category_id");
        String holderUnit = rs.getString("holder_unit_id");
        String holderUser = rs.getString("holder_user_id");
        return new TicketRow(rs.getObject("ticket_id", UUID.class), new ServiceOfferingId(rs.getObject("service_id", UUID.class)),
                category == null ? null : new CategoryId(UUID.fromString(category)), TicketPriority.valueOf(rs.getString("priority")),
                TicketStatus.valueOf(rs.getString("status")), instant(rs, "received_at"), ClockInputs.decodeTimeline(rs.getString("status_timeline")),
                instant(rs, "first_response_at"), new UnitId(rs.getObject("calendar_unit_id", UUID.class)),
                holderUnit == null ? null : new UnitId(UUID.fromString(holderUnit)), holderUser == null ? null : UUID.fromString(holderUser),
                rs.getLong("revision"), extension(rs), handoff(rs), instant(rs, "user_notified_at"));
    }

    private static CurrentHandoff handoff(ResultSet rs) throws SQLException {
        UUID unit = rs.getObject("handoff_unit", UUID.class);
        return unit == null ? null : new CurrentHandoff(rs.getInt("handoff_seq"), new UnitId(unit), instant(rs, "handoff_from"));
    }

    private static GrantedExtension extension(ResultSet rs) throws SQLException {
        Instant fromDue = instant(rs, "extension_from_due");
        if (fromDue == null || rs.getString("extension_unit") == null) {
            return null;
        }
        return new GrantedExtension(new Target(rs.getInt("extension_amount"), TargetUnit.valueOf(rs.getString("extension_unit")),
                ClockMode.valueOf(rs.getString("extension_mode")), null), fromDue);
    }

    private static String iso(Instant instant) {
        return instant == null ? null : instant.toString();
    }

    static long lockKey(UUID id) {
        return id.getMostSignificantBits() ^ id.getLeastSignificantBits() ^ 0x5_1A_5_1A;
    }

    static Timestamp ts(Instant instant) {
        return instant == null ? null : Timestamp.from(instant);
    }

    static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp t = rs.getTimestamp(column);
        return t == null ? null : t.toInstant();
    }
}
