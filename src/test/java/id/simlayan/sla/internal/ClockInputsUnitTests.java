package id.simlayan.sla.internal;

import static org.assertj.core.api.Assertions.assertThat;

import id.simlayan.sla.internal.ClockInputs.Step;
import id.simlayan.sla.internal.ClockMath.Pause;
import id.simlayan.sla.internal.SlaPolicy.StartEvent;
import id.simlayan.ticket.TicketStatus;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ClockInputsUnitTests {

    static Instant t(int minute) {
        return Instant.parse("2026-06-08T01:00:00Z").plusSeconds(60L * minute);
    }

    static final Set<TicketStatus> WAITING = EnumSet.of(TicketStatus.MENUNGGU_PEMOHON);

    @Test
    void resolutionFromVerificationStartsAtTheFirstChangeIntoDiproses() {
        var steps = List.of(new Step(t(0), TicketStatus.DITERIMA), new Step(t(10), TicketStatus.VERIFIKASI), new Step(t(30), TicketStatus.DIPROSES));
        var derived = ClockInputs.resolution(steps, StartEvent.VERIFIED, null, WAITING);
        assertThat(derived.start()).isEqualTo(t(30));
        assertThat(derived.stop()).isNull();
        assertThat(ClockInputs.resolution(steps.subList(0, 2), StartEvent.VERIFIED, null, WAITING).start()).isNull();
        assertThat(ClockInputs.resolution(steps, StartEvent.RECEIVED, null, WAITING).start()).isEqualTo(t(0));
    }

    @Test
    void resolutionFromTheUserBeingToldStartsThenAndNotBefore() {
        var steps = List.of(new Step(t(0), TicketStatus.DITERIMA), new Step(t(10), TicketStatus.VERIFIKASI), new Step(t(30), TicketStatus.DIPROSES));
        assertThat(ClockInputs.resolution(steps, StartEvent.USER_NOTIFIED, null, WAITING).start()).isNull();
        assertThat(ClockInputs.resolution(steps, StartEvent.USER_NOTIFIED, t(45), WAITING).start()).isEqualTo(t(45));
    }

    @Test
    void waitingForTheRequesterIsAPauseAndVerificationPausesOnlyWhenThePolicySaysSo() {
        var steps = List.of(new Step(t(0), TicketStatus.DITERIMA), new Step(t(10), TicketStatus.MENUNGGU_PEMOHON),
                new Step(t(50), TicketStatus.VERIFIKASI), new Step(t(70), TicketStatus.DIPROSES));
        assertThat(ClockInputs.resolution(steps, StartEvent.RECEIVED, null, WAITING).pauses()).containsExactly(new Pause(t(10), t(50)));
        assertThat(ClockInputs.resolution(steps, StartEvent.RECEIVED, null, EnumSet.of(TicketStatus.MENUNGGU_PEMOHON, TicketStatus.VERIFIKASI)).pauses())
                .containsExactly(new Pause(t(10), t(70)));
    }

    @Test
    void aReopenResumesTheResolutionClockAndTheTimeInSelesaiIsAPause() {
        var steps = List.of(new Step(t(0), TicketStatus.DITERIMA), new Step(t(10), TicketStatus.DIPROSES), new Step(t(60), TicketStatus.SELESAI),
                new Step(t(100), TicketStatus.DIPROSES), new Step(t(130), TicketStatus.SELESAI), new Step(t(200), TicketStatus.DITUTUP));
        var closed = ClockInputs.resolution(steps, StartEvent.RECEIVED, null, WAITING);
        assertThat(closed.stop()).isEqualTo(t(130));
        assertThat(closed.pauses()).containsExactly(new Pause(t(60), t(100)));
        assertThat(closed.run()).isEqualTo(1);
        var reopened = ClockInputs.resolution(steps.subList(0, 4), StartEvent.RECEIVED, null, WAITING);
        assertThat(reopened.stop()).isNull();
        assertThat(reopened.pauses()).containsExactly(new Pause(t(60), t(100)));
    }

    @Test
    void responseIsMetByTheFirstStaffResponseOrEndsWithTheTicket() {
        var steps = List.of(new Step(t(0), TicketStatus.DITERIMA), new Step(t(90), TicketStatus.DITOLAK));
        assertThat(ClockInputs.response(steps, t(20), WAITING).stop()).isEqualTo(t(20));
        assertThat(ClockInputs.response(steps, null, WAITING).stop()).isEqualTo(t(90));
        assertThat(ClockInputs.response(steps.subList(0, 1), null, WAITING).stop()).isNull();
    }

    @Test
    void storedFormsRoundTrip() {
        var steps = List.of(new Step(t(0), TicketStatus.DITERIMA), new Step(t(10), TicketStatus.MENUNGGU_PEMOHON));
        assertThat(ClockInputs.decodeTimeline(ClockInputs.encodeTimeline(steps))).isEqualTo(steps);
        var pauses = List.of(new Pause(t(1), t(2)), new Pause(t(5), null));
        assertThat(ClockInputs.decodePauses(ClockInputs.encodePauses(pauses))).isEqualTo(pauses);
        assertThat(ClockInputs.decodePauses("")).isEmpty();
        assertThat(ClockInputs.decodePauses("[]")).isEmpty();
        assertThat(ClockInputs.encodePauses(List.of(new Pause(Instant.parse("2026-06-08T02:00:00.700Z"), null))))
                .as("jsonb, whole seconds, an open pause has no end")
                .isEqualTo("[{\"from\":\"2026-06-08T02:00:00Z\",\"to\":null}]");
    }

    @Test
    void theMostSpecificActivePolicyWins() {
        var service = new id.simlayan.catalog.ServiceOfferingId(java.util.UUID.randomUUID());
        var category = new id.simlayan.catalog.CategoryId(java.util.UUID.randomUUID());
        var target = id.simlayan.calendar.Target.workingDays(1);
        var plain = policy(service, null, null, target, true);
        var byPriority = policy(service, null, id.simlayan.ticket.TicketPriority.HIGH, target, true);
        var byCategory = policy(service, category, null, target, true);
        var both = policy(service, category, id.simlayan.ticket.TicketPriority.HIGH, target, true);
        var inactive = policy(service, category, id.simlayan.ticket.TicketPriority.URGENT, target, false);
        var all = List.of(plain, byPriority, byCategory, both, inactive);
        assertThat(PolicyStore.match(all, service, category, id.simlayan.ticket.TicketPriority.HIGH)).contains(both);
        assertThat(PolicyStore.match(all, service, category, id.simlayan.ticket.TicketPriority.NORMAL)).contains(byCategory);
        assertThat(PolicyStore.match(all, service, null, id.simlayan.ticket.TicketPriority.HIGH)).contains(byPriority);
        assertThat(PolicyStore.match(all, service, category, id.simlayan.ticket.TicketPriority.URGENT)).contains(byCategory);
        assertThat(PolicyStore.match(all, service, null, id.simlayan.ticket.TicketPriority.LOW)).contains(plain);
    }

    static SlaPolicy policy(id.simlayan.catalog.ServiceOfferingId service, id.simlayan.catalog.CategoryId category,
                            id.simlayan.ticket.TicketPriority priority, id.simlayan.calendar.Target target, boolean active) {
        return new SlaPolicy(java.util.UUID.randomUUID(), service, category, priority, "p", null, target, null, null, StartEvent.RECEIVED, Set.of(),
                75, false, active, 0);
    }
}
