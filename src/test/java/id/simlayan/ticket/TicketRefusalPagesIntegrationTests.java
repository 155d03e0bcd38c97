package id.simlayan.ticket;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import id.simlayan.catalog.TicketKind;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * What a person sees when something is refused: an access page for the queue that says what is
 * needed, a refused step that lands back on the ticket page (never on the step's URL), and a
 * step URL opened by GET that goes back to the ticket instead of a raw 405.
 */
class TicketRefusalPagesIntegrationTests extends TicketTestSupport {

    @Test
    void staffWithoutTheAgentRoleGetAnAccessPageForTheQueueThatSaysWhatIsNeeded() throws Exception {
        var unitAdmin = login(people.aUnitAdmin(people.aUnit()));
        var technician = login(people.aTechnician(people.aUnit()));

        mvc.perform(get("/petugas/antrean").session(unitAdmin))
                .andExpect(status().isForbidden())
                .andExpect(content().string(containsString("Antrean ini khusus petugas front desk")))
                .andExpect(content().string(containsString("Petugas (AGENT) di unit front desk")))
                .andExpect(content().string(containsString("href=\"/petugas/unit\"")))
                .andExpect(content().string(not(containsString("Langkah tidak dapat dilakukan"))));
        mvc.perform(get("/petugas/antrean").session(technician).header("HX-Request", "true"))
                .andExpect(status().isForbidden())
                .andExpect(content().string(containsString("Petugas (AGENT) di unit front desk")))
                .andExpect(content().string(containsString("href=\"/petugas/tugas\"")))
                .andExpect(content().string(not(containsString("Langkah tidak dapat dilakukan"))));
    }

    @Test
    void aRefusedStepGoesBackToTheTicketPageWhichShowsTheReason() throws Exception {
        var agent = login(people.anAgent());
        UUID id = submit(login(people.aRequester()), aService(TicketKind.REQUEST), "Langkah yang ditolak");
        String page = "/petugas/tiket/" + id;
        String stale = version(id);
        postAs(agent, page + "/verifikasi", "version", stale).andExpect(status().is3xxRedirection());
        mvc.perform(get(page).session(agent)).andExpect(status().isOk()); // the browser follows the redirect: its message is shown

        postAs(agent, page + "/tolak", "version", stale, "text", "Dari formulir lama")
                .andExpect(refusedOnStaffPage(id, "diubah oleh orang lain"));
        mvc.perform(get(page).session(agent))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("diubah oleh orang lain")));
        assertThat(statusOf(id)).isEqualTo("VERIFIKASI");
    }

    @Test
    void underHtmxARefusedStepRedirectsTheBrowserToTheTicketPageWithTheReason() throws Exception {
        var agent = login(people.anAgent());
        UUID id = submit(login(people.aRequester()), aService(TicketKind.REQUEST), "Langkah htmx yang ditolak");
        String page = "/petugas/tiket/" + id;
        String stale = version(id);
        postAs(agent, page + "/verifikasi", "version", stale).andExpect(status().is3xxRedirection());
        mvc.perform(get(page).session(agent)).andExpect(status().isOk()); // the browser follows the redirect: its message is shown

        mvc.perform(post(page + "/terima").param("version", stale).header("HX-Request", "true").session(agent).with(csrf()))
                .andExpect(status().isConflict())
                .andExpect(header().string("HX-Redirect", page));
        mvc.perform(get(page).session(agent))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("diubah oleh orang lain")));
        assertThat(statusOf(id)).isEqualTo("VERIFIKASI");
    }

    @Test
    void aStepUrlOpenedByGetGoesBackToTheTicketAndChangesNothing() throws Exception {
        var agent = login(people.anAgent());
        var requester = login(people.aRequester());
        UUID id = submit(requester, aService(TicketKind.REQUEST), "Alamat langkah dibuka ulang");
        long entries = timelineSize(id);

        for (String step : new String[] {"/verifikasi", "/terima", "/tolak", "/disposisi", "/balas", "/selesaikan", "/prioritas"}) {
            mvc.perform(get("/petugas/tiket/" + id + step).session(agent))
                    .andExpect(status().is3xxRedirection())
                    .andExpect(redirectedUrl("/petugas/tiket/" + id));
            mvc.perform(get("/petugas/tiket/" + id + step).session(agent).header("HX-Request", "true"))
                    .andExpect(status().is3xxRedirection())
                    .andExpect(redirectedUrl("/petugas/tiket/" + id));
        }
        for (String step : new String[] {"/jawab", "/balas", "/konfirmasi", "/buka-kembali"}) {
            mvc.perform(get("/lacak/" + id + step).session(requester))
                    .andExpect(status().is3xxRedirection())
                    .andExpect(redirectedUrl("/lacak/" + id));
        }

        assertThat(timelineSize(id)).isEqualTo(entries);
        assertThat(statusOf(id)).isEqualTo("DITERIMA");
    }
}
