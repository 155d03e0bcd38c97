package id.simlayan.ticket;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.security.SecureRandom;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.ResultActions;

/**
 * Rights come from each procedure's definition: on a fresh ticket of each of the five seed
 * procedures, a front-desk SUPERVISOR, who sees the ticket but is no actor of its first step, is
 * refused that step (403 under htmx) and nothing changes; the admin of another unit and another
 * requester do not learn the ticket exists (404, also on the step URL); a guessed access code
 * opens nothing. The agent is offered exactly the first stage's agent steps, the supervisor none.
 */
class WorkflowStepAuthorisationIntegrationTests extends TicketTestSupport {

    /** The first step of each procedure (the agent's) and the inputs it needs. */
    private static final Map<String, String[]> FIRST_STEP = Map.of(
            "batiknet-gangguan", new String[] {"terima-surat", "externalReference", "005/999/KEC/2026"},
            "sp4n-lapor", new String[] {"mulai-verifikasi", "externalReference", "LAPOR-9999"},
            "service-desk", new String[] {"telaah"},
            "help-desk", new String[] {"telaah"},
            "informasi-publik", new String[] {"periksa"});

    @ParameterizedTest
    @ValueSource(strings = {"batiknet-gangguan", "sp4n-lapor", "service-desk", "help-desk", "informasi-publik"})
    void onlyTheDefinitionsActorsTakeAStepAndOthersDoNotLearnTheTicketExists(String template) throws Exception {
        var service = serviceWith(template);
        var requester = login(people.aRequester());
        var agent = login(people.anAgent());
        var supervisor = login(people.aSupervisor(people.frontDesk()));
        var otherUnitAdmin = login(people.aUnitAdmin(people.aUnit()));
        var otherRequester = login(people.aRequester());
        UUID id = submit(requester, service, "Uji hak langkah " + template);
        var first = FIRST_STEP.get(template);
        String key = first[0];
        String[] inputs = java.util.Arrays.copyOfRange(first, 1, first.length);

        assertThat(offeredSteps(agent, "/petugas/tiket/" + id)).contains(key);
        assertThat(offeredSteps(supervisor, "/petugas/tiket/" + id)).isEmpty();

        String version = version(id);
        String stageBefore = stage(id);
        long entries = timelineSize(id);
        underHtmx(supervisor, id, key, inputs).andExpect(status().isForbidden());
        underHtmx(otherUnitAdmin, id, key, inputs).andExpect(status().isNotFound());
        step(otherUnitAdmin, id, key, inputs).andExpect(status().isNotFound());
        mvc.perform(get("/petugas/tiket/" + id).session(otherUnitAdmin)).andExpect(status().isNotFound());
        mvc.perform(get("/lacak/" + id).session(otherRequester)).andExpect(status().isNotFound());
        requesterStep(otherRequester, id, "konfirmasi").andExpect(status().isNotFound());
        assertThat(version(id)).isEqualTo(version);
        assertThat(timelineSize(id)).isEqualTo(entries);
        assertThat(stage(id)).isEqualTo(stageBefore);
        assertThat(recordedSteps(id)).isEmpty();

        // a guessed access code: refused, and the session is let in nowhere
        var visitor = new MockHttpSession();
        String address = "10.9." + ThreadLocalRandom.current().nextInt(256) + "." + ThreadLocalRandom.current().nextInt(1, 255);
        mvc.perform(post("/lacak/kode").param("number", number(id)).param("code", AccessCode.random(new SecureRandom()).grouped())
                        .session(visitor).with(csrf()).with(request -> {
                            request.setRemoteAddr(address);
                            return request;
                        }))
                .andExpect(status().isBadRequest());
        mvc.perform(get("/lacak/kode/tiket/" + number(id)).session(visitor)).andExpect(redirectedUrl("/lacak/kode"));

        taken(step(agent, id, key, inputs));
        assertThat(recordedSteps(id)).containsExactly(key);
    }

    private ResultActions underHtmx(MockHttpSession session, UUID id, String key, String... inputs) throws Exception {
        var request = post("/petugas/tiket/" + id + "/langkah/" + key).param("version", version(id)).header("HX-Request", "true")
                .session(session).with(csrf());
        for (int i = 0; i < inputs.length; i += 2) {
            request.param(inputs[i], inputs[i + 1]);
        }
        return mvc.perform(request);
    }
}
