package id.simlayan.ticket;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TicketStatusUnitTests {

    @Test
    void openMeansStillBeingWorkedOnSoNeitherResolvedNorFinal() {
        assertThat(TicketStatus.open()).containsExactlyInAnyOrder(TicketStatus.DITERIMA, TicketStatus.VERIFIKASI,
                TicketStatus.MENUNGGU_PEMOHON, TicketStatus.DIPROSES);
        assertThat(TicketStatus.SELESAI.isOpen()).isFalse();
        assertThat(TicketStatus.SELESAI.isFinal()).isFalse();
    }
}
