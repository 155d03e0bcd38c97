package id.simlayan.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import id.simlayan.IntegrationTest;
import id.simlayan.catalog.TicketKind;
import id.simlayan.identity.IdentityFixtures;
import id.simlayan.identity.IdentityFixtures.TestAccount;
import id.simlayan.identity.Membership;
import id.simlayan.identity.Role;
import id.simlayan.ticket.TicketFixtures;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.util.HtmlUtils;

/**
 * Follows every internal link (href and hx-get) a role is shown, starting from the navbar
 * pages: no page may fail (5xx), and no link shown to that role may lead to a page it may not
 * see (403) or that does not exist (404).
 */
class LinkCrawlerIntegrationTests extends IntegrationTest {

    private static final Pattern DEEP_PAGE = Pattern.compile("[?&]page=([3-9]|[1-9][0-9]+)(&|$)");

    /**
     * The fourth and later page of a paged list: the same template again (paging itself is
     * checked by PagingAndFilterEdgesIntegrationTests), and the shared test database holds
     * thousands of accounts, so following them all would only exhaust the cap.
     */
    private static boolean deepPage(String link) {
        return DEEP_PAGE.matcher(link).find();
    }

    /** A safety stop against a link loop; the crawl fails when it is reached (pages would go unchecked). */
    private static final int MAX_PAGES = 2_000;
    private static final List<String> START = List.of("/", "/layanan", "/bantuan", "/kontak", "/masuk", "/daftar", "/tiket/baru", "/lacak",
            "/notifikasi", "/petugas/antrean", "/petugas/unit", "/petugas/tugas", "/admin");
    private static final Pattern MISSING_TEXT = Pattern.compile("\\?\\?[\\w.\\-]+\\?\\?");
    private static final Pattern LINK = Pattern.compile("(?:href|hx-get)=\"(/[^\"]*)\"");

    @Autowired
    MockMvc mvc;
    @Autowired
    ApplicationContext context;

    TicketFixtures tickets;
    IdentityFixtures people;

    @BeforeEach
    void setUp() {
        tickets = new TicketFixtures(context);
        people = tickets.people();
    }

    @Test
    void anonymousVisitorsSeeNoBrokenLinks() throws Exception {
        tickets.aService(TicketKind.REQUEST);
        assertNoBrokenLinks("anonymous", null, Set.of("/", "/layanan", "/bantuan", "/kontak", "/masuk", "/daftar"));
    }

    @Test
    void aRequesterWithATicketSeesNoBrokenLinks() throws Exception {
        var ticket = tickets.aReceived(TicketKind.COMPLAINT).accepted();
        assertNoBrokenLinks("requester", ticket.requester(), START);
    }

    @Test
    void anAgentSeesNoBrokenLinks() throws Exception {
        var ticket = tickets.aReceived(TicketKind.INCIDENT).accepted();
        tickets.aReceived(TicketKind.REQUEST);
        assertNoBrokenLinks("agent", ticket.agent(), START);
    }

    @Test
    void aUnitAdminWithADispositionSeesNoBrokenLinks() throws Exception {
        var unit = people.aUnit();
        var ticket = tickets.aReceived(TicketKind.COMPLAINT).accepted().disposedTo(unit).acceptedByUnit();
        tickets.aReceived(TicketKind.REQUEST).accepted().disposedTo(unit);
        assertNoBrokenLinks("unit admin", ticket.unitAdmin(), START);
    }

    @Test
    void aTechnicianWithAnAssignmentSeesNoBrokenLinks() throws Exception {
        var ticket = tickets.aReceived(TicketKind.COMPLAINT).accepted().disposedTo(people.aUnit()).acceptedByUnit().assigned();
        assertNoBrokenLinks("technician", ticket.technician(), START);
    }

    @Test
    void aSupervisorSeesNoBrokenLinks() throws Exception {
        var unit = people.aUnit();
        tickets.aReceived(TicketKind.REQUEST).accepted().disposedTo(unit).acceptedByUnit().assigned().resolved();
        assertNoBrokenLinks("supervisor", people.aSupervisor(unit), START);
    }

    @Test
    void inEnglishStaffPagesHaveNoMissingTextsOrBrokenLinks() throws Exception {
        var unit = people.aUnit();
        var ticket = tickets.aReceived(TicketKind.COMPLAINT).accepted().disposedTo(unit).acceptedByUnit().assigned();
        var everything = people.aStaffMember(Set.of(new Membership(people.frontDesk(), Role.AGENT), new Membership(people.frontDesk(), Role.ADMIN),
                new Membership(unit, Role.UNIT_ADMIN), new Membership(unit, Role.SUPERVISOR), new Membership(unit, Role.TECHNICIAN)));
        assertNoBrokenLinks("all staff roles in English", everything, START, "en");
        assertNoBrokenLinks("requester in English", ticket.requester(), START, "en");
    }

    @Test
    void anAdministratorSeesNoBrokenLinks() throws Exception {
        people.aRequester();
        var reached = assertNoBrokenLinks("admin", people.anAdmin(), START);
        assertThat(reached).as("every admin page is reachable from the navigation")
                .contains("/admin/pendaftaran", "/admin/pengguna", "/admin/email");
    }

    /** Crawls as that account (anonymous when null) and returns every URL it found. */
    private Set<String> assertNoBrokenLinks(String role, TestAccount account, java.util.Collection<String> start) throws Exception {
        return assertNoBrokenLinks(role, account, start, "id");
    }

    private Set<String> assertNoBrokenLinks(String role, TestAccount account, java.util.Collection<String> start, String language)
            throws Exception {
        MockHttpSession session = account == null ? new MockHttpSession() : people.login(mvc, account);
        mvc.perform(get("/").param("lang", language).session(session));
        Map<String, String> referrer = new LinkedHashMap<>();
        var queue = new ArrayDeque<String>();
        for (String s : start) {
            referrer.put(s, "(start)");
            queue.add(s);
        }
        List<String> problems = new ArrayList<>();
        int visited = 0;
        while (!queue.isEmpty() && visited < MAX_PAGES) {
            String url = queue.poll();
            visited++;
            var response = mvc.perform(get(url).session(session)).andReturn().getResponse();
            int status = response.getStatus();
            boolean started = "(start)".equals(referrer.get(url));
            if (status >= 500 || (!started && (status == 403 || status == 404))) {
                problems.add(status + " " + url + " (linked from " + referrer.get(url) + ")");
                continue;
            }
            String location = response.getRedirectedUrl();
            if (status >= 300 && status < 400 && location != null) {
                // follow redirects inside the site (a notification opens its ticket, a page asks for login)
                String target = location.startsWith("http://localhost") ? location.substring("http://localhost".length()) : location;
                if (target.startsWith("/") && !target.startsWith("//") && !referrer.containsKey(target)) {
                    referrer.put(target, url + " (redirect)");
                    queue.add(target);
                }
                continue;
            }
            String contentType = response.getContentType();
            if (status != 200 || contentType == null || !contentType.startsWith("text/html")) {
                continue;
            }
            String html = response.getContentAsString();
            var missing = MISSING_TEXT.matcher(html);
            if (missing.find()) {
                problems.add("text without a message " + missing.group() + " on " + url);
            }
            var links = LINK.matcher(html);
            while (links.find()) {
                String link = HtmlUtils.htmlUnescape(links.group(1));
                int hash = link.indexOf('#');
                if (hash >= 0) {
                    link = link.substring(0, hash);
                }
                if (link.isEmpty() || link.startsWith("//") || link.startsWith("/keluar") || link.startsWith("/webjars/")
                        || link.startsWith("/css/") || link.startsWith("/js/") || referrer.containsKey(link) || deepPage(link)) {
                    continue;
                }
                referrer.put(link, url);
                queue.add(link);
            }
        }
        assertThat(queue).as("pages left unvisited for " + role + ": the crawl hit its cap of " + MAX_PAGES
                + " pages (a link loop, or raise the cap)").isEmpty();
        assertThat(problems).as("broken links for " + role + " (" + visited + " pages)").isEmpty();
        assertThat(visited).as("pages visited for " + role).isGreaterThan(start.size());
        return referrer.keySet();
    }
}
