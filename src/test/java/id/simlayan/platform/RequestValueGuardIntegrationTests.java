package id.simlayan.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.cookie;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import id.simlayan.IntegrationTest;
import id.simlayan.catalog.TicketKind;
import id.simlayan.identity.IdentityFixtures;
import id.simlayan.ticket.TicketFixtures;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

/** Request values no form of ours sends get a 400 with the Indonesian reason, and change nothing. */
@ExtendWith(OutputCaptureExtension.class)
class RequestValueGuardIntegrationTests extends IntegrationTest {

    private static final String CONTROL_TEXT = "karakter kendali yang tidak diizinkan";

    @Autowired
    MockMvc mvc;
    @Autowired
    ApplicationContext context;
    @Autowired
    JdbcClient jdbc;

    TicketFixtures tickets;
    IdentityFixtures people;

    @BeforeEach
    void fixtures() {
        tickets = new TicketFixtures(context);
        people = tickets.people();
    }

    @Test
    void aNulByteOnTheAnonymousHomePageIsRefusedWithTheIndonesianReason() throws Exception {
        var response = http("GET", "/?x=a%00b");
        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.body()).contains(CONTROL_TEXT, "Kembali ke beranda");

        var english = http("GET", "/?lang=en&x=a%00b");
        assertThat(english.statusCode()).isEqualTo(400);
        assertThat(english.body()).contains("control characters that are not allowed");
    }

    @Test
    void anOverlongSearchIsRefusedWithTheIndonesianReasonInsteadOfBeingCopiedIntoARedirect() {
        var response = http("GET", "/lacak?q=" + "x".repeat(100_000).substring(0, 6_000));
        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.headers().firstValue("Location")).isEmpty();
        assertThat(response.body()).contains("terlalu panjang");
    }

    @Test
    void otherControlCharactersInParametersOrHeadersAreRefused() throws Exception {
        mvc.perform(get("/layanan").param("x", "a\u001bb")).andExpect(status().isBadRequest());
        mvc.perform(get("/layanan").param("x\u0007", "b")).andExpect(status().isBadRequest());
        mvc.perform(get("/layanan").header("X-Probe", "a\u0001b")).andExpect(status().isBadRequest());
        mvc.perform(get("/layanan").header("X-Probe", "a\tb")).andExpect(status().isOk());
    }

    @Test
    void anUnknownLanguageIsIgnoredAndAControlCharacterInItRefused() throws Exception {
        for (String value : new String[] {"xx", "%%", "de_DE_x_y_z", "../../etc", ""}) {
            mvc.perform(get("/").param("lang", value))
                    .andExpect(status().isOk())
                    .andExpect(content().string(containsString("lang=\"id\"")))
                    .andExpect(cookie().doesNotExist("simlayan-lang"));
        }
        mvc.perform(get("/masuk").param("lang", "en\r\nFORGED: line")).andExpect(status().isBadRequest());
        var response = http("GET", "/masuk?lang=en%0D%0AFORGED:%20line");
        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.body()).doesNotContain("FORGED").doesNotContain("Apache Tomcat");
    }

    @Test
    void overlongSearchesAndValuesInAGetAreRefused() throws Exception {
        MockHttpSession requester = people.login(mvc, people.aRequester());
        mvc.perform(get("/lacak").param("q", "x".repeat(RequestValueGuard.MAX_QUERY_LENGTH)).session(requester))
                .andExpect(status().isOk());
        mvc.perform(get("/lacak").param("q", "x".repeat(RequestValueGuard.MAX_QUERY_LENGTH + 1)).session(requester))
                .andExpect(status().isBadRequest());
        mvc.perform(get("/").param("q", "x".repeat(100_000))).andExpect(status().isBadRequest());
        mvc.perform(get("/layanan").param("filter", "x".repeat(RequestValueGuard.MAX_GET_VALUE_LENGTH + 1)))
                .andExpect(status().isBadRequest());
    }

    @Test
    void aNulByteInAStaffNoteIsRefusedAndTheTicketKeepsItsTimeline() throws Exception {
        var ticket = tickets.aReceived(TicketKind.REQUEST).accepted();
        MockHttpSession agent = people.login(mvc, ticket.agent());
        long entries = timelineSize(ticket);

        mvc.perform(post("/petugas/tiket/" + ticket.uuid() + "/catatan").session(agent).with(csrf())
                        .param("text", "Catatan\u0000dengan NUL").param("version", "0"))
                .andExpect(status().isBadRequest());
        mvc.perform(get("/petugas/antrean").param("q", "a\u0000").session(agent))
                .andExpect(status().isBadRequest());

        assertThat(timelineSize(ticket)).isEqualTo(entries);
    }

    @Test
    void aNulByteInAMultipartSubmissionIsRefusedAndNoTicketIsCreated() throws Exception {
        var service = tickets.aService(TicketKind.REQUEST);
        var requester = people.aRequester();
        MockHttpSession session = people.login(mvc, requester);

        mvc.perform(multipart("/tiket/baru/{code}", service.code()).session(session).with(csrf())
                        .param("subject", "Subjek\u0000NUL")
                        .param("description", "Uraian\nbaris kedua")
                        .param("categoryId", service.categories().getFirst().id().value().toString()))
                .andExpect(status().isBadRequest());

        assertThat(jdbc.sql("SELECT count(*) FROM tickets WHERE requester_id = :id").param("id", requester.userId().value())
                .query(Long.class).single()).isZero();
    }

    @Test
    void aMultipartRequestWithoutBoundaryIsRefusedAndNoTicketIsCreated() throws Exception {
        var service = tickets.aService(TicketKind.REQUEST);
        var requester = people.aRequester();
        MockHttpSession session = people.login(mvc, requester);

        mvc.perform(post("/tiket/baru/{code}", service.code()).session(session).with(csrf())
                        .contentType("multipart/form-data").content("subject=Tanpa batas"))
                .andExpect(status().isBadRequest());

        assertThat(jdbc.sql("SELECT count(*) FROM tickets WHERE requester_id = :id").param("id", requester.userId().value())
                .query(Long.class).single()).isZero();
    }

    @Test
    void lineBreaksAndTabsInATextareaStillPass() throws Exception {
        var ticket = tickets.aReceived(TicketKind.REQUEST).accepted();
        MockHttpSession agent = people.login(mvc, ticket.agent());
        long entries = timelineSize(ticket);

        mvc.perform(post("/petugas/tiket/" + ticket.uuid() + "/catatan").session(agent).with(csrf())
                        .param("text", "Baris satu\r\nBaris\tdua").param("version", version(ticket)))
                .andExpect(status().is3xxRedirection());

        assertThat(timelineSize(ticket)).isEqualTo(entries + 1);
    }

    @Test
    void controlCharactersNeverReachTheLogAsTheyAre(CapturedOutput output) {
        LoggerFactory.getLogger(RequestValueGuardIntegrationTests.class).warn("lang={}", "en\r\nFORGED ERROR line\u001b[31m");

        assertThat(output.getOut()).contains("lang=en__FORGED ERROR line_[31m");
        assertThat(output.getOut()).doesNotContain("\nFORGED ERROR");
    }

    private String version(TicketFixtures.TicketInProgress ticket) {
        return jdbc.sql("SELECT version FROM tickets WHERE id = :id").param("id", ticket.uuid()).query(Long.class).single().toString();
    }

    private long timelineSize(TicketFixtures.TicketInProgress ticket) {
        return jdbc.sql("SELECT count(*) FROM ticket_events WHERE ticket_id = :id").param("id", ticket.uuid()).query(Long.class).single();
    }
}
