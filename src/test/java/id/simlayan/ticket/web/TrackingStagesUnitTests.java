package id.simlayan.ticket.web;

import static org.assertj.core.api.Assertions.assertThat;

import id.simlayan.ticket.TicketStatus;
import java.util.Arrays;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

/** The requester's stepper: Diterima → Verifikasi → Diproses → Selesai, a side status in its place. */
class TrackingStagesUnitTests {

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource({
            "DITERIMA, DITERIMA:current VERIFIKASI:todo DIPROSES:todo SELESAI:todo",
            "VERIFIKASI, DITERIMA:done VERIFIKASI:current DIPROSES:todo SELESAI:todo",
            "MENUNGGU_PEMOHON, DITERIMA:done VERIFIKASI:done MENUNGGU_PEMOHON:current DIPROSES:todo SELESAI:todo",
            "DITOLAK, DITERIMA:done VERIFIKASI:done DITOLAK:final",
            "DIPROSES, DITERIMA:done VERIFIKASI:done DIPROSES:current SELESAI:todo",
            "SELESAI, DITERIMA:done VERIFIKASI:done DIPROSES:done SELESAI:current",
            "DITUTUP, DITERIMA:done VERIFIKASI:done DIPROSES:done SELESAI:done DITUTUP:final"})
    void eachStatusMapsToThePublicStagesInOrder(TicketStatus status, String stages) {
        assertThat(TicketPages.stages(status)).extracting(s -> s.status() + ":" + s.state()).containsExactly(stages.split(" "));
    }

    @ParameterizedTest
    @EnumSource(TicketStatus.class)
    void waitingForTheRequesterIsNeverShownAfterSelesai(TicketStatus status) {
        var order = TicketPages.stages(status).stream().map(TicketPages.Stage::status).toList();
        int selesai = order.indexOf(TicketStatus.SELESAI);
        if (selesai >= 0) {
            assertThat(order.subList(selesai + 1, order.size())).as("after Selesai only Ditutup").isSubsetOf(TicketStatus.DITUTUP);
        }
        assertThat(order).as("a status appears once").doesNotHaveDuplicates();
        assertThat(order).as("the current status is on the stepper").contains(status);
    }

    @Test
    void theMainStagesAreThePublicOnes() {
        assertThat(TicketPages.stages(TicketStatus.DITERIMA)).extracting(TicketPages.Stage::status)
                .containsExactly(TicketStatus.DITERIMA, TicketStatus.VERIFIKASI, TicketStatus.DIPROSES, TicketStatus.SELESAI);
        assertThat(Arrays.stream(TicketStatus.values()).map(TicketPages::stages))
                .as("exactly one stage is where the ticket is now")
                .allSatisfy(stages -> assertThat(stages).filteredOn(s -> Set.of("current", "final").contains(s.state())).hasSize(1));
    }
}
