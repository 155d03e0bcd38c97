package id.simlayan.notification;

import static id.simlayan.notification.NotificationFixtures.body;
import static id.simlayan.notification.NotificationFixtures.inbox;
import static id.simlayan.notification.NotificationFixtures.part;
import static id.simlayan.notification.NotificationFixtures.role;
import static id.simlayan.notification.NotificationFixtures.ticketNumber;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;

import id.simlayan.IntegrationTest;
import id.simlayan.TestMailServer;
import id.simlayan.identity.AccountApproved;
import id.simlayan.identity.AccountProvisioning;
import id.simlayan.identity.AccountRegistered;
import id.simlayan.identity.AccountRejected;
import id.simlayan.identity.RegistrationAttemptedForExistingAccount;
import id.simlayan.identity.Directory;
import id.simlayan.identity.IdentityFixtures;
import id.simlayan.identity.Role;
import id.simlayan.identity.UnitId;
import id.simlayan.identity.UserId;
import id.simlayan.notification.NotificationFixtures.Person;
import id.simlayan.notification.internal.MailOutbox;
import id.simlayan.notification.internal.NotificationRetention;
import id.simlayan.notification.internal.OutboundEmail;
import id.simlayan.notification.internal.OutboundEmail.Status;
import id.simlayan.notification.internal.OutboundEmailStore;
import id.simlayan.ticket.RequesterResponded;
import id.simlayan.ticket.RequesterResponse;
import id.simlayan.ticket.TicketId;
import id.simlayan.ticket.TicketReplyPosted;
import id.simlayan.ticket.TicketStatus;
import id.simlayan.ticket.TicketStatusChanged;
import id.simlayan.ticket.TicketSubmitted;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

/** Events become e-mails in the outbox, and the outbox delivers them to a real SMTP server, outages included. */
@RecordApplicationEvents
class NotificationMailIntegrationTests extends IntegrationTest {

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
    MailOutbox outbox;
    @Autowired
    MockMvc mvc;
    @Autowired
    ApplicationEvents recorded;
    @Autowired
    OutboundEmailStore emails;
    @Autowired
    NotificationRetention retention;
    @Value("${simlayan.base-url}")
    String baseUrl;

    NotificationFixtures fixtures;

    @BeforeEach
    void setUp() {
        fixtures = new NotificationFixtures(provisioning, directory, transactions, events, jdbc);
    }

    @AfterEach
    void restoreClockAndMailServer() {
        clock.reset();
        if (!TestMailServer.running()) {
            TestMailServer.start();
        }
    }

    @Test
    void statusChangeEmailsTheRequesterWithNumberStatusNoteNextStepAndLinkAndTheInAppLineQuotesTheQuestion() throws Exception {
        Person requester = fixtures.person("Siti Pemohon");
        TicketId ticket = TicketId.random();
        String number = ticketNumber("ADU");

        fixtures.publishAndAwait(new TicketStatusChanged(ticket, number, "Lampu <b>jalan</b> mati", requester.id(),
                TicketStatus.VERIFIKASI, TicketStatus.MENUNGGU_PEMOHON, "Mohon lampirkan foto lokasi & alamat", clock.instant()));
        outbox.dispatchDue();

        MimeMessage mail = awaitSingleMail(requester.email());
        assertThat(mail.getSubject()).isEqualTo("[SIMLAYAN] " + number + ": status Menunggu Pemohon");
        assertThat(mail.getFrom()).extracting(Object::toString).containsExactly("SIMLAYAN <no-reply@simlayan.local>");
        String text = part(mail, "text/plain");
        String html = part(mail, "text/html");
        assertThat(text).contains(number, "Lampu <b>jalan</b> mati", "Menunggu Pemohon", "Mohon lampirkan foto lokasi & alamat",
                "Lengkapi informasi", baseUrl + "/lacak/" + ticket.value(), "Yth. Siti Pemohon");
        assertThat(html).contains(number, "Lampu &lt;b&gt;jalan&lt;/b&gt; mati", "lokasi &amp; alamat", "Lengkapi informasi",
                "href=\"" + baseUrl + "/lacak/" + ticket.value() + "\"");
        assertThat(html).doesNotContain("<b>jalan</b>");
        assertThat(fixtures.notificationTexts(requester.id()))
                .containsExactly("Tiket " + number + " menunggu jawaban Anda. Pertanyaan petugas: Mohon lampirkan foto lokasi & alamat");
        assertThat(fixtures.notificationLinks(requester.id())).containsExactly("/lacak/" + ticket.value());
    }

    @Test
    void eachStatusTellsTheRequesterWhatToDoNext() throws Exception {
        Person requester = fixtures.person("Budi Pemohon");
        TicketId ticket = TicketId.random();
        String number = ticketNumber("PMH");
        Instant at = clock.instant();

        fixtures.publishAndAwait(
                new TicketStatusChanged(ticket, number, "Akun e-mail dinas", requester.id(), TicketStatus.DIPROSES, TicketStatus.SELESAI,
                        "Akun sudah dibuat", at),
                new TicketStatusChanged(ticket, number, "Akun e-mail dinas", requester.id(), TicketStatus.VERIFIKASI, TicketStatus.DITOLAK,
                        "Surat pengantar tidak ada", at.plusSeconds(1)));
        outbox.dispatchDue();

        await().atMost(Duration.ofSeconds(10)).until(() -> inbox(requester.email()).size() == 2);
        var bySubject = inbox(requester.email()).stream().collect(java.util.stream.Collectors.toMap(m -> subject(m), m -> body(m)));
        assertThat(bySubject.get("[SIMLAYAN] " + number + ": status Selesai")).contains("konfirmasi", "buka kembali", "Catatan penyelesaian",
                "Akun sudah dibuat");
        assertThat(bySubject.get("[SIMLAYAN] " + number + ": status Ditolak")).contains("Alasan penolakan", "Surat pengantar tidak ada");
    }

    @Test
    void submittedTicketEmailsTheRequesterAndTellsFrontDeskAgentsInApp() throws Exception {
        var frontDesk = fixtures.frontDesk();
        Person agent = fixtures.person("Agen Meja Depan", role(frontDesk.id(), Role.AGENT));
        Person requester = fixtures.person("Rina Pemohon");
        TicketId ticket = TicketId.random();
        String number = ticketNumber("GGN");

        fixtures.publishAndAwait(new TicketSubmitted(ticket, number, requester.id(), null, "Internet kantor kelurahan putus", clock.instant()));
        outbox.dispatchDue();

        MimeMessage mail = awaitSingleMail(requester.email());
        assertThat(mail.getSubject()).isEqualTo("[SIMLAYAN] " + number + ": tiket diterima");
        assertThat(body(mail)).contains(number, "Internet kantor kelurahan putus", baseUrl + "/lacak/" + ticket.value());
        assertThat(fixtures.notificationLinks(requester.id())).containsExactly("/lacak/" + ticket.value());
        assertThat(fixtures.notificationTexts(agent.id())).containsExactly("Tiket baru di antrean: " + number + " - Internet kantor kelurahan putus");
        assertThat(fixtures.notificationLinks(agent.id())).containsExactly("/petugas/tiket/" + ticket.value());
        assertThat(inbox(agent.email())).isEmpty();
    }

    @Test
    void publicReplyEmailsTheRequesterButAnInternalNoteDoesNot() throws Exception {
        Person requester = fixtures.person("Dewi Pemohon");
        Person officer = fixtures.person("Petugas Balas");
        TicketId ticket = TicketId.random();
        String number = ticketNumber("PIP");
        Instant at = clock.instant();

        fixtures.publishAndAwait(new TicketReplyPosted(ticket, number, "Data anggaran", requester.id(), officer.id(), false, false, at));
        outbox.dispatchDue();
        assertThat(emails.findByRecipient(requester.email())).isEmpty();
        assertThat(fixtures.notificationTexts(requester.id())).isEmpty();

        fixtures.publishAndAwait(new TicketReplyPosted(ticket, number, "Data anggaran", requester.id(), officer.id(), true, false, at.plusSeconds(5)));
        outbox.dispatchDue();
        MimeMessage mail = awaitSingleMail(requester.email());
        assertThat(mail.getSubject()).isEqualTo("[SIMLAYAN] " + number + ": balasan baru dari petugas");
        assertThat(body(mail)).contains(number);
        assertThat(fixtures.notificationTexts(requester.id())).containsExactly("Balasan baru dari petugas pada tiket " + number);
    }

    @Test
    void requesterReplyTellsFrontDeskAgentsAndDoesNotEmailTheRequester() {
        var frontDesk = fixtures.frontDesk();
        Person agent = fixtures.person("Agen Balasan", role(frontDesk.id(), Role.AGENT));
        Person requester = fixtures.person("Joko Pemohon");
        TicketId ticket = TicketId.random();
        String number = ticketNumber("ADU");

        fixtures.publishAndAwait(new TicketReplyPosted(ticket, number, "Jalan berlubang", requester.id(), requester.id(), true, true, clock.instant()));

        assertThat(emails.findByRecipient(requester.email())).isEmpty();
        assertThat(fixtures.notificationTexts(agent.id())).containsExactly("Pemohon membalas tiket " + number + " - Jalan berlubang");
        assertThat(fixtures.notificationLinks(agent.id())).containsExactly("/petugas/tiket/" + ticket.value());
    }

    @Test
    void theRequestersAnswerReachesTheFrontDeskAndAReopeningTheAssignedTechnicianWithTheText() throws Exception {
        var frontDesk = fixtures.frontDesk();
        Person agent = fixtures.person("Agen Jawaban", role(frontDesk.id(), Role.AGENT));
        UnitId unit = fixtures.unit("Bidang Jaringan");
        Person unitAdmin = fixtures.person("Admin Jaringan", role(unit, Role.UNIT_ADMIN));
        Person technician = fixtures.person("Teknisi Jaringan", role(unit, Role.TECHNICIAN));
        TicketId answered = TicketId.random();
        TicketId reopened = TicketId.random();
        String answeredNumber = ticketNumber("PMH");
        String reopenedNumber = ticketNumber("GGN");

        fixtures.publishAndAwait(new RequesterResponded(answered, answeredNumber, "Akun e-mail dinas", RequesterResponse.ANSWERED,
                "SK jabatan terlampir", null, null, clock.instant()));
        fixtures.publishAndAwait(new RequesterResponded(reopened, reopenedNumber, "Wi-Fi kantor putus", RequesterResponse.REOPENED,
                "Masih putus setiap sore", technician.id(), unit, clock.instant()));
        outbox.dispatchDue();

        assertThat(fixtures.notificationTexts(agent.id()))
                .containsExactly("Pemohon menjawab pertanyaan pada tiket " + answeredNumber + " - Akun e-mail dinas");
        assertThat(fixtures.notificationLinks(agent.id())).containsExactly("/petugas/tiket/" + answered.value());
        MimeMessage toAgent = awaitSingleMail(agent.email());
        assertThat(toAgent.getSubject()).isEqualTo("[SIMLAYAN] " + answeredNumber + ": pemohon menjawab pertanyaan");
        assertThat(body(toAgent)).contains("SK jabatan terlampir", baseUrl + "/petugas/tiket/" + answered.value());

        assertThat(fixtures.notificationTexts(technician.id()))
                .containsExactly("Pemohon membuka kembali tiket " + reopenedNumber + " - Wi-Fi kantor putus");
        MimeMessage toTechnician = awaitSingleMail(technician.email());
        assertThat(body(toTechnician)).contains("Masih putus setiap sore", "Alasan membuka kembali");
        assertThat(fixtures.notificationTexts(unitAdmin.id())).as("the technician holds it, not the unit admin").isEmpty();
    }

    @Test
    void aConfirmationOnATicketHeldByAUnitReachesItsAdmins() throws Exception {
        UnitId unit = fixtures.unit("Bidang Aplikasi");
        Person unitAdmin = fixtures.person("Admin Aplikasi", role(unit, Role.UNIT_ADMIN));
        TicketId ticket = TicketId.random();
        String number = ticketNumber("PMH");

        fixtures.publishAndAwait(new RequesterResponded(ticket, number, "Aplikasi absensi", RequesterResponse.CONFIRMED, null, null, unit,
                clock.instant()));
        outbox.dispatchDue();

        assertThat(fixtures.notificationTexts(unitAdmin.id())).containsExactly("Pemohon mengonfirmasi tiket " + number + " selesai - Aplikasi absensi");
        assertThat(awaitSingleMail(unitAdmin.email()).getSubject()).isEqualTo("[SIMLAYAN] " + number + ": pemohon mengonfirmasi selesai");
    }

    @Test
    void republishedEventDoesNotDuplicateEmailOrNotification() throws Exception {
        Person requester = fixtures.person("Eko Pemohon");
        var event = new TicketStatusChanged(TicketId.random(), ticketNumber("ADU"), "Server lambat", requester.id(), TicketStatus.DITERIMA,
                TicketStatus.VERIFIKASI, null, clock.instant());

        fixtures.publishAndAwait(event);
        fixtures.publishAndAwait(event);
        outbox.dispatchDue();

        awaitSingleMail(requester.email());
        assertThat(emails.findByRecipient(requester.email())).hasSize(1);
        assertThat(fixtures.notificationTexts(requester.id())).hasSize(1);
        outbox.dispatchDue();
        assertThat(inbox(requester.email())).hasSize(1);
    }

    @Test
    void emailSurvivesAnSmtpOutageAndIsDeliveredExactlyOnceLater() throws Exception {
        Person requester = fixtures.person("Fajar Pemohon");
        String number = ticketNumber("GGN");
        TestMailServer.stop();

        fixtures.publishAndAwait(new TicketStatusChanged(TicketId.random(), number, "Printer rusak", requester.id(), TicketStatus.VERIFIKASI,
                TicketStatus.DIPROSES, null, clock.instant()));
        outbox.dispatchDue();

        OutboundEmail waiting = single(emails.findByRecipient(requester.email()));
        assertThat(waiting.status()).isEqualTo(Status.PENDING);
        assertThat(waiting.attempts()).isEqualTo(1);
        assertThat(waiting.lastError()).isNotBlank().doesNotContain("\n", "\tat ");
        assertThat(waiting.nextAttemptAt()).isAfter(clock.instant());
        assertThat(fixtures.notificationTexts(requester.id())).hasSize(1);

        TestMailServer.start();
        outbox.dispatchDue();
        assertThat(inbox(requester.email())).as("not due yet").isEmpty();

        clock.setTo(waiting.nextAttemptAt().plusSeconds(1));
        outbox.dispatchDue();

        MimeMessage mail = awaitSingleMail(requester.email());
        assertThat(mail.getSubject()).isEqualTo("[SIMLAYAN] " + number + ": status Diproses");
        outbox.dispatchDue();
        assertThat(inbox(requester.email())).hasSize(1);
        OutboundEmail sent = single(emails.findByRecipient(requester.email()));
        assertThat(sent.status()).isEqualTo(Status.SENT);
        assertThat(sent.attempts()).isEqualTo(2);
        assertThat(sent.sentAt()).isNotNull();
    }

    @Test
    void registrationEmailsTheRegistrantAndTellsAdministratorsInApp() throws Exception {
        Person admin = fixtures.person("Admin Sistem", role(fixtures.unit("Bidang TIK"), Role.ADMIN));
        Person registrant = fixtures.person("Warga Baru");
        String email = registrant.email();

        fixtures.publishAndAwait(new AccountRegistered(registrant.id(), clock.instant()));
        outbox.dispatchDue();

        MimeMessage mail = awaitSingleMail(email);
        assertThat(mail.getSubject()).isEqualTo("[SIMLAYAN] Pendaftaran diterima, menunggu persetujuan");
        assertThat(body(mail)).contains("Yth. Warga Baru", "menunggu persetujuan");
        assertThat(fixtures.notificationTexts(admin.id())).containsExactly("Pendaftaran baru menunggu persetujuan: Warga Baru (" + email + ")");
        assertThat(fixtures.notificationLinks(admin.id())).containsExactly("/admin/pendaftaran");
    }

    @Test
    void theOwnerIsEmailedWhenSomeoneRegistersWithTheirData() throws Exception {
        Person owner = fixtures.person("Pemilik Akun");

        fixtures.publishAndAwait(new RegistrationAttemptedForExistingAccount(owner.id(), clock.instant()));
        outbox.dispatchDue();

        MimeMessage mail = awaitSingleMail(owner.email());
        assertThat(mail.getSubject()).isEqualTo("[SIMLAYAN] Ada pendaftaran baru dengan data akun Anda");
        assertThat(body(mail)).contains("Yth. Pemilik Akun", "tidak kami simpan", baseUrl + "/masuk");
    }

    @Test
    void approvalAndRejectionAreEmailedWithTheReason() throws Exception {
        Person approvedPerson = fixtures.person("Ani Disetujui");
        String approvedEmail = approvedPerson.email();
        String rejectedEmail = NotificationFixtures.uniqueEmail("ditolak");
        UserId rejectedId = rejectedApplication("Ari Ditolak", rejectedEmail, "Foto KTP <tidak> terbaca");

        fixtures.publishAndAwait(new AccountApproved(approvedPerson.id(), clock.instant()));
        fixtures.awaitHandled(rejectedId.value().toString());
        outbox.dispatchDue();

        MimeMessage approved = awaitSingleMail(approvedEmail);
        assertThat(approved.getSubject()).isEqualTo("[SIMLAYAN] Akun Anda sudah disetujui");
        assertThat(body(approved)).contains(baseUrl + "/masuk");
        // the registrant got the "registration received" mail first
        await().atMost(Duration.ofSeconds(10)).until(() -> inbox(rejectedEmail).size() == 2);
        MimeMessage rejected = inbox(rejectedEmail).stream()
                .filter(m -> subjectOf(m).equals("[SIMLAYAN] Pendaftaran Anda belum dapat disetujui")).findFirst().orElseThrow();
        assertThat(part(rejected, "text/plain")).contains("Foto KTP <tidak> terbaca");
        assertThat(part(rejected, "text/html")).contains("Foto KTP &lt;tidak&gt; terbaca");
    }

    @Test
    void sentEmailsAreDeletedAfterTheRetentionPeriodButFailedOnesStay() throws Exception {
        Person delivered = fixtures.person("Gita Terkirim");
        Person undeliverable = fixtures.person("Hadi Gagal");
        fixtures.publishAndAwait(
                new TicketStatusChanged(TicketId.random(), ticketNumber("ADU"), "A", delivered.id(), TicketStatus.DITERIMA, TicketStatus.DIPROSES, null, clock.instant()),
                new TicketStatusChanged(TicketId.random(), ticketNumber("ADU"), "B", undeliverable.id(), TicketStatus.DITERIMA, TicketStatus.DIPROSES, null, clock.instant()));
        OutboundEmail failed = single(emails.findByRecipient(undeliverable.email()));
        emails.markFailed(failed.id(), 20, "MailConnectException");
        outbox.dispatchDue();
        awaitSingleMail(delivered.email());

        clock.setTo(clock.instant().plus(Duration.ofDays(89)));
        retention.purge();
        assertThat(emails.findByRecipient(delivered.email())).hasSize(1);

        clock.setTo(clock.instant().plus(Duration.ofDays(2)));
        retention.purge();
        assertThat(emails.findByRecipient(delivered.email())).isEmpty();
        assertThat(emails.findByRecipient(undeliverable.email())).extracting(OutboundEmail::status).containsExactly(Status.FAILED);
        assertThat(fixtures.notificationTexts(delivered.id())).as("unread notifications stay").hasSize(1);
    }

    /** A registration through the public form, rejected by an administrator through the admin page. */
    private UserId rejectedApplication(String name, String email, String reason) throws Exception {
        mvc.perform(post("/daftar").with(csrf()).with(IdentityFixtures.fromAddress(IdentityFixtures.randomAddress()))
                        .param("applicant", "CITIZEN").param("fullName", name).param("nik", IdentityFixtures.uniqueNik())
                        .param("email", email).param("phone", "081298765432").param("password", IdentityFixtures.PASSWORD)
                        .param("passwordConfirmation", IdentityFixtures.PASSWORD).param("consent", "true"))
                .andExpect(redirectedUrl("/daftar/terkirim"));
        UserId id = recorded.stream(AccountRegistered.class).map(AccountRegistered::userId)
                .filter(u -> directory.contact(u).map(c -> c.email().equals(email)).orElse(false))
                .findFirst().orElseThrow();
        Person admin = fixtures.person("Admin Penolak", role(fixtures.unit("Bidang TIK"), Role.ADMIN));
        var session = IdentityFixtures.login(mvc, admin.email(), NotificationFixtures.PASSWORD);
        mvc.perform(post("/admin/pendaftaran/{id}/tolak", id.value()).param("reason", reason).with(csrf()).session(session))
                .andExpect(redirectedUrl("/admin/pendaftaran"));
        return id;
    }

    private static String subjectOf(MimeMessage message) {
        try {
            return message.getSubject();
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static MimeMessage awaitSingleMail(String email) {
        await().atMost(Duration.ofSeconds(10)).until(() -> !inbox(email).isEmpty());
        List<MimeMessage> messages = inbox(email);
        assertThat(messages).hasSize(1);
        return messages.getFirst();
    }

    private static <T> T single(List<T> list) {
        assertThat(list).hasSize(1);
        return list.getFirst();
    }

    private static String subject(MimeMessage message) {
        try {
            return message.getSubject();
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }
}
