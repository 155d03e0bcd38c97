package id.simlayan.sla.internal;

import id.simlayan.calendar.BusinessCalendar;
import id.simlayan.calendar.BusinessCalendars;
import id.simlayan.calendar.ClockMode;
import id.simlayan.calendar.Target;
import id.simlayan.identity.Directory;
import id.simlayan.identity.UnitId;
import id.simlayan.identity.UnitSummary;
import id.simlayan.sla.internal.ClockMath.Pause;
import id.simlayan.sla.internal.ClockMath.State;
import id.simlayan.ticket.DeadlineKind;
import id.simlayan.ticket.DeadlineLevel;
import id.simlayan.ticket.TicketDeadlines;
import id.simlayan.ticket.TicketDeadlines.MomentType;
import id.simlayan.ticket.TicketId;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** {@link TicketDeadlines} from the stored clocks; levels are judged at the moment of reading. Data only: the pages write the words. */
@Component
class JdbcTicketDeadlines implements TicketDeadlines {

    private final JdbcClient jdbc;
    private final JdbcTemplate template;
    private final ClockComputation computation;
    private final PolicyStore policies;
    private final BusinessCalendars calendars;
    private final Directory directory;
    private final Clock clock;
    private final DeadlineExtensions extensions;

    JdbcTicketDeadlines(JdbcClient jdbc, JdbcTemplate template, ClockComputation computation, PolicyStore policies, BusinessCalendars calendars,
                        Directory directory, Clock clock, DeadlineExtensions extensions) {
        this.extensions = extensions;
        this.jdbc = jdbc;
        this.template = template;
        this.computation = computation;
        this.policies = policies;
        this.calendars = calendars;
        this.directory = directory;
        this.clock = clock;
    }

    @Override
    public Map<TicketId, DeadlineBadge> badges(Collection<TicketId> tickets) {
        Map<TicketId, DeadlineBadge> out = new HashMap<>();
        if (tickets.isEmpty()) {
            return out;
        }
        Instant now = clock.instant();
        Object[] ids = tickets.stream().map(TicketId::value).toArray();
        Map<TicketId, List<DeadlineBadge>> all = new HashMap<>();
        Map<UUID, Optional<SlaPolicy>> policyById = new HashMap<>();
        template.execute((ConnectionCallback<Void>) con -> {
            try (var ps = con.prepareStatement("""
                    SELECT c.ticket_id, c.kind, c.state, c.level, c.due_at, c.warn_at, t.calendar_unit_id, t.policy_id
                    FROM sla_clocks c JOIN sla_tickets t ON t.ticket_id = c.ticket_id WHERE c.ticket_id = ANY (?)""")) {
                ps.setArray(1, con.createArrayOf("uuid", ids));
                try (var rs = ps.executeQuery()) {
                    while (rs.next()) {
                        State state = State.valueOf(rs.getString("state"));
                        if (state == State.NOT_STARTED) {
                            continue;
                        }
                        Instant due = ClockStore.instant(rs, "due_at");
                        DeadlineLevel level = level(state, DeadlineLevel.valueOf(rs.getString("level")), due, ClockStore.instant(rs, "warn_at"), now);
                        DeadlineKind kind = DeadlineKind.valueOf(rs.getString("kind"));
                        UUID policyId = rs.getObject("policy_id", UUID.class);
                        ClockMode mode = policyId == null ? ClockMode.BUSINESS
                                : policyById.computeIfAbsent(policyId, policies::find).map(p -> target(p, kind)).map(Target::mode).orElse(ClockMode.BUSINESS);
                        var calendar = calendars.forUnit(new UnitId(rs.getObject("calendar_unit_id", UUID.class)));
                        all.computeIfAbsent(new TicketId(rs.getObject("ticket_id", UUID.class)), k -> new ArrayList<>())
                                .add(new DeadlineBadge(kind, state == State.PAUSED && level == DeadlineLevel.PAUSED ? null : due, level,
                                        state == State.RUNNING ? remaining(calendar, mode, due, now) : null, mode));
                    }
                }
            }
            return null;
        });
        all.forEach((id, badges) -> out.put(id, badges.stream().min(Comparator.comparingInt(JdbcTicketDeadlines::urgency)
                .thenComparing(b -> b.dueAt() == null ? Instant.MAX : b.dueAt())).orElseThrow()));
        return out;
    }

    /**
     * The time a running clock has left: from now to its due instant in the clock's measure,
     * negative once past. The queue badges and the ticket page both count it here.
     */
    static Duration remaining(BusinessCalendar calendar, ClockMode mode, Instant due, Instant now) {
        if (due == null) {
            return null;
        }
        return due.isAfter(now) ? ClockMath.between(calendar, mode, now, due) : ClockMath.between(calendar, mode, due, now).negated();
    }

    private static Target target(SlaPolicy policy, DeadlineKind kind) {
        return policy.target(kind);
    }

    /** A calendar-time limit whose due instant is not inside an opening period (the last second before it is closed). */
    static boolean dueWhileClosed(BusinessCalendar calendar, ClockMode mode, Instant due) {
        return mode == ClockMode.CALENDAR && due != null && !calendar.isOpen(due.minusSeconds(1));
    }

    static DeadlineLevel level(State state, DeadlineLevel stored, Instant due, Instant warnAt, Instant now) {
        return switch (state) {
            case RUNNING -> ClockMath.levelWhileRunning(due, warnAt, now);
            case PAUSED -> due != null && !now.isBefore(due) ? DeadlineLevel.BREACHED : DeadlineLevel.PAUSED;
            case STOPPED, NOT_STARTED -> stored;
        };
    }

    private static int urgency(DeadlineBadge b) {
        return switch (b.level()) {
            case BREACHED -> 0;
            case WARNING -> 1;
            case ON_TRACK -> 2;
            case PAUSED -> 3;
            case MISSED -> 4;
            case MET -> 5;
        };
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<DeadlineSheet> sheet(TicketId ticket) {
        var row = jdbc.sql("SELECT " + ClockStore.TICKET_COLUMNS + ", policy_id FROM sla_tickets WHERE ticket_id = :id")
                .param("id", ticket.value())
                .query((rs, n) -> Map.entry(ClockStore.ticketRow(rs, n), Optional.ofNullable(rs.getObject("policy_id", UUID.class))))
                .optional();
        if (row.isEmpty() || row.get().getValue().isEmpty()) {
            return Optional.empty();
        }
        var policy = policies.find(row.get().getValue().get());
        if (policy.isEmpty()) {
            return Optional.empty();
        }
        Instant now = clock.instant();
        var calendar = calendars.forUnit(row.get().getKey().calendarUnit());
        var clocks = computation.compute(row.get().getKey(), policy.get(), now, Map.of(), new HashMap<>());
        List<DeadlineLine> lines = new ArrayList<>();
        List<DeadlineMoment> moments = new ArrayList<>();
        List<Pause> resolutionPauses = List.of();
        for (var c : clocks) {
            var r = c.result();
            if (r.state() == State.NOT_STARTED && row.get().getKey().status().isFinal()) {
                continue;
            }
            Target target = policy.get().target(c.kind());
            // a unit's hand-off clock counts on that unit's calendar
            var clockCalendar = c.kind() == DeadlineKind.HANDOFF ? calendars.forUnit(row.get().getKey().handoff().unit()) : calendar;
            var granted = row.get().getKey().extension();
            Target extension = c.kind() == DeadlineKind.RESOLUTION && granted != null ? granted.target() : null;
            Instant shownDue = r.state() == State.PAUSED && r.level() == DeadlineLevel.PAUSED || r.state() == State.NOT_STARTED ? null : r.due();
            Duration remaining = r.state() == State.RUNNING ? remaining(clockCalendar, target.mode(), r.due(), now) : r.remaining();
            lines.add(new DeadlineLine(c.kind(), target, extension, c.inputs().start(), shownDue, r.level(), c.inputs().stop(), r.used(), remaining,
                    target.mode(), dueWhileClosed(clockCalendar, target.mode(), shownDue)));
            if (c.inputs().start() != null) {
                moments.add(new DeadlineMoment(c.inputs().start(), MomentType.STARTED, c.kind(), null, null, false));
                for (Pause p : ClockMath.normalise(c.inputs().pauses(), c.inputs().start())) {
                    moments.add(new DeadlineMoment(p.from(), MomentType.PAUSED, c.kind(), null, null, false));
                    if (p.to() != null && (c.inputs().stop() == null || p.to().isBefore(c.inputs().stop()))) {
                        moments.add(new DeadlineMoment(p.to(), MomentType.RESUMED, c.kind(), null, null, false));
                    }
                }
            }
            if (r.state() == State.STOPPED && c.inputs().start() != null) {
                moments.add(new DeadlineMoment(c.inputs().stop(), MomentType.valueOf(r.level().name()), c.kind(), null, null, false));
            }
            if (c.kind() == DeadlineKind.RESOLUTION) {
                resolutionPauses = c.inputs().pauses();
            }
        }
        jdbc.sql("SELECT at, type, clock, due_at, staff_only, note FROM sla_moments WHERE ticket_id = :id ORDER BY at, id").param("id", ticket.value())
                .query((rs, n) -> new DeadlineMoment(ClockStore.instant(rs, "at"), MomentType.valueOf(rs.getString("type")),
                        rs.getString("clock") == null ? null : DeadlineKind.valueOf(rs.getString("clock")), ClockStore.instant(rs, "due_at"),
                        rs.getString("note"), rs.getBoolean("staff_only")))
                .list().forEach(moments::add);
        moments.sort(Comparator.comparing(DeadlineMoment::at));
        List<UnitShare> shares = new ArrayList<>();
        var pauses = resolutionPauses;
        jdbc.sql("SELECT unit_id, from_at, until_at FROM sla_unit_shares WHERE ticket_id = :id ORDER BY seq").param("id", ticket.value())
                .query((rs, n) -> {
                    UnitId unit = new UnitId(rs.getObject("unit_id", UUID.class));
                    Instant from = ClockStore.instant(rs, "from_at");
                    Instant until = ClockStore.instant(rs, "until_at");
                    var time = ClockMath.measured(calendars.forUnit(unit), ClockMode.BUSINESS, from, until == null ? now : until, pauses);
                    return new UnitShare(unit, directory.unit(unit).map(UnitSummary::name).orElse(""), from, until, time);
                }).list().forEach(shares::add);
        var offer = extensions.available(ticket)
                .map(o -> new ExtensionOffer(o.target(), "/petugas/sla/" + ticket.value() + "/perpanjangan", o.grantedBy())).orElse(null);
        return Optional.of(new DeadlineSheet(policy.get().name(), lines, shares, moments, offer));
    }

}
