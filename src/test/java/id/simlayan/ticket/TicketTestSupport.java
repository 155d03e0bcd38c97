package id.simlayan.ticket;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.hamcrest.Matchers.containsString;

import id.simlayan.IntegrationTest;
import id.simlayan.catalog.Audience;
import id.simlayan.catalog.CatalogAdministration;
import id.simlayan.catalog.CatalogAdministration.NewCategory;
import id.simlayan.catalog.CatalogAdministration.NewServiceOffering;
import id.simlayan.catalog.ServiceCatalog;
import id.simlayan.catalog.ServiceOfferingView;
import id.simlayan.catalog.TicketKind;
import id.simlayan.identity.AccountProvisioning;
import id.simlayan.identity.CurrentUser;
import id.simlayan.identity.Directory;
import id.simlayan.identity.IdentityFixtures;
import id.simlayan.identity.IdentityFixtures.TestAccount;
import id.simlayan.identity.Membership;
import id.simlayan.identity.Role;
import id.simlayan.identity.UnitId;
import id.simlayan.standard.StandardFixtures;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.ResultMatcher;

/**
 * Helpers for the ticket integration tests: fresh services, people and sessions with unique
 * data, submission through the real form, posts with CSRF. Reads the database only to check
 * outcomes; all data goes through the application.
 */
abstract class TicketTestSupport extends IntegrationTest {

    @Autowired
    protected MockMvc mvc;
    @Autowired
    protected AccountProvisioning provisioning;
    @Autowired
    protected Directory directory;
    @Autowired
    protected CatalogAdministration catalogAdministration;
    @Autowired
    protected ServiceCatalog catalog;
    @Autowired
    protected JdbcClient jdbc;

    @Autowired
    protected ApplicationContext context;

    protected IdentityFixtures people;

    @BeforeEach
    void setUpPeople() {
        people = new IdentityFixtures(provisioning, directory);
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    protected ServiceOfferingView aService(TicketKind kind) {
        return aService(kind, Audience.PUBLIC);
    }

    protected ServiceOfferingView aService(TicketKind kind, Audience audience) {
        String code = "uji-" + kind.numberPrefix().toLowerCase() + "-" + UUID.randomUUID().toString().substring(0, 8);
        var id = catalogAdministration.create(new NewServiceOffering(code, "Layanan Uji " + code, "Ringkasan " + code, "Deskripsi",
                kind, people.aUnit(), List.of(new NewCategory("APL", "Aplikasi"), new NewCategory("JAR", "Jaringan")), audience));
        return catalog.find(id).orElseThrow();
    }

    protected MockHttpSession login(TestAccount account) {
        return people.login(mvc, account);
    }

    protected static CurrentUser currentUser(TestAccount account, Set<Membership> memberships) {
        return new CurrentUser(account.userId(), account.fullName(), account.email(), memberships);
    }

    protected CurrentUser agentUser(TestAccount agent) {
        return currentUser(agent, Set.of(new Membership(people.frontDesk(), Role.AGENT)));
    }

    /** Submits through the form and returns the new ticket's id. */
    protected UUID submit(MockHttpSession session, ServiceOfferingView service, String subject, MockMultipartFile... files) throws Exception {
        var request = multipart("/tiket/baru/{code}", service.code())
                .param("subject", subject)
                .param("description", "Uraian untuk " + subject)
                .param("categoryId", service.categories().getFirst().id().value().toString())
                .session(session).with(csrf());
        String formVersion = formVersionShown(session, service);
        if (formVersion != null) {
            request.param("formVersion", formVersion);
        }
        for (var f : files) {
            request.file(f);
        }
        var location = mvc.perform(request).andReturn().getResponse().getRedirectedUrl();
        assertThat(location).as("redirect after submission").startsWith("/lacak/");
        return UUID.fromString(location.substring("/lacak/".length()));
    }

    protected ResultActions postAs(MockHttpSession session, String path, String... params) throws Exception {
        var request = post(path).session(session).with(csrf());
        for (int i = 0; i < params.length; i += 2) {
            request.param(params[i], params[i + 1]);
        }
        return mvc.perform(request);
    }

    /**
     * A refused step (illegal, stale, not allowed): 303 back to the ticket page (never a page
     * at the step's URL) with the reason flashed for that page to show.
     */
    protected static ResultMatcher refusedBackTo(String ticketPage, String message) {
        return result -> {
            status().isSeeOther().match(result);
            redirectedUrl(ticketPage).match(result);
            flash().attribute("actionError", containsString(message)).match(result);
        };
    }

    protected static ResultMatcher refusedOnStaffPage(UUID ticket, String message) {
        return refusedBackTo("/petugas/tiket/" + ticket, message);
    }

    protected static ResultMatcher refusedOnTrackingPage(UUID ticket, String message) {
        return refusedBackTo("/lacak/" + ticket, message);
    }

    /** {@code ticket.error.forbidden}: the person sees the ticket but may not take this step. */
    protected static final String NOT_ALLOWED = "tidak berhak melakukan langkah ini";

    protected String statusOf(UUID ticket) {
        return jdbc.sql("SELECT status FROM tickets WHERE id = :id").param("id", ticket).query(String.class).single();
    }

    protected String version(UUID ticket) {
        return jdbc.sql("SELECT version FROM tickets WHERE id = :id").param("id", ticket).query(Long.class).single().toString();
    }

    protected String number(UUID ticket) {
        return jdbc.sql("SELECT number FROM tickets WHERE id = :id").param("id", ticket).query(String.class).single();
    }

    protected long ticketsOf(TestAccount requester) {
        return jdbc.sql("SELECT count(*) FROM tickets WHERE requester_id = :id").param("id", requester.userId().value())
                .query(Long.class).single();
    }

    protected long timelineSize(UUID ticket) {
        return jdbc.sql("SELECT count(*) FROM ticket_events WHERE ticket_id = :id").param("id", ticket).query(Long.class).single();
    }

    protected TestAccount aUnitAdmin(UnitId unit) {
        return people.aUnitAdmin(unit);
    }

    /** The standard version whose request form the submission page shows (its hidden {@code formVersion}); null without one. */
    protected String formVersionShown(MockHttpSession session, ServiceOfferingView service) throws Exception {
        String page = mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get("/tiket/baru/{code}", service.code())
                .session(session)).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        var matcher = java.util.regex.Pattern.compile("name=\"formVersion\" value=\"([0-9a-f-]{36})\"").matcher(page);
        return matcher.find() ? matcher.group(1) : null;
    }

    /** Rows of a table, to check that a refused submission kept nothing. */
    protected long rows(String table) {
        return jdbc.sql("SELECT count(*) FROM " + table).query(Long.class).single();
    }

    /** A small valid PDF for the DOCUMENT field {@code fieldKey} (file input {@code doc.<key>}). */
    protected static MockMultipartFile pdfFor(String fieldKey, String name) {
        byte[] pdf = ("%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n2 0 obj << /Type /Pages /Kids [] /Count 0 >> endobj\n"
                + "trailer << /Root 1 0 R >>\n%%EOF\n").getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        return new MockMultipartFile("doc." + fieldKey, name, "application/pdf", pdf);
    }

    protected static MockMultipartFile png(String name) {
        var image = new BufferedImage(4, 3, BufferedImage.TYPE_INT_RGB);
        image.setRGB(1, 1, ThreadLocalRandom.current().nextInt(0xffffff));
        var out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "png", out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new MockMultipartFile("files", name, "image/png", out.toByteArray());
    }

    // --- workflow procedures ----------------------------------------------------------------

    /** A fresh service (categories APL and JAR) whose standard, in force today, follows the workflow template {@code template}. */
    protected ServiceOfferingView serviceWith(String template) throws Exception {
        var service = aService(TicketKind.REQUEST);
        var today = LocalDate.ofInstant(clock.instant(), ZoneId.of("Asia/Jakarta"));
        new StandardFixtures(context).publishWithWorkflow(login(people.anAdmin()), service.code(), template, List.of(), today);
        return service;
    }

    /** Takes the staff step {@code stepKey} with the ticket's current version and the given inputs (name, value, ...). */
    protected ResultActions step(MockHttpSession session, UUID id, String stepKey, String... params) throws Exception {
        var all = new ArrayList<String>(List.of("version", version(id)));
        all.addAll(List.of(params));
        return postAs(session, "/petugas/tiket/" + id + "/langkah/" + stepKey, all.toArray(String[]::new));
    }

    /** The requester's step {@code stepKey} from the tracking page. */
    protected ResultActions requesterStep(MockHttpSession session, UUID id, String stepKey, String... params) throws Exception {
        var all = new ArrayList<String>(List.of("version", version(id)));
        all.addAll(List.of(params));
        return postAs(session, "/lacak/" + id + "/langkah/" + stepKey, all.toArray(String[]::new));
    }

    /** The step was taken: a redirect with the success message, not a refusal. */
    protected static void taken(ResultActions result) throws Exception {
        result.andExpect(status().is3xxRedirection())
                .andExpect(r -> assertThat(r.getFlashMap().get("flash")).as("success message, not a refusal").isNotNull());
    }

    protected String stage(UUID id) {
        return jdbc.sql("SELECT workflow_stage FROM tickets WHERE id = :id").param("id", id).query(String.class).single();
    }

    /** The keys of the steps recorded for the ticket, in the order they were taken. */
    protected List<String> recordedSteps(UUID id) {
        return jdbc.sql("""
                        SELECT r.step_key FROM ticket_step_records r JOIN ticket_events e ON e.id = r.event_id
                        WHERE r.ticket_id = :id ORDER BY e.at, e.seq""")
                .param("id", id).query(String.class).list();
    }

    /** The step keys the page offers as {@code /langkah/<key>} forms or links. */
    protected Set<String> offeredSteps(MockHttpSession session, String page) throws Exception {
        String html = mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get(page).session(session))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        var matcher = java.util.regex.Pattern.compile("/langkah/([a-z0-9-]+)").matcher(html);
        var keys = new java.util.TreeSet<String>();
        while (matcher.find()) {
            keys.add(matcher.group(1));
        }
        return keys;
    }
}
