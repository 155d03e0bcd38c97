package id.simlayan.sla.internal;

import id.simlayan.calendar.BusinessCalendar;
import id.simlayan.calendar.BusinessCalendars;
import id.simlayan.calendar.Target;
import id.simlayan.identity.UnitId;
import id.simlayan.sla.internal.ClockInputs.Derived;
import id.simlayan.sla.internal.ClockMath.Result;
import id.simlayan.sla.internal.ClockMath.State;
import id.simlayan.sla.internal.ClockStore.TicketRow;
import id.simlayan.ticket.DeadlineKind;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * The clocks of one ticket from its stored inputs and its policy: the computation shared by the
 * rebuild of a ticket, the bulk recompute, the ticket pages and the extension. No SQL here.
 */
@Component
class ClockComputation {

    /** Notice bookkeeping of a stored clock. */
    /** @param fingerprint the stored computed values (all but "used"), to skip writing clocks a recompute did not change */
    record Notices(Instant dueAt, Instant warnAt, Instant warnSentAt, Integer warnSentRun, Instant breachSentAt, Integer breachSentRun,
                   String fingerprint) {
        static final Notices NONE = new Notices(null, null, null, null, null, null, null);
    }

    /** A computed clock ready to be written. */
    record ClockRow(UUID ticketId, DeadlineKind kind, Derived inputs, Result result, Instant warnNotifyAt, Instant warnSentAt,
                    Integer warnSentRun, Instant breachNotifyAt, Instant breachSentAt, Integer breachSentRun) {
    }

    private final BusinessCalendars calendars;

    ClockComputation(BusinessCalendars calendars) {
        this.calendars = calendars;
    }

    /**
     * @param stored notice bookkeeping by {@link #key}; a notice already sent in the same run stays sent
     * @param cache  calendars by unit, shared by the tickets of one recompute round
     */
    List<ClockRow> compute(TicketRow row, SlaPolicy policy, Instant now, Map<String, Notices> stored, Map<UnitId, BusinessCalendar> cache) {
        if (policy == null) {
            return List.of();
        }
        BusinessCalendar calendar = cache.computeIfAbsent(row.calendarUnit(), calendars::forUnit);
        UnitId holder = row.holderUnit() != null ? row.holderUnit() : row.calendarUnit();
        BusinessCalendar holderCalendar = cache.computeIfAbsent(holder, calendars::forUnit);
        List<ClockRow> out = new ArrayList<>(3);
        if (policy.response() != null) {
            var inputs = ClockInputs.response(row.steps(), row.firstResponseAt(), policy.pauseStatuses());
            out.add(clock(row, DeadlineKind.RESPONSE, policy.response(), Duration.ZERO, inputs, policy, calendar, holderCalendar, now, stored));
        }
        var inputs = ClockInputs.resolution(row.steps(), policy.startEvent(), row.userNotifiedAt(), policy.pauseStatuses());
        Duration extra = row.extension() == null ? Duration.ZERO : row.extension().budget(calendar, policy.resolution().mode());
        out.add(clock(row, DeadlineKind.RESOLUTION, policy.resolution(), extra, inputs, policy, calendar, holderCalendar, now, stored));
        if (policy.handoff() != null && row.handoff() != null) {
            // the unit's own target, on the unit's own calendar
            BusinessCalendar unitCalendar = cache.computeIfAbsent(row.handoff().unit(), calendars::forUnit);
            var handoff = ClockInputs.handoff(row.steps(), row.handoff().from(), row.handoff().seq(), policy.pauseStatuses());
            out.add(clock(row, DeadlineKind.HANDOFF, policy.handoff(), Duration.ZERO, handoff, policy, unitCalendar, unitCalendar, now, stored));
        }
        return out;
    }

    private static ClockRow clock(TicketRow row, DeadlineKind kind, Target target, Duration extra, Derived inputs, SlaPolicy policy,
                                  BusinessCalendar calendar, BusinessCalendar holderCalendar, Instant now, Map<String, Notices> stored) {
        Result r = ClockMath.compute(target, calendar, inputs.start(), inputs.pauses(), inputs.stop(), now, policy.warningPercent(), extra);
        Notices old = stored.getOrDefault(key(row.ticketId(), kind), Notices.NONE);
        boolean live = r.state() == State.RUNNING || r.state() == State.PAUSED;
        Instant warnSent = Objects.equals(old.warnSentRun(), inputs.run()) ? old.warnSentAt() : null;
        Instant breachSent = Objects.equals(old.breachSentRun(), inputs.run()) ? old.breachSentAt() : null;
        Instant warnNotify = live && r.warnAt() != null ? holderCalendar.notifiableAt(r.warnAt()) : null;
        Instant breachNotify = live && r.due() != null ? holderCalendar.notifiableAt(r.due()) : null;
        return new ClockRow(row.ticketId(), kind, inputs, r, warnNotify, warnSent, warnSent == null ? null : inputs.run(), breachNotify,
                breachSent, breachSent == null ? null : inputs.run());
    }

    /** The values a recompute compares with the stored ones (all but "used", which is recomputed on reading). */
    static String fingerprint(ClockRow c) {
        Result r = c.result();
        return fingerprint(c.inputs().start(), c.inputs().pauses(), c.inputs().stop(), c.inputs().run(),
                r.state().name(), r.level().name(), r.budget() == null ? null : r.budget().getSeconds(), r.due(), r.warnAt(), c.warnNotifyAt(),
                c.warnSentAt(), c.warnSentRun(), c.breachNotifyAt(), c.breachSentAt(), c.breachSentRun());
    }

    static String fingerprint(Object... values) {
        var out = new StringBuilder(160);
        for (Object v : values) {
            if (v instanceof List<?> pauses) {
                for (Object p : pauses) {
                    var pause = (ClockMath.Pause) p;
                    out.append(pause.from().getEpochSecond()).append('-').append(pause.to() == null ? "" : pause.to().getEpochSecond()).append(';');
                }
                out.append('|');
            } else {
                out.append(v instanceof Instant i ? Long.toString(i.getEpochSecond()) : String.valueOf(v)).append('|');
            }
        }
        return out.toString();
    }

    static String key(UUID ticket, DeadlineKind kind) {
        return ticket + "/" + kind.name();
    }
}
