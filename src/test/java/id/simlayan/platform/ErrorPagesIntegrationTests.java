package id.simlayan.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import id.simlayan.IntegrationTest;
import id.simlayan.identity.AccountProvisioning;
import id.simlayan.identity.Directory;
import id.simlayan.identity.IdentityFixtures;
import id.simlayan.identity.IdentityFixtures.TestAccount;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.Cookie;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

/** Every error page says what happened in the visitor's language and offers a way on; Tomcat's own page never shows. */
class ErrorPagesIntegrationTests extends IntegrationTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    AccountProvisioning provisioning;
    @Autowired
    Directory directory;

    IdentityFixtures people;

    @BeforeEach
    void fixtures() {
        people = new IdentityFixtures(provisioning, directory);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "400 | Permintaan tidak dapat diproses | The request cannot be processed",
            "403 | Akses ditolak                   | Access denied",
            "404 | Halaman tidak ditemukan         | Page not found",
            "405 | Halaman ini tidak dapat dibuka langsung | This page cannot be opened directly",
            "413 | Kiriman terlalu besar           | Submission too large",
            "429 | Terlalu banyak permintaan       | Too many requests",
            "500 | Terjadi gangguan                | Something went wrong",
            "409 | Terjadi kesalahan               | Something went wrong"})
    void eachStatusSaysWhatHappenedInIndonesianOrEnglishAndOffersAWayOn(int code, String indonesian, String english) throws Exception {
        mvc.perform(get("/error").requestAttr(RequestDispatcher.ERROR_STATUS_CODE, code).accept(MediaType.TEXT_HTML))
                .andExpect(status().is(code))
                .andExpect(content().string(containsString("<h1 class=\"display-6\">" + indonesian + "</h1>")))
                .andExpect(content().string(containsString("Kode kesalahan: " + code)))
                .andExpect(content().string(containsString("href=\"/\">Kembali ke beranda")))
                .andExpect(content().string(containsString("href=\"/masuk\">Masuk")));
        mvc.perform(get("/error").requestAttr(RequestDispatcher.ERROR_STATUS_CODE, code).accept(MediaType.TEXT_HTML)
                        .cookie(new Cookie("simlayan-lang", "en")))
                .andExpect(content().string(containsString("<h1 class=\"display-6\">" + english + "</h1>")))
                .andExpect(content().string(containsString("Back to the home page")));
    }

    @Test
    void staffAreOfferedTheirOwnQueueAndNoLoginLink() throws Exception {
        MockHttpSession agent = people.login(mvc, people.anAgent());
        mvc.perform(get("/error").requestAttr(RequestDispatcher.ERROR_STATUS_CODE, 403).accept(MediaType.TEXT_HTML).session(agent))
                .andExpect(content().string(containsString("href=\"/petugas/antrean\"")))
                .andExpect(content().string(containsString("href=\"/lacak\"")))
                .andExpect(content().string(not(containsString("href=\"/masuk\">Masuk"))));
    }

    @Test
    void aRealNotFoundShowsOurPageAReloadedStepGoesBackToItsTicketAndOtherPostOnlyAddressesAreA405() throws Exception {
        var notFound = http("GET", "/layanan/tidak-ada-halaman-ini/xyz");
        assertThat(notFound.statusCode()).isEqualTo(404);
        assertThat(notFound.body()).contains("Halaman tidak ditemukan", "Kembali ke beranda").doesNotContain("Tomcat")
                .doesNotContain("jsessionid")
                .containsPattern("href=\"/css/app-[0-9a-f]{32}\\.css\"");

        // reloading the address of a ticket step goes back to the ticket page; other POST-only addresses answer 405
        MockHttpSession agent = people.login(mvc, people.anAgent());
        var ticket = java.util.UUID.randomUUID();
        mvc.perform(get("/petugas/tiket/" + ticket + "/catatan").session(agent))
                .andExpect(redirectedUrl("/petugas/tiket/" + ticket));
        mvc.perform(get("/profil/sandi").session(agent)).andExpect(status().isMethodNotAllowed());
    }

    @Test
    void aRequestTomcatRefusesBeforeTheApplicationGetsOurPageNotTomcats() throws IOException {
        String response = raw("GET /?x=<script> HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n");

        assertThat(response).startsWith("HTTP/1.1 400");
        assertThat(response).contains("Permintaan tidak dapat diproses", "The request cannot be processed", "href=\"/\"")
                .doesNotContain("Apache Tomcat").doesNotContain("<script>");
    }

    @Test
    void supervisorsHaveAMenuLinkToTheEscalationListAndOthersNot() throws Exception {
        MockHttpSession supervisor = people.login(mvc, people.aSupervisor(people.aUnit()));
        mvc.perform(get("/").session(supervisor)).andExpect(content().string(containsString("href=\"/petugas/eskalasi\"")));
        TestAccount agent = people.anAgent();
        mvc.perform(get("/").session(people.login(mvc, agent))).andExpect(content().string(not(containsString("href=\"/petugas/eskalasi\""))));
    }

    private String raw(String request) throws IOException {
        try (var socket = new Socket("localhost", port)) {
            OutputStream out = socket.getOutputStream();
            out.write(request.getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            InputStream in = socket.getInputStream();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
