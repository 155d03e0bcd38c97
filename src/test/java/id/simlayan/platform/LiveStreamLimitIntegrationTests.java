package id.simlayan.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.request;
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

/** One person may hold {@code simlayan.live.max-streams-per-client} (10) open event streams; the next one is 429. */
class LiveStreamLimitIntegrationTests extends IntegrationTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    AccountProvisioning provisioning;
    @Autowired
    Directory directory;
    @Autowired
    LiveSettings settings;
    @Autowired
    LocalSubscribers subscribers;

    @Test
    void theStreamAfterTheTenthOfOnePersonIsRefusedWith429WhileOthersStillConnect() throws Exception {
        var people = new IdentityFixtures(provisioning, directory);
        var greedy = people.aRequester();
        MockHttpSession session = people.login(mvc, greedy);
        assertThat(settings.maxStreamsPerClient()).isEqualTo(10);

        for (int i = 0; i < settings.maxStreamsPerClient(); i++) {
            mvc.perform(get("/notifikasi/live").accept(MediaType.TEXT_EVENT_STREAM).session(session))
                    .andExpect(request().asyncStarted());
        }
        assertThat(subscribers.openStreams("user:" + greedy.email())).isEqualTo(10);

        mvc.perform(get("/notifikasi/live").accept(MediaType.TEXT_EVENT_STREAM).session(session))
                .andExpect(status().isTooManyRequests());
        // a second session of the same person counts against the same limit
        mvc.perform(get("/notifikasi/live").accept(MediaType.TEXT_EVENT_STREAM).session(people.login(mvc, greedy)))
                .andExpect(status().isTooManyRequests());

        mvc.perform(get("/notifikasi/live").accept(MediaType.TEXT_EVENT_STREAM).session(people.login(mvc, people.aRequester())))
                .andExpect(request().asyncStarted());
    }
}
