package id.simlayan.platform;

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

import id.simlayan.IntegrationTest;
import id.simlayan.identity.AccountProvisioning;
import id.simlayan.identity.Directory;
import id.simlayan.identity.IdentityFixtures;
import id.simlayan.identity.Membership;
import id.simlayan.identity.Role;
import jakarta.servlet.RequestDispatcher;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

/** Cross-cutting web security: CSRF, URL areas, error pages, headers, session fixation, expired sessions under htmx. */
class WebSecurityIntegrationTests extends IntegrationTest {

    private static final String ANY = UUID.randomUUID().toString();

    /** Every state-changing route of the application (path variables filled with a random id). */
    private static final List<String> POST_ROUTES = List.of(
            "/daftar", "/keluar",
            "/admin/pendaftaran/" + ANY + "/setujui", "/admin/pendaftaran/" + ANY + "/tolak",
            "/admin/pengguna/" + ANY + "/peran", "/admin/pengguna/" + ANY + "/peran/cabut",
            "/admin/email/" + ANY + "/kirim-ulang", "/admin/email/kirim-ulang",
            "/notifikasi/tandai-dibaca",
            "/tiket/baru/layanan-apa-saja",
            "/lacak/" + ANY + "/jawab", "/lacak/" + ANY + "/balas", "/lacak/" + ANY + "/konfirmasi", "/lacak/" + ANY + "/buka-kembali",
            "/petugas/tiket/" + ANY + "/verifikasi", "/petugas/tiket/" + ANY + "/terima", "/petugas/tiket/" + ANY + "/minta-kelengkapan",
            "/petugas/tiket/" + ANY + "/tolak", "/petugas/tiket/" + ANY + "/disposisi", "/petugas/tiket/" + ANY + "/disposisi/terima",
            "/petugas/tiket/" + ANY + "/disposisi/kembalikan", "/petugas/tiket/" + ANY + "/tugaskan", "/petugas/tiket/" + ANY + "/balas",
            "/petugas/tiket/" + ANY + "/catatan", "/petugas/tiket/" + ANY + "/selesaikan");

    @Autowired
    MockMvc mvc;
    @Autowired
    AccountProvisioning provisioning;
    @Autowired
    Directory directory;

    IdentityFixtures people;

    @BeforeEach
    void setUp() {
        people = new IdentityFixtures(provisioning, directory);
    }

    @Test
    void everyStateChangingRouteRefusesAPostWithoutTheCsrfToken() throws Exception {
        var desk = people.frontDesk();
        var everything = people.aStaffMember(Set.of(new Membership(desk, Role.ADMIN), new Membership(desk, Role.AGENT),
                new Membership(desk, Role.UNIT_ADMIN), new Membership(desk, Role.TECHNICIAN), new Membership(desk, Role.SUPERVISOR)));
        MockHttpSession session = people.login(mvc, everything);
        for (String route : POST_ROUTES) {
            mvc.perform(post(route).session(session).param("text", "x").param("reason", "x"))
                    .andExpect(result -> assertThat(result.getResponse().getStatus()).as(route).isEqualTo(403));
        }
        // still logged in: the refused logout did nothing
        mvc.perform(get("/lacak").session(session)).andExpect(status().isOk());
    }

    @Test
    void aRequesterIsRefusedOnEveryStaffAndAdminRoute() throws Exception {
        MockHttpSession requester = people.login(mvc, people.aRequester());
        for (String route : List.of("/admin", "/admin/pendaftaran", "/admin/pengguna", "/admin/email", "/petugas/antrean", "/petugas/unit",
                "/petugas/tugas", "/petugas/tiket/" + ANY, "/petugas/tiket/" + ANY + "/live", "/actuator/info")) {
            mvc.perform(get(route).session(requester))
                    .andExpect(result -> assertThat(result.getResponse().getStatus()).as(route).isEqualTo(403));
        }
        for (String route : POST_ROUTES.stream().filter(r -> r.startsWith("/admin") || r.startsWith("/petugas")).toList()) {
            mvc.perform(post(route).session(requester).with(csrf()).param("text", "x"))
                    .andExpect(result -> assertThat(result.getResponse().getStatus()).as(route).isEqualTo(403));
        }
    }

    @Test
    void staffWithoutTheAdminRoleAreRefusedOnTheMailOutbox() throws Exception {
        MockHttpSession agent = people.login(mvc, people.anAgent());
        mvc.perform(get("/admin/email").session(agent)).andExpect(status().isForbidden());
        mvc.perform(post("/admin/email/kirim-ulang").session(agent).with(csrf())).andExpect(status().isForbidden());
    }

    @Test
    void anonymousVisitorsAreSentToTheLoginPageForEveryPrivateRoute() throws Exception {
        // "/lacak" itself is public: visitors track by access code there (AccessCodeIntegrationTests)
        for (String route : List.of("/tiket/baru", "/lacak/" + ANY, "/lampiran/" + ANY, "/notifikasi", "/notifikasi/" + ANY,
                "/petugas/antrean", "/admin")) {
            mvc.perform(get(route)).andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/masuk"));
        }
    }

    @Test
    void anHtmxRequestWithoutASessionGets401AndAFullPageLoginRedirectNotTheLoginPageSwappedIntoAFragment() throws Exception {
        mvc.perform(get("/notifikasi/jumlah").header("HX-Request", "true"))
                .andExpect(status().isUnauthorized())
                .andExpect(header().string("HX-Redirect", "/masuk"));

        // and the fragment is not remembered as the page to return to after login
        var account = people.aRequester();
        var session = new MockHttpSession();
        mvc.perform(get("/notifikasi/jumlah").header("HX-Request", "true").session(session));
        var result = mvc.perform(post("/masuk").session(session).with(csrf())
                .param("email", account.email()).param("password", account.password())).andReturn();
        assertThat(result.getResponse().getRedirectedUrl()).isEqualTo("/");
    }

    @Test
    void anEventStreamWithoutASessionGets401() throws Exception {
        for (String route : List.of("/notifikasi/live", "/lacak/" + ANY + "/live")) {
            mvc.perform(get(route).accept(MediaType.TEXT_EVENT_STREAM)).andExpect(status().isUnauthorized());
        }
    }

    @Test
    void aPageAskedForBeforeLoginIsOpenedAfterLogin() throws Exception {
        var account = people.aRequester();
        var session = new MockHttpSession();
        mvc.perform(get("/notifikasi").session(session)).andExpect(redirectedUrl("/masuk"));
        var result = mvc.perform(post("/masuk").session(session).with(csrf())
                .param("email", account.email()).param("password", account.password())).andReturn();
        assertThat(result.getResponse().getRedirectedUrl()).matches("http://localhost/notifikasi(\\?continue)?");
    }

    @Test
    void refusalsCarryTheSecurityHeaders() throws Exception {
        MockHttpSession session = people.login(mvc, people.aRequester());
        for (var request : List.of(get("/lacak/bukan-uuid"), get("/notifikasi").param("halaman", "bukan-angka"), get("/lacak/" + ANY),
                get("/admin"), get("/tidak/ada"))) {
            mvc.perform(request.session(session).accept(MediaType.TEXT_HTML))
                    .andExpect(status().is4xxClientError())
                    .andExpect(header().string("Content-Security-Policy", containsString("frame-ancestors 'none'")))
                    .andExpect(header().string("X-Content-Type-Options", "nosniff"));
        }
    }

    /** The container forwards every error to /error; here it is called as the container would, with a failure inside. */
    @Test
    void errorPagesAreIndonesianAndNeverShowTheFailure() throws Exception {
        for (int status : new int[] {400, 403, 404, 500}) {
            mvc.perform(get("/error").accept(MediaType.TEXT_HTML)
                            .requestAttr(RequestDispatcher.ERROR_STATUS_CODE, status)
                            .requestAttr(RequestDispatcher.ERROR_REQUEST_URI, "/lacak/rahasia")
                            .requestAttr(RequestDispatcher.ERROR_EXCEPTION, new IllegalStateException("rincian-rahasia SQL select * from users")))
                    .andExpect(status().is(status))
                    .andExpect(content().string(containsString("lang=\"id\"")))
                    .andExpect(content().string(containsString("Kembali ke beranda")))
                    .andExpect(content().string(not(containsString("rincian-rahasia"))))
                    .andExpect(content().string(not(containsString("Exception"))))
                    .andExpect(content().string(not(containsString("Whitelabel"))));
        }
    }

    @Test
    void aGetOnAStateChangingRouteChangesNothingAndIsRefused() throws Exception {
        MockHttpSession session = people.login(mvc, people.anAgent());
        // ticket step URLs answer a GET with a redirect to the ticket (TicketRefusalPagesIntegrationTests)
        for (String route : List.of("/notifikasi/tandai-dibaca", "/admin/email/kirim-ulang")) {
            mvc.perform(get(route).session(session).accept(MediaType.TEXT_HTML))
                    .andExpect(result -> assertThat(result.getResponse().getStatus()).as(route).isIn(400, 403, 404, 405));
        }
    }
}
