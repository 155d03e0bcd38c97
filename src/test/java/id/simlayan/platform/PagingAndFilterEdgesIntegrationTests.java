package id.simlayan.platform;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import id.simlayan.IntegrationTest;
import id.simlayan.identity.AccountProvisioning;
import id.simlayan.identity.Directory;
import id.simlayan.identity.IdentityFixtures;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

/** Page numbers and filters typed into the address bar: extreme values show an empty page, never a server error. */
class PagingAndFilterEdgesIntegrationTests extends IntegrationTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    AccountProvisioning provisioning;
    @Autowired
    Directory directory;

    @Test
    void theQueueCopesWithExtremePageNumbersAndAges() throws Exception {
        var people = new IdentityFixtures(provisioning, directory);
        MockHttpSession agent = people.login(mvc, people.anAgent());
        for (String[] param : new String[][] {{"hal", "2147483647"}, {"hal", "-2147483648"}, {"lebihDari", "2147483647"},
                {"lebihDari", "3000000"}, {"lebihDari", "-5"}}) {
            mvc.perform(get("/petugas/antrean").param(param[0], param[1]).session(agent).accept(MediaType.TEXT_HTML))
                    .andExpect(status().isOk())
                    .andExpect(content().string(not(containsString("Terjadi gangguan"))));
        }
    }

    @Test
    void theUserListCopesWithExtremePageNumbers() throws Exception {
        var people = new IdentityFixtures(provisioning, directory);
        MockHttpSession admin = people.login(mvc, people.anAdmin());
        for (String page : new String[] {"2147483647", "-2147483648", "107374183"}) {
            mvc.perform(get("/admin/pengguna").param("q", "a").param("page", page).session(admin).accept(MediaType.TEXT_HTML))
                    .andExpect(status().isOk());
        }
    }

    @Test
    void theNotificationListCopesWithExtremePageNumbers() throws Exception {
        var people = new IdentityFixtures(provisioning, directory);
        MockHttpSession requester = people.login(mvc, people.aRequester());
        for (String page : new String[] {"2147483647", "-2147483648"}) {
            mvc.perform(get("/notifikasi").param("halaman", page).session(requester).accept(MediaType.TEXT_HTML))
                    .andExpect(status().isOk());
        }
    }
}
