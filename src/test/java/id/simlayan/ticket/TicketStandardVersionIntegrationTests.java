package id.simlayan.ticket;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import id.simlayan.catalog.TicketKind;
import id.simlayan.standard.StandardFixtures;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A ticket keeps the version of the service standard it was filed under. */
class TicketStandardVersionIntegrationTests extends TicketTestSupport {

    @Test
    void theOldTicketKeepsVersionOneAndANewTicketGetsVersionTwo() throws Exception {
        var standards = new StandardFixtures(mvc, jdbc);
        var service = aService(TicketKind.REQUEST);
        var admin = login(people.anAdmin());
        var today = LocalDate.ofInstant(clock.instant(), ZoneId.of("Asia/Jakarta"));
        standards.publish(admin, service.code(), "100/1/2026", Map.of("biaya", "Gratis"), today);

        var requester = people.aRequester();
        var session = login(requester);
        var first = submit(session, service, "Tiket di bawah versi 1");
        assertThat(standards.versionNumberOfTicket(first)).isEqualTo(1);

        standards.publish(admin, service.code(), "100/2/2026", Map.of("biaya", "Rp 5.000"), today);
        var second = submit(session, service, "Tiket di bawah versi 2");

        assertThat(standards.versionNumberOfTicket(first)).isEqualTo(1);
        assertThat(standards.versionNumberOfTicket(second)).isEqualTo(2);
        mvc.perform(get("/lacak/" + first).session(session)).andExpect(status().isOk())
                .andExpect(content().string(containsString("href=\"/layanan/" + service.code() + "/standar/1\"")));
        mvc.perform(get("/lacak/" + second).session(session)).andExpect(status().isOk())
                .andExpect(content().string(containsString("href=\"/layanan/" + service.code() + "/standar/2\"")));
        mvc.perform(get("/petugas/tiket/" + first).session(login(people.anAgent()))).andExpect(status().isOk())
                .andExpect(content().string(containsString("href=\"/layanan/" + service.code() + "/standar/1\"")));
        // version 1 is superseded but stays readable, version 2 is current
        mvc.perform(get("/layanan/{code}/standar/1", service.code())).andExpect(status().isOk())
                .andExpect(content().string(containsString("bukan versi yang berlaku")));
        mvc.perform(get("/layanan/{code}", service.code())).andExpect(status().isOk())
                .andExpect(content().string(containsString("Rp 5.000")))
                .andExpect(content().string(containsString("Keputusan Nomor 100/2/2026")));
    }

    @Test
    void theAdminSeesHowManyTicketsEachVersionReceivedAndThoseFiledBeforeAnyStandard() throws Exception {
        var standards = new StandardFixtures(mvc, jdbc);
        var service = aService(TicketKind.REQUEST);
        var admin = login(people.anAdmin());
        var today = LocalDate.ofInstant(clock.instant(), ZoneId.of("Asia/Jakarta"));
        var session = login(people.aRequester());
        submit(session, service, "Sebelum ada standar");
        standards.publish(admin, service.code(), "200/1/2026", Map.of(), today);
        submit(session, service, "Versi 1, pertama");
        submit(session, service, "Versi 1, kedua");
        standards.publish(admin, service.code(), "200/2/2026", Map.of(), today);
        submit(session, service, "Versi 2");

        var page = org.jsoup.Jsoup.parse(mvc.perform(get("/admin/standar/{code}", service.code()).session(admin)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString());
        assertThat(page.select("td.version-tickets").eachText()).containsExactly("1 (1 belum selesai)", "2 (2 belum selesai)");
        assertThat(page.select("#unversioned-tickets").text()).startsWith("1 tiket (1 belum selesai) diajukan sebelum");
    }

    @Test
    void aServiceWithoutAStandardFilesTicketsWithoutAVersion() throws Exception {
        var service = aService(TicketKind.REQUEST);
        var id = submit(login(people.aRequester()), service, "Tanpa standar");
        assertThat(new StandardFixtures(mvc, jdbc).versionNumberOfTicket(id)).isNull();
    }
}
