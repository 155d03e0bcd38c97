package id.simlayan.sla;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import id.simlayan.IntegrationTest;
import id.simlayan.calendar.ClockMode;
import id.simlayan.calendar.Target;
import id.simlayan.catalog.ServiceOfferingView;
import id.simlayan.catalog.TicketKind;
import id.simlayan.identity.IdentityFixtures;
import id.simlayan.sla.internal.PolicyAdministration;
import id.simlayan.sla.internal.PolicyStore;
import id.simlayan.sla.internal.SlaPolicy;
import id.simlayan.sla.internal.SlaPolicy.StartEvent;
import id.simlayan.standard.StandardFixtures;
import id.simlayan.ticket.TicketFixtures;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/**
 * Workflow steps that move time limits: the information request's EXTEND step grants the
 * extension (refused, with nothing saved, when the policy has none; the time-limit card's own form
 * is not offered beside it), and the help desk's NOTIFY_USER step starts a resolution clock whose
 * policy counts "sejak pengguna diberi tahu", also after a recompute from the stored inputs.
 */
class WorkflowTimeLimitsIntegrationTests extends IntegrationTest {

    @Autowired
    ApplicationContext context;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    MockMvc mvc;
    @Autowired
    PolicyAdministration policies;
    @Autowired
    PolicyStore store;

    TicketFixtures tickets;
    IdentityFixtures people;

    @BeforeEach
    void setUp() {
        tickets = new TicketFixtures(context);
        people = tickets.people();
        people.frontDesk();
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void anExtendStepIsRefusedWithNothingSavedWhenThePolicyHasNoExtensionAndTheCardOffersNoSecondForm() throws Exception {
        var service = serviceWith("informasi-publik");
        policy(service, Target.workingDays(10), null, StartEvent.RECEIVED);
        var agent = people.login(mvc, people.anAgent());
        UUID id = submit(service, "Salinan notulen rapat");
        step(agent, id, "periksa").andExpect(status().is3xxRedirection());
        awaitResolutionDue(id);

        step(agent, id, "perpanjang", "reason", "Perlu waktu menghimpun.").andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("tidak mengenal perpanjangan")));
        assertThat(stage(id)).isEqualTo("pertimbangan");
        assertThat(jdbc.sql("SELECT extended_at IS NOT NULL FROM sla_tickets WHERE ticket_id = :id").param("id", id).query(Boolean.class).single())
                .isFalse();

        // with an extension in the policy, the step is how it is granted: the card's own form would not move the stage
        var extendable = serviceWith("informasi-publik");
        policy(extendable, Target.workingDays(10), Target.workingDays(7), StartEvent.RECEIVED);
        UUID other = submit(extendable, "Daftar kontrak");
        step(agent, other, "periksa").andExpect(status().is3xxRedirection());
        awaitResolutionDue(other);
        mvc.perform(get("/petugas/tiket/" + other).session(agent)).andExpect(status().isOk())
                .andExpect(content().string(containsString("/langkah/perpanjang")))
                .andExpect(content().string(not(containsString("id=\"deadline-extension\""))));
    }

    @Test
    void aHelpDeskResolutionCountsFromTheMomentTheTechnicianTellsTheUser() throws Exception {
        Instant start = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        clock.setTo(start);
        var service = serviceWith("help-desk");
        UUID policy = policy(service, Target.hours(8, ClockMode.CALENDAR), null, StartEvent.USER_NOTIFIED);
        var agent = people.login(mvc, people.anAgent());
        var technicianAccount = people.aTechnician(people.frontDesk());
        var technician = people.login(mvc, technicianAccount);
        UUID id = submit(service, "Printer tidak bisa mencetak");
        step(agent, id, "telaah").andExpect(status().is3xxRedirection());
        step(agent, id, "delegasikan", "assignee", technicianAccount.userId().value().toString()).andExpect(status().is3xxRedirection());
        // the clocks were rebuilt for DIPROSES (a VERIFIED policy would be running now), yet the resolution has not started
        await().atMost(Duration.ofSeconds(20)).until(() -> "DIPROSES".equals(jdbc.sql("SELECT status FROM sla_tickets WHERE ticket_id = :id")
                .param("id", id).query(String.class).single()));
        assertThat(jdbc.sql("SELECT state FROM sla_clocks WHERE ticket_id = :id AND kind = 'RESOLUTION'").param("id", id).query(String.class).single())
                .isEqualTo("NOT_STARTED");
        assertThat(resolution(id, "due_at")).isNull();

        clock.advance(Duration.ofHours(3));
        Instant told = clock.instant();
        step(technician, id, "beri-tahu", "publicText", "Teknisi datang pukul 10.00 untuk memeriksa printer.").andExpect(status().is3xxRedirection());
        assertThat(stage(id)).isEqualTo("penanganan");
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(resolution(id, "due_at")).isEqualTo(told.plus(Duration.ofHours(8))));
        assertThat(resolution(id, "started_at")).isEqualTo(told);

        // the bulk recompute counts from the stored moment as well
        var saved = store.find(policy).orElseThrow();
        policies.save(new SlaPolicy(saved.id(), saved.serviceId(), null, null, saved.name(), null, Target.hours(10, ClockMode.CALENDAR), null, null,
                StartEvent.USER_NOTIFIED, Set.of(), 75, false, true, saved.version()), null);
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(resolution(id, "due_at")).isEqualTo(told.plus(Duration.ofHours(10))));
    }

    private ServiceOfferingView serviceWith(String template) throws Exception {
        var service = tickets.aService(TicketKind.REQUEST);
        var today = LocalDate.ofInstant(clock.instant(), ZoneId.of("Asia/Jakarta"));
        new StandardFixtures(context).publishWithWorkflow(people.login(mvc, people.anAdmin()), service.code(), template, List.of(), today);
        return service;
    }

    private UUID policy(ServiceOfferingView service, Target resolution, Target extension, StartEvent start) {
        return policies.save(new SlaPolicy(null, service.id(), null, null, "Alur " + service.code(), null, resolution, extension, null, start,
                Set.of(), 75, false, true, 0), null);
    }

    /** Submits through the public form (the standard version, and so the workflow, is the one the page shows). */
    private UUID submit(ServiceOfferingView service, String subject) throws Exception {
        var requester = people.login(mvc, people.aRequester());
        var request = multipart("/tiket/baru/{code}", service.code()).param("subject", subject).param("description", "Uraian " + subject)
                .param("categoryId", service.categories().getFirst().id().value().toString()).session(requester).with(csrf());
        String page = mvc.perform(get("/tiket/baru/{code}", service.code()).session(requester)).andReturn().getResponse().getContentAsString();
        var formVersion = Pattern.compile("name=\"formVersion\" value=\"([0-9a-f-]{36})\"").matcher(page);
        if (formVersion.find()) {
            request.param("formVersion", formVersion.group(1));
        }
        String location = mvc.perform(request).andReturn().getResponse().getRedirectedUrl();
        assertThat(location).startsWith("/lacak/");
        return UUID.fromString(location.substring("/lacak/".length()));
    }

    private ResultActions step(MockHttpSession session, UUID id, String stepKey, String... params) throws Exception {
        var request = post("/petugas/tiket/" + id + "/langkah/" + stepKey).session(session).with(csrf()).param("version", version(id));
        var all = new ArrayList<>(List.of(params));
        for (int i = 0; i < all.size(); i += 2) {
            request.param(all.get(i), all.get(i + 1));
        }
        return mvc.perform(request);
    }

    private String version(UUID id) {
        return jdbc.sql("SELECT version FROM tickets WHERE id = :id").param("id", id).query(Long.class).single().toString();
    }

    private String stage(UUID id) {
        return jdbc.sql("SELECT workflow_stage FROM tickets WHERE id = :id").param("id", id).query(String.class).single();
    }

    private Instant resolution(UUID id, String column) {
        return jdbc.sql("SELECT " + column + " FROM sla_clocks WHERE ticket_id = :id AND kind = 'RESOLUTION'").param("id", id)
                .query(Timestamp.class).optional().map(Timestamp::toInstant).orElse(null);
    }

    private void awaitResolutionDue(UUID id) {
        await().atMost(Duration.ofSeconds(20)).until(() -> resolution(id, "due_at") != null);
    }
}
