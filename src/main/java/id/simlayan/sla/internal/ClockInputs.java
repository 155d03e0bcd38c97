package id.simlayan.sla.internal;

import id.simlayan.sla.internal.ClockMath.Pause;
import id.simlayan.ticket.TicketFacts;
import id.simlayan.ticket.TicketStatus;
import java.time.Instant;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * Derives the start, pauses and stop of a ticket's two clocks from its status timeline and a
 * policy. Pure.
 * <ul>
 *   <li>RESPONSE starts at receipt (whatever the policy's start event), stops at the first public
 *       reply or status change by staff, or when the ticket becomes SELESAI, DITOLAK or DITUTUP;
 *       paused in the policy's pause statuses.</li>
 *   <li>RESOLUTION starts at receipt (RECEIVED), at the first change into DIPROSES (VERIFIED) or when the
 *       user was first told the work starts (USER_NOTIFIED; not started before);
 *       stops when the ticket becomes SELESAI, DITOLAK or DITUTUP (the start of the final run of
 *       those statuses); a reopen SELESAI → DIPROSES resumes it and the time in SELESAI counts as a
 *       pause; paused in the policy's pause statuses. {@code run} counts the reopens.</li>
 * </ul>
 */
public final class ClockInputs {

    private static final Set<TicketStatus> STOPS = EnumSet.of(TicketStatus.SELESAI, TicketStatus.DITOLAK, TicketStatus.DITUTUP);

    private ClockInputs() {
    }

    /** One status from {@code at} on. */
    public record Step(Instant at, TicketStatus status) {
    }

    public record Derived(Instant start, List<Pause> pauses, Instant stop, int run) {
    }

    /** The timeline of statuses since receipt: DITERIMA at receipt, then each change. */
    public static List<Step> timeline(TicketFacts facts) {
        List<Step> steps = new ArrayList<>();
        steps.add(new Step(facts.receivedAt(), TicketStatus.DITERIMA));
        for (var change : facts.statusChanges()) {
            if (change.to() != null) {
                steps.add(new Step(change.at(), change.to()));
            }
        }
        return steps;
    }

    /** First public staff reply or first status change by staff; null if none yet. */
    public static Instant firstResponse(TicketFacts facts) {
        Instant first = facts.staffReplies().isEmpty() ? null : facts.staffReplies().getFirst();
        for (var change : facts.statusChanges()) {
            if (change.byStaff()) {
                if (first == null || change.at().isBefore(first)) {
                    first = change.at();
                }
                break;
            }
        }
        return first;
    }

    public static Derived response(List<Step> steps, Instant firstResponse, Set<TicketStatus> pauseStatuses) {
        Instant start = steps.getFirst().at();
        Instant stop = firstResponse;
        for (Step s : steps) {
            if (STOPS.contains(s.status())) {
                if (stop == null || s.at().isBefore(stop)) {
                    stop = s.at();
                }
                break;
            }
        }
        return new Derived(start, pauses(steps, pauseStatuses, EnumSet.noneOf(TicketStatus.class), stop), stop, 0);
    }

    /** @param userNotifiedAt when the user was first told the work starts; null until then */
    public static Derived resolution(List<Step> steps, SlaPolicy.StartEvent startEvent, Instant userNotifiedAt, Set<TicketStatus> pauseStatuses) {
        Instant start = null;
        if (startEvent == SlaPolicy.StartEvent.RECEIVED) {
            start = steps.getFirst().at();
        } else if (startEvent == SlaPolicy.StartEvent.USER_NOTIFIED) {
            start = userNotifiedAt;
        } else {
            for (Step s : steps) {
                if (s.status() == TicketStatus.DIPROSES) {
                    start = s.at();
                    break;
                }
            }
        }
        int finalRun = steps.size();
        while (finalRun > 0 && STOPS.contains(steps.get(finalRun - 1).status())) {
            finalRun--;
        }
        Instant stop = finalRun < steps.size() ? steps.get(finalRun).at() : null;
        int run = 0;
        for (int i = 1; i < steps.size(); i++) {
            if (steps.get(i - 1).status() == TicketStatus.SELESAI && steps.get(i).status() == TicketStatus.DIPROSES) {
                run++;
            }
        }
        return new Derived(start, pauses(steps, pauseStatuses, EnumSet.of(TicketStatus.SELESAI), stop), stop, run);
    }

    /**
     * The hand-off clock (OLA) of the unit holding the ticket since {@code from}: stops when the
     * ticket stops (SELESAI, DITOLAK, DITUTUP) after it; pauses like the resolution clock (clipped
     * to the span by the clock math); its run is the hand-off's sequence number, so a new hand-off
     * starts new notices.
     */
    public static Derived handoff(List<Step> steps, Instant from, int seq, Set<TicketStatus> pauseStatuses) {
        Instant stop = null;
        for (Step s : steps) {
            if (!s.at().isBefore(from) && STOPS.contains(s.status())) {
                stop = s.at();
                break;
            }
        }
        return new Derived(from, pauses(steps, pauseStatuses, EnumSet.noneOf(TicketStatus.class), stop), stop, seq);
    }

    private static List<Pause> pauses(List<Step> steps, Set<TicketStatus> pauseStatuses, Set<TicketStatus> alsoPausing, Instant stop) {
        List<Pause> pauses = new ArrayList<>();
        Instant from = null;
        for (Step s : steps) {
            if (stop != null && !s.at().isBefore(stop)) {
                break;
            }
            boolean pausing = pauseStatuses.contains(s.status()) || alsoPausing.contains(s.status());
            if (pausing && from == null) {
                from = s.at();
            } else if (!pausing && from != null) {
                pauses.add(new Pause(from, s.at()));
                from = null;
            }
        }
        if (from != null) {
            pauses.add(new Pause(from, stop));
        }
        return pauses;
    }

    // --- the stored forms (jsonb: sla_tickets.status_timeline, sla_clocks.pauses) ------------

    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** One step as stored: the instant to the second (ISO-8601, UTC) and the status. */
    private record StoredStep(String at, String status) {
    }

    /** One pause as stored; {@code to} null while it lasts. */
    private record StoredPause(String from, String to) {
    }

    static String encodeTimeline(List<Step> steps) {
        return JSON.writeValueAsString(steps.stream().map(s -> new StoredStep(second(s.at()), s.status().name())).toList());
    }

    static List<Step> decodeTimeline(String json) {
        return JSON.readValue(json, new TypeReference<List<StoredStep>>() { }).stream()
                .map(s -> new Step(Instant.parse(s.at()), TicketStatus.valueOf(s.status()))).toList();
    }

    static String encodePauses(List<Pause> pauses) {
        return JSON.writeValueAsString(pauses.stream().map(p -> new StoredPause(second(p.from()), p.to() == null ? null : second(p.to()))).toList());
    }

    static List<Pause> decodePauses(String json) {
        if (json == null || json.isBlank()) {
            return new ArrayList<>();
        }
        return JSON.readValue(json, new TypeReference<List<StoredPause>>() { }).stream()
                .map(p -> new Pause(Instant.parse(p.from()), p.to() == null ? null : Instant.parse(p.to()))).toList();
    }

    /** Stored instants are whole seconds, as the clocks count them. */
    private static String second(Instant instant) {
        return Instant.ofEpochSecond(instant.getEpochSecond()).toString();
    }
}
