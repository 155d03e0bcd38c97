package id.simlayan.ticket.web;

import static org.assertj.core.api.Assertions.assertThat;

import id.simlayan.ticket.TicketStatus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The requester's stepper: Diterima → Verifikasi → Diproses → Selesai. */
class TrackingStagesUnitTests {

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource({
            "DITERIMA, current todo todo todo",
            "VERIFIKASI, done current todo todo",
            "MENUNGGU_PEMOHON, done current todo todo",
            "DITOLAK, done current todo todo",
            "DIPROSES, done done current todo",
            "SELESAI, done done done current",
            "DITUTUP, done done done done"})
    void eachStatusMapsToThePublicStages(TicketStatus status, String states) {
        assertThat(TicketPages.stages(status)).extracting(TicketPages.Stage::state).containsExactly(states.split(" "));
    }

    @Test
    void theStagesAreThePublicOnes() {
        assertThat(TicketPages.stages(TicketStatus.DITERIMA)).extracting(TicketPages.Stage::status)
                .containsExactly(TicketStatus.DITERIMA, TicketStatus.VERIFIKASI, TicketStatus.DIPROSES, TicketStatus.SELESAI);
    }
}
