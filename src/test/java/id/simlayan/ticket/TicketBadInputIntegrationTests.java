package id.simlayan.ticket;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import id.simlayan.catalog.TicketKind;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Tampered or garbage form posts on the ticket pages: a 4xx with the Indonesian message next to
 * the field (or the error page), never a 500 and never a change to the ticket.
 */
class TicketBadInputIntegrationTests extends TicketTestSupport {

    @Test
    void aDispositionToAUnitIdThatIsNoUuidReRendersTheFormWithAMessageAndChangesNothing() throws Exception {
        var agent = login(people.anAgent());
        UUID id = submit(login(people.aRequester()), aService(TicketKind.REQUEST), "Unit bukan UUID");
        postAs(agent, "/petugas/tiket/" + id + "/terima", "version", version(id)).andExpect(status().is3xxRedirection());
        long entries = timelineSize(id);

        postAs(agent, "/petugas/tiket/" + id + "/disposisi", "version", version(id), "unitId", "bukan-uuid", "instruction", "Tolong")
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("Pilih unit dari daftar.")))
                .andExpect(content().string(not(containsString("Terjadi gangguan"))));
        postAs(agent, "/petugas/tiket/" + id + "/tugaskan", "version", version(id), "technicianId", "bukan-uuid")
                .andExpect(status().is4xxClientError())
                .andExpect(content().string(not(containsString("Terjadi gangguan"))));

        assertThat(timelineSize(id)).isEqualTo(entries);
    }

    @Test
    void aVersionThatIsNoNumberIsRefusedWithoutAServerError() throws Exception {
        var agent = login(people.anAgent());
        UUID id = submit(login(people.aRequester()), aService(TicketKind.REQUEST), "Versi bukan angka");
        long entries = timelineSize(id);

        // replies and notes carry no version (they only append), so they are not in this list
        for (String path : new String[] {"/tolak", "/minta-kelengkapan", "/selesaikan"}) {
            postAs(agent, "/petugas/tiket/" + id + path, "version", "99999999999999999999999", "text", "Isi")
                    .andExpect(status().is4xxClientError())
                    .andExpect(content().string(not(containsString("Terjadi gangguan"))));
        }
        postAs(agent, "/petugas/tiket/" + id + "/terima", "version", "abc").andExpect(status().is4xxClientError());

        assertThat(timelineSize(id)).isEqualTo(entries);
        assertThat(statusOf(id)).isEqualTo("DITERIMA");
    }

    @Test
    void aRequesterFormWithAVersionThatIsNoNumberIsRefusedWithoutAServerError() throws Exception {
        var requester = login(people.aRequester());
        UUID id = submit(requester, aService(TicketKind.REQUEST), "Jawaban versi rusak");
        long entries = timelineSize(id);

        for (String path : new String[] {"/jawab", "/buka-kembali", "/konfirmasi"}) {
            postAs(requester, "/lacak/" + id + path, "version", "x1", "text", "Isi")
                    .andExpect(status().is4xxClientError())
                    .andExpect(content().string(not(containsString("Terjadi gangguan"))));
        }
        assertThat(timelineSize(id)).isEqualTo(entries);
    }

    @Test
    void aStepFormWithoutItsVersionIsRefusedWithAMessageAndChangesNothing() throws Exception {
        var agent = login(people.anAgent());
        var requester = login(people.aRequester());
        UUID id = submit(requester, aService(TicketKind.REQUEST), "Formulir tanpa versi");
        long entries = timelineSize(id);
        String unit = people.aUnit().value().toString();

        for (String path : new String[] {"/verifikasi", "/terima", "/minta-kelengkapan", "/tolak", "/disposisi", "/disposisi/terima",
                "/disposisi/kembalikan", "/tugaskan", "/selesaikan", "/prioritas"}) {
            postAs(agent, "/petugas/tiket/" + id + path, "text", "Isi", "unitId", unit, "instruction", "Tolong",
                    "technicianId", UUID.randomUUID().toString(), "priority", "HIGH")
                    .andExpect(status().isBadRequest())
                    .andExpect(content().string(containsString("tidak memuat versi tiket")));
        }
        for (String path : new String[] {"/jawab", "/konfirmasi", "/buka-kembali"}) {
            postAs(requester, "/lacak/" + id + path, "text", "Isi")
                    .andExpect(status().isBadRequest())
                    .andExpect(content().string(containsString("tidak memuat versi tiket")));
        }

        assertThat(timelineSize(id)).isEqualTo(entries);
        assertThat(statusOf(id)).isEqualTo("DITERIMA");
    }

    @Test
    void overlongTextsAreRefusedNextToTheFieldAndNothingIsSaved() throws Exception {
        var agent = login(people.anAgent());
        UUID id = submit(login(people.aRequester()), aService(TicketKind.REQUEST), "Teks terlalu panjang");
        long entries = timelineSize(id);

        postAs(agent, "/petugas/tiket/" + id + "/tolak", "version", version(id), "text", "x".repeat(10_001))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("Terlalu panjang")));
        postAs(agent, "/petugas/tiket/" + id + "/catatan", "text", "")
                .andExpect(status().isBadRequest());

        assertThat(timelineSize(id)).isEqualTo(entries);
        assertThat(statusOf(id)).isEqualTo("DITERIMA");
    }
}
