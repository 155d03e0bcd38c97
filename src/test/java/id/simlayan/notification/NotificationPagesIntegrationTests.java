package id.simlayan.notification;

import static id.simlayan.notification.NotificationFixtures.inbox;
import static id.simlayan.notification.NotificationFixtures.role;
import static id.simlayan.notification.NotificationFixtures.ticketNumber;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.request;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import id.simlayan.IntegrationTest;
import id.simlayan.identity.AccountProvisioning;
import id.simlayan.identity.Directory;
import id.simlayan.identity.Role;
import id.simlayan.notification.NotificationFixtures.Person;
import id.simlayan.notification.internal.InAppNotifications;
import id.simlayan.notification.internal.MailOutbox;
import id.simlayan.notification.internal.OutboundEmail;
import id.simlayan.notification.internal.OutboundEmailStore;
import id.simlayan.ticket.DispositionReturned;
import id.simlayan.ticket.TicketAssigned;
import id.simlayan.ticket.TicketDisposed;
import id.simlayan.ticket.TicketId;
import id.simlayan.ticket.TicketStatus;
import id.simlayan.ticket.TicketStatusChanged;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.transaction.support.TransactionTemplate;

/** The in-app notification pages, the navbar badge and the administrators' e-mail page. */
class NotificationPagesIntegrationTests extends IntegrationTest {

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
    UserDetailsService accounts;
    @Autowired
    MailOutbox outbox;
    @Autowired
    OutboundEmailStore emails;
    @Autowired
    InAppNotifications inApp;

    NotificationFixtures fixtures;

    @BeforeEach
    void setUp() {
        fixtures = new NotificationFixtures(provisioning, directory, transactions, events, jdbc);
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void listShowsOnlyMyNotificationsNewestFirstWithUnreadHighlighted() throws Exception {
        Person me = fixtures.person("Saya Pemohon");
        Person other = fixtures.person("Orang Lain");
        String first = ticketNumber("ADU");
        String second = ticketNumber("ADU");
        String othersNumber = ticketNumber("ADU");
        fixtures.publishAndAwait(statusChanged(me, first, TicketStatus.VERIFIKASI));
        clock.advance(Duration.ofMinutes(1));
        fixtures.publishAndAwait(statusChanged(me, second, TicketStatus.DIPROSES), statusChanged(other, othersNumber, TicketStatus.DIPROSES));

        String page = mvc.perform(get("/notifikasi").with(as(me)))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString(othersNumber))))
                .andReturn().getResponse().getContentAsString();
        assertThat(page.indexOf(second)).isPositive().isLessThan(page.indexOf(first));
        assertThat(page).contains("notif-unread");
    }

    @Test
    void anotherUserCannotOpenOrMarkMyNotification() throws Exception {
        Person me = fixtures.person("Teknisi Saya");
        Person other = fixtures.person("Teknisi Lain");
        TicketId ticket = TicketId.random();
        fixtures.publishAndAwait(new TicketAssigned(ticket, ticketNumber("GGN"), "Jaringan putus", me.id(), clock.instant()));
        UUID mine = fixtures.notificationIds(me.id()).getFirst();

        mvc.perform(get("/notifikasi/" + mine).with(as(other))).andExpect(status().isNotFound());
        mvc.perform(post("/notifikasi/tandai-dibaca").with(as(other)).with(csrf())).andExpect(status().is3xxRedirection());
        assertThat(unread(mine)).isTrue();

        mvc.perform(get("/notifikasi/" + mine).with(as(me)))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/petugas/tiket/" + ticket.value()));
        assertThat(unread(mine)).isFalse();
    }

    @Test
    void badgeCountsUnreadAndMarkAllReadEmptiesIt() throws Exception {
        Person me = fixtures.person("Pemohon Lencana");
        fixtures.publishAndAwait(statusChanged(me, ticketNumber("PMH"), TicketStatus.VERIFIKASI),
                statusChanged(me, ticketNumber("PMH"), TicketStatus.DIPROSES));

        mvc.perform(get("/notifikasi/jumlah").with(as(me)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("<span class=\"badge rounded-pill bg-danger\">2</span>")));

        mvc.perform(post("/notifikasi/tandai-dibaca").with(as(me)).with(csrf()))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/notifikasi"));

        mvc.perform(get("/notifikasi/jumlah").with(as(me)))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString("badge"))));
    }

    @Test
    void markAllReadWithHtmxReturnsTheListAndRefreshesTheBadge() throws Exception {
        Person me = fixtures.person("Pemohon Htmx");
        fixtures.publishAndAwait(statusChanged(me, ticketNumber("PMH"), TicketStatus.SELESAI));

        mvc.perform(post("/notifikasi/tandai-dibaca").with(as(me)).with(csrf()).header("HX-Request", "true"))
                .andExpect(status().isOk())
                .andExpect(header().string("HX-Trigger", "notif-changed"))
                .andExpect(content().string(containsString("id=\"notif-items\"")))
                .andExpect(content().string(not(containsString("<html"))));
        assertThat(fixtures.notificationIds(me.id())).allSatisfy(id -> assertThat(unread(id)).isFalse());
    }

    @Test
    void aNewNotificationIsPushedToTheUsersOpenPages() throws Exception {
        Person me = fixtures.person("Pemohon Langsung");
        MvcResult stream = mvc.perform(get("/notifikasi/live").with(as(me)).accept("text/event-stream"))
                .andExpect(request().asyncStarted())
                .andReturn();

        fixtures.publishAndAwait(statusChanged(me, ticketNumber("ADU"), TicketStatus.DIPROSES));

        await().atMost(Duration.ofSeconds(5)).untilAsserted(() ->
                assertThat(stream.getResponse().getContentAsString()).contains("event:notification"));
    }

    @Test
    void listIsPagedTwentyAtATime() throws Exception {
        Person me = fixtures.person("Pemohon Banyak");
        for (int i = 0; i < 21; i++) {
            inApp.notify(me.id(), "Pemberitahuan nomor " + (100 + i), "/lacak", "test:" + me.id() + ":" + i);
            clock.advance(Duration.ofSeconds(1));
        }

        mvc.perform(get("/notifikasi").with(as(me)))
                .andExpect(content().string(containsString("Pemberitahuan nomor 120")))
                .andExpect(content().string(not(containsString("Pemberitahuan nomor 100"))))
                .andExpect(content().string(containsString("Halaman 1 dari 2")));
        mvc.perform(get("/notifikasi").param("halaman", "1").with(as(me)))
                .andExpect(content().string(containsString("Pemberitahuan nomor 100")))
                .andExpect(content().string(not(containsString("Pemberitahuan nomor 101"))));
        mvc.perform(get("/notifikasi").param("halaman", "1").with(as(me)).header("HX-Request", "true"))
                .andExpect(header().string("HX-Trigger", "notif-changed"))
                .andExpect(content().string(not(containsString("<html"))));
    }

    @Test
    void notificationsNeedLogin() throws Exception {
        mvc.perform(get("/notifikasi/jumlah")).andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/masuk"));
    }

    @Test
    void dispositionsAndAssignmentsLandInTheRightStaffQueues() {
        var unit = fixtures.unit("Bidang Persandian");
        var frontDesk = fixtures.frontDesk();
        Person unitAdmin = fixtures.person("Kepala Bidang", role(unit, Role.UNIT_ADMIN));
        Person agent = fixtures.person("Agen Disposisi", role(frontDesk.id(), Role.AGENT));
        Person technician = fixtures.person("Teknisi Sandi", role(unit, Role.TECHNICIAN));
        TicketId ticket = TicketId.random();
        String number = ticketNumber("PMH");

        fixtures.publishAndAwait(new TicketDisposed(ticket, number, "Sertifikat elektronik", unit, clock.instant()));
        fixtures.publishAndAwait(new DispositionReturned(ticket, number, "Sertifikat elektronik", unit, "Bukan kewenangan kami", clock.instant()));
        fixtures.publishAndAwait(new TicketAssigned(ticket, number, "Sertifikat elektronik", technician.id(), clock.instant()));

        assertThat(fixtures.notificationTexts(unitAdmin.id())).containsExactly("Disposisi baru untuk unit Anda: " + number + " - Sertifikat elektronik");
        assertThat(fixtures.notificationTexts(agent.id()))
                .containsExactly("Disposisi " + number + " dikembalikan oleh Bidang Persandian: Bukan kewenangan kami");
        assertThat(fixtures.notificationTexts(technician.id())).containsExactly("Tugas baru untuk Anda: " + number + " - Sertifikat elektronik");
        assertThat(fixtures.notificationLinks(technician.id())).containsExactly("/petugas/tiket/" + ticket.value());
        assertThat(fixtures.notificationTexts(unitAdmin.id())).hasSize(1);
    }

    @Test
    void pagesTellWhetherEmailIsConfigured() throws Exception {
        mvc.perform(get("/")).andExpect(model().attribute("mailConfigured", true));
    }

    @Test
    void adminSeesOutboxAndCanRetryAFailedEmail() throws Exception {
        Person admin = fixtures.person("Admin Email", role(fixtures.unit("Sekretariat"), Role.ADMIN));
        Person requester = fixtures.person("Pemohon Gagal");
        String number = ticketNumber("ADU");
        fixtures.publishAndAwait(statusChanged(requester, number, TicketStatus.DIPROSES));
        OutboundEmail row = emails.findByRecipient(requester.email()).getFirst();
        // as if it had failed 20 times
        emails.markFailed(row.id(), 20, "MailConnectException: Couldn't connect to host");

        mvc.perform(get("/admin/email").with(as(admin)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(number)))
                .andExpect(content().string(containsString("Couldn&#39;t connect to host")))
                .andExpect(content().string(containsString("/admin/email/" + row.id() + "/kirim-ulang")));

        mvc.perform(post("/admin/email/" + row.id() + "/kirim-ulang").with(as(admin)).with(csrf()))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/admin/email"));
        OutboundEmail requeued = emails.find(row.id()).orElseThrow();
        assertThat(requeued.status()).isEqualTo(OutboundEmail.Status.PENDING);
        assertThat(requeued.attempts()).isZero();

        outbox.dispatchDue();
        await().atMost(Duration.ofSeconds(10)).until(() -> emails.find(row.id()).orElseThrow().status() == OutboundEmail.Status.SENT);
        assertThat(inbox(requester.email())).isNotEmpty();
    }

    @Test
    void onlyAdministratorsSeeTheEmailPage() throws Exception {
        Person requester = fixtures.person("Bukan Admin");
        mvc.perform(get("/admin/email").with(as(requester))).andExpect(status().isForbidden());
        mvc.perform(post("/admin/email/" + UUID.randomUUID() + "/kirim-ulang").with(as(requester)).with(csrf()))
                .andExpect(status().isForbidden());
    }

    private TicketStatusChanged statusChanged(Person requester, String number, TicketStatus to) {
        return new TicketStatusChanged(TicketId.random(), number, "Perihal " + number, requester.id(), TicketStatus.DITERIMA, to, null,
                clock.instant());
    }

    private RequestPostProcessor as(Person person) {
        return user(accounts.loadUserByUsername(person.email()));
    }

    private boolean unread(UUID notification) {
        return jdbc.sql("SELECT read_at IS NULL FROM notifications WHERE id = :id").param("id", notification).query(Boolean.class).single();
    }
}
