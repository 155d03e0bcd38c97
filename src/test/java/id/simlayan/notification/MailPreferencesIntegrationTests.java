package id.simlayan.notification;

import static id.simlayan.notification.NotificationFixtures.ticketNumber;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;

import id.simlayan.IntegrationTest;
import id.simlayan.identity.AccountProvisioning;
import id.simlayan.identity.Directory;
import id.simlayan.identity.IdentityFixtures;
import id.simlayan.identity.Role;
import id.simlayan.ticket.TicketId;
import id.simlayan.ticket.TicketStatus;
import id.simlayan.ticket.TicketStatusChanged;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

/** E-mail choices on the profile: an opted-out topic sends no e-mail; in-app notifications stay. */
class MailPreferencesIntegrationTests extends IntegrationTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    AccountProvisioning provisioning;
    @Autowired
    Directory directory;
    @Autowired
    TransactionTemplate transactions;
    @Autowired
    ApplicationEventPublisher events;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    MailPreferences preferences;

    NotificationFixtures fixtures;

    @BeforeEach
    void setUp() {
        fixtures = new NotificationFixtures(provisioning, directory, transactions, events, jdbc);
    }

    @Test
    void aRequesterWhoSwitchedOffTicketUpdatesGetsNoMailButStillTheInAppNotification() throws Exception {
        var optedOut = fixtures.person("Sari Tanpa Surel");
        var control = fixtures.person("Joko Dengan Surel");
        var session = IdentityFixtures.login(mvc, optedOut.email(), NotificationFixtures.PASSWORD);

        mvc.perform(post("/profil/notifikasi").with(csrf()).session(session)).andExpect(redirectedUrl("/profil/notifikasi"));
        assertThat(preferences.wantsEmail(optedOut.id(), EmailTopic.TICKET_UPDATES)).isFalse();
        mvc.perform(get("/profil/notifikasi").session(session))
                .andExpect(content().string(containsString("value=\"TICKET_UPDATES\"")))
                .andExpect(content().string(not(containsString("checked"))));

        var at = clock.instant();
        fixtures.publishAndAwait(
                new TicketStatusChanged(TicketId.random(), ticketNumber("ADU"), "Lampu mati", optedOut.id(), TicketStatus.VERIFIKASI,
                        TicketStatus.DIPROSES, null, at),
                new TicketStatusChanged(TicketId.random(), ticketNumber("ADU"), "Lampu mati", control.id(), TicketStatus.VERIFIKASI,
                        TicketStatus.DIPROSES, null, at));

        assertThat(emailsTo(optedOut.email())).isZero();
        assertThat(emailsTo(control.email())).isEqualTo(1);
        assertThat(fixtures.notificationTexts(optedOut.id())).hasSize(1);
    }

    @Test
    void choicesCanBeSwitchedBackOn() throws Exception {
        var person = fixtures.person("Budi Berubah Pikiran");
        var session = IdentityFixtures.login(mvc, person.email(), NotificationFixtures.PASSWORD);

        mvc.perform(post("/profil/notifikasi").with(csrf()).session(session));
        mvc.perform(post("/profil/notifikasi").param("topic", "TICKET_UPDATES").with(csrf()).session(session));

        assertThat(preferences.wantsEmail(person.id(), EmailTopic.TICKET_UPDATES)).isTrue();
        mvc.perform(get("/profil/notifikasi").session(session)).andExpect(content().string(containsString("checked")));
    }

    @Test
    void deadlineNoticesAreOfferedToStaffOnlyAndARequesterSaveKeepsThem() throws Exception {
        var requester = fixtures.person("Warga Biasa");
        var agent = fixtures.person("Agen Tenggat", NotificationFixtures.role(fixtures.frontDesk().id(), Role.AGENT));
        var requesterSession = IdentityFixtures.login(mvc, requester.email(), NotificationFixtures.PASSWORD);
        var agentSession = IdentityFixtures.login(mvc, agent.email(), NotificationFixtures.PASSWORD);

        mvc.perform(get("/profil/notifikasi").session(requesterSession)).andExpect(content().string(not(containsString("DEADLINE_NOTICES"))));
        mvc.perform(get("/profil/notifikasi").session(agentSession)).andExpect(content().string(containsString("value=\"DEADLINE_NOTICES\"")));

        mvc.perform(post("/profil/notifikasi").param("topic", "TICKET_UPDATES").with(csrf()).session(requesterSession));
        assertThat(preferences.wantsEmail(requester.id(), EmailTopic.DEADLINE_NOTICES)).isTrue();

        mvc.perform(post("/profil/notifikasi").param("topic", "TICKET_UPDATES").with(csrf()).session(agentSession));
        assertThat(preferences.wantsEmail(agent.id(), EmailTopic.DEADLINE_NOTICES)).isFalse();
    }

    private long emailsTo(String recipient) {
        return jdbc.sql("SELECT count(*) FROM outbound_emails WHERE recipient = :r").param("r", recipient).query(Long.class).single();
    }
}
