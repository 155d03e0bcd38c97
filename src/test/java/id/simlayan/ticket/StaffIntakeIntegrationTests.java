package id.simlayan.ticket;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import id.simlayan.catalog.Audience;
import id.simlayan.catalog.ServiceOfferingView;
import id.simlayan.catalog.TicketKind;
import id.simlayan.identity.AccountProvisioning.NewAccount;
import id.simlayan.identity.IdentityFixtures;
import id.simlayan.identity.IdentityFixtures.TestAccount;
import id.simlayan.identity.UserId;
import id.simlayan.notification.NotificationFixtures;
import id.simlayan.notification.internal.MailOutbox;
import id.simlayan.standard.FieldKind;
import id.simlayan.standard.FormField;
import id.simlayan.standard.StandardFixtures;
import id.simlayan.ticket.web.AccessCodeReceipt;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.ResultActions;

/**
 * Staff-logged intake ({@code /petugas/tiket/baru}): an agent logs a ticket for someone without
 * an account (a contact without login is recorded), or for an existing account found by e-mail
 * or NIK (no duplicate); the channel, its reference and the agent are kept and shown; the access
 * code is shown once on a receipt, works on {@code /lacak/kode} and is mailed only when there is
 * an e-mail. Every refusal is a 400 that saves nothing.
 */
@ExtendWith(OutputCaptureExtension.class)
class StaffIntakeIntegrationTests extends TicketTestSupport {

    @Autowired
    ApplicationContext context;
    @Autowired
    MailOutbox outbox;

    TestAccount agent;
    MockHttpSession agentSession;
    ServiceOfferingView service;

    @BeforeEach
    void setUpAgent() {
        agent = people.anAgent();
        agentSession = login(agent);
        service = aService(TicketKind.REQUEST);
    }

    @Test
    void aWalkInWithoutAccountBecomesAContactWithoutLoginAndTheCodeOnTheReceiptWorksOnTracking(CapturedOutput output) throws Exception {
        String phone = "0812-3456-" + (1000 + (int) (Math.random() * 8999));
        var params = walkIn("Budi Santoso", "", phone);
        long usersBefore = rows("users");

        var result = log(service, params).andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/petugas/tiket/baru/tercatat")).andReturn();

        assertThat(rows("users")).isEqualTo(usersBefore + 1);
        var receipt = receiptOf(result);
        var ticket = ticketRow(receipt.number());
        var contact = jdbc.sql("SELECT email, full_name, phone, status, consent_at, consent_recorded_by FROM users WHERE id = :id")
                .param("id", ticket.get("requester_id")).query().singleRow();
        assertThat(contact.get("email")).as("no e-mail was given").isNull();
        assertThat(contact.get("full_name")).isEqualTo("Budi Santoso");
        assertThat((String) contact.get("phone")).startsWith("+62812");
        assertThat(contact.get("status")).isEqualTo("ACTIVE");
        assertThat(contact.get("consent_at")).isNotNull();
        assertThat(contact.get("consent_recorded_by")).as("consent given to this agent").isEqualTo(agent.userId().value());
        assertThat(ticket.get("intake_channel")).isEqualTo("WALK_IN");
        assertThat(ticket.get("logged_by")).isEqualTo(agent.userId().value());
        assertThat(ticket.get("external_reference")).isNull();

        // the receipt is shown once, then gone
        var done = mvc.perform(get("/petugas/tiket/baru/tercatat").session(agentSession))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString(receipt.code()), containsString("Cetak tanda terima"), containsString(receipt.number()))))
                .andReturn();
        assertThat(done.getResponse().getContentAsString()).contains("/petugas/tiket/" + ticket.get("id"));
        mvc.perform(get("/petugas/tiket/baru/tercatat").session(agentSession)).andExpect(redirectedUrl("/petugas/tiket/baru"));

        // the staff page shows how it came in and who logged it
        mvc.perform(get("/petugas/tiket/" + ticket.get("id")).session(agentSession))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Datang langsung"),
                        containsString("Dicatat oleh petugas " + agent.fullName() + " melalui Datang langsung"),
                        not(containsString(receipt.code())))));

        // the visitor follows the ticket with the printed code
        var visitor = new MockHttpSession();
        mvc.perform(post("/lacak/kode").param("number", receipt.number()).param("code", receipt.code()).session(visitor).with(csrf())
                        .with(IdentityFixtures.fromAddress(IdentityFixtures.randomAddress())))
                .andExpect(redirectedUrl("/lacak/kode/tiket/" + receipt.number()));
        mvc.perform(get("/lacak/kode/tiket/" + receipt.number()).session(visitor))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString(receipt.number()), not(containsString("Budi Santoso")))));
        assertThat(jdbc.sql("SELECT count(*) FROM outbound_emails WHERE subject LIKE :s").param("s", "%" + receipt.number() + "%")
                .query(Long.class).single()).as("no e-mail, no mail").isZero();
        assertThat(output.getAll()).doesNotContain(receipt.code()).doesNotContain(receipt.code().replace("-", ""));
    }

    @Test
    void aLetterWithAnEMailGetsTheCodeByMailAndShowsItsReference() throws Exception {
        String email = IdentityFixtures.uniqueEmail("surat");
        var params = walkIn("Siti Rahma", email, "");
        params.put("channel", "LETTER");
        params.put("externalReference", "800/123/DISKOMINFO/2026");
        params.put("unitId", people.aUnit().value().toString());

        var result = log(service, params, new MockMultipartFile("files", "surat-opd.pdf", "application/pdf", pdfFor("x", "x").getBytes()))
                .andExpect(status().is3xxRedirection()).andReturn();
        var receipt = receiptOf(result);
        var ticket = ticketRow(receipt.number());
        assertThat(ticket.get("intake_channel")).isEqualTo("LETTER");
        assertThat(ticket.get("external_reference")).isEqualTo("800/123/DISKOMINFO/2026");

        mvc.perform(get("/petugas/tiket/" + ticket.get("id")).session(agentSession))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("800/123/DISKOMINFO/2026"), containsString("surat-opd.pdf"),
                        containsString("melalui Surat"))));

        // the outbox row is written in the intake's transaction; send it now instead of waiting for the job
        outbox.dispatchDue();
        await().atMost(Duration.ofSeconds(10)).until(() -> NotificationFixtures.inbox(email).stream().anyMatch(m -> subject(m).contains(receipt.number())
                && subject(m).contains("Kode akses")));
        var mail = NotificationFixtures.inbox(email).stream().filter(m -> subject(m).contains("Kode akses")).findFirst().orElseThrow();
        assertThat(NotificationFixtures.body(mail)).contains(receipt.code());
    }

    @Test
    void anExistingAccountIsMatchedByEMailWhateverTheCase() throws Exception {
        var requester = people.aRequester();
        long usersBefore = rows("users");

        var result = log(service, walkIn("Nama Lain", requester.email().toUpperCase(), "")).andExpect(status().is3xxRedirection()).andReturn();

        assertThat(rows("users")).as("no duplicate account").isEqualTo(usersBefore);
        assertThat(ticketRow(receiptOf(result).number()).get("requester_id")).isEqualTo(requester.userId().value());
        assertThat(result.getFlashMap().get("flash").toString()).contains("akun pemohon yang sudah terdaftar");
    }

    @Test
    void anExistingAccountIsMatchedByNik() throws Exception {
        String nik = IdentityFixtures.uniqueNik();
        UserId owner = provisioning.createActiveAccount(new NewAccount("Pemilik NIK", IdentityFixtures.uniqueEmail("nik"), null, nik, null, null,
                IdentityFixtures.PASSWORD), Set.of());
        long usersBefore = rows("users");
        var params = walkIn("Pemilik NIK", "", "081234567890");
        params.put("nik", nik);

        var result = log(service, params).andExpect(status().is3xxRedirection()).andReturn();

        assertThat(rows("users")).as("no duplicate account").isEqualTo(usersBefore);
        assertThat(ticketRow(receiptOf(result).number()).get("requester_id")).isEqualTo(owner.value());
    }

    @Test
    void anEMailAndANikOfTwoDifferentAccountsAreRefusedAndNothingIsSaved() throws Exception {
        var first = people.aRequester();
        String nik = IdentityFixtures.uniqueNik();
        provisioning.createActiveAccount(new NewAccount("Orang Kedua", IdentityFixtures.uniqueEmail("kedua"), null, nik, null, null,
                IdentityFixtures.PASSWORD), Set.of());
        var params = walkIn("Campuran", first.email(), "");
        params.put("nik", nik);
        long[] before = counts();

        log(service, params).andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("E-mail dan NIK ini milik dua akun yang berbeda")));

        assertThat(counts()).containsExactly(before);
    }

    @Test
    void aLaporComplaintWithoutItsTrackingIdIsRefusedWithEveryOtherProblemAndNothingIsSaved() throws Exception {
        var params = walkIn("", "bukan-email", "");
        params.put("channel", "SP4N_LAPOR");
        params.put("nik", "123");
        params.remove("consent");
        long[] before = counts();

        log(service, params).andExpect(status().isBadRequest())
                .andExpect(content().string(allOf(containsString("Nomor pelacakan SP4N-LAPOR! wajib diisi"),
                        containsString("Alamat e-mail tidak valid."), containsString("NIK harus terdiri dari 16 digit angka."),
                        containsString("Persetujuan pemohon atas pemrosesan data pribadinya wajib dicatat."),
                        containsString("<option value=\"SP4N_LAPOR\" selected=\"selected\">SP4N-LAPOR!</option>"))));
        assertThat(counts()).containsExactly(before);

        var noContact = walkIn("Tanpa Kontak", "", "");
        log(service, noContact).andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("Isi e-mail atau nomor telepon pemohon (minimal salah satu).")));
        assertThat(counts()).containsExactly(before);

        var withId = walkIn("Pelapor LAPOR", "", "081234567891");
        withId.put("channel", "SP4N_LAPOR");
        withId.put("externalReference", "LAPOR-4567890");
        var result = log(service, withId).andExpect(status().is3xxRedirection()).andReturn();
        assertThat(ticketRow(receiptOf(result).number()).get("external_reference")).isEqualTo("LAPOR-4567890");
    }

    @Test
    void aServiceForOpdsNeedsTheRequestersUnitUnlessTheirAccountShowsOne() throws Exception {
        var forOpds = aService(TicketKind.INCIDENT, Audience.OPD);
        var params = walkIn("Staf OPD", "", "081234567895");
        params.put("channel", "LETTER");
        params.put("externalReference", "005/77/2026");
        params.put("categoryId", forOpds.categories().getFirst().id().value().toString());
        long[] before = counts();

        log(forOpds, params).andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("Layanan ini khusus OPD, dan akun pemohon tidak menunjukkan unit kerja.")));
        assertThat(counts()).containsExactly(before);

        var unit = people.aUnit();
        params.put("unitId", unit.value().toString());
        var result = log(forOpds, params).andExpect(status().is3xxRedirection()).andReturn();
        String id = ticketRow(receiptOf(result).number()).get("id").toString();
        mvc.perform(get("/petugas/tiket/" + id).session(agentSession)).andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Unit/OPD pemohon"), containsString(directory.unit(unit).orElseThrow().name()))));

        // an ASN of an OPD is recognised by their account: no unit needed
        var asn = people.anAsn();
        var matched = walkIn("ASN", asn.email(), "");
        matched.put("categoryId", forOpds.categories().getFirst().id().value().toString());
        log(forOpds, matched).andExpect(status().is3xxRedirection());
    }

    @Test
    void aRequesterAndATechnicianMayNotLogTickets() throws Exception {
        var outsiders = List.of(people.aRequester(), people.aTechnician(people.aUnit()));
        long[] before = counts();
        for (var person : outsiders) {
            var session = login(person);
            mvc.perform(get("/petugas/tiket/baru").session(session)).andExpect(status().isForbidden());
            mvc.perform(get("/petugas/tiket/baru/{code}", service.code()).session(session)).andExpect(status().isForbidden());
            var request = multipart("/petugas/tiket/baru/{code}", service.code()).session(session).with(csrf());
            walkIn("Orang", "", "081234567892").forEach(request::param);
            mvc.perform(request).andExpect(status().isForbidden());
        }
        assertThat(counts()).containsExactly(before);
    }

    @Test
    void aFrontDeskSupervisorMayLogATicket() throws Exception {
        var supervisor = people.aSupervisor(people.frontDesk());
        var session = login(supervisor);
        mvc.perform(get("/petugas/tiket/baru").session(session)).andExpect(status().isOk())
                .andExpect(content().string(containsString("/petugas/tiket/baru/" + service.code())));
        var request = multipart("/petugas/tiket/baru/{code}", service.code()).session(session).with(csrf());
        var params = walkIn("Lewat Telepon", "", "081234567893");
        params.put("channel", "PHONE");
        params.forEach(request::param);
        var result = mvc.perform(request).andExpect(status().is3xxRedirection()).andReturn();
        assertThat(ticketRow(receiptOf(result).number()).get("logged_by")).isEqualTo(supervisor.userId().value());
        // a front-desk supervisor reads the front desk's tickets (they answer objections): the receipt links to the staff page
        String id = ticketRow(receiptOf(result).number()).get("id").toString();
        mvc.perform(get("/petugas/tiket/baru/tercatat").session(session)).andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString(receiptOf(result).code()), containsString("/petugas/tiket/" + id))));
        mvc.perform(get("/petugas/tiket/" + id).session(session)).andExpect(status().isOk());
    }

    @Test
    void aMissingRequiredFormFieldIsShownNextToItAndNothingIsSaved() throws Exception {
        var withForm = aService(TicketKind.REQUEST);
        var standards = new StandardFixtures(context);
        var admin = login(people.anAdmin());
        standards.publishWithForm(admin, withForm.code(), "400/1/2026",
                List.of(FormField.simple("lokasi", FieldKind.SHORT_TEXT, "Lokasi gangguan", null, null, null, true)),
                LocalDate.ofInstant(clock.instant(), ZoneId.of("Asia/Jakarta")));
        String page = mvc.perform(get("/petugas/tiket/baru/{code}", withForm.code()).session(agentSession))
                .andExpect(status().isOk()).andExpect(content().string(containsString("name=\"f.lokasi\""))).andReturn().getResponse().getContentAsString();
        var version = java.util.regex.Pattern.compile("name=\"formVersion\" value=\"([0-9a-f-]{36})\"").matcher(page);
        assertThat(version.find()).isTrue();
        var params = walkIn("Tanpa Lokasi", "", "081234567894");
        params.put("formVersion", version.group(1));
        params.put("categoryId", withForm.categories().getFirst().id().value().toString());
        long[] before = counts();

        log(withForm, params).andExpect(status().isBadRequest())
                .andExpect(content().string(allOf(containsString("id=\"f-lokasi-error\""), containsString("value=\"Tanpa Lokasi\""))));
        assertThat(counts()).containsExactly(before);

        params.put("f.lokasi", "Gedung A");
        var result = log(withForm, params).andExpect(status().is3xxRedirection()).andReturn();
        String id = ticketRow(receiptOf(result).number()).get("id").toString();
        mvc.perform(get("/petugas/tiket/" + id).session(agentSession)).andExpect(content().string(containsString("Gedung A")));
    }

    // --- helpers ------------------------------------------------------------------------

    /** A walk-in's form as the browser posts it; e-mail and phone as given (blank for none). */
    private Map<String, String> walkIn(String name, String email, String phone) {
        var params = new LinkedHashMap<String, String>();
        params.put("channel", "WALK_IN");
        params.put("requesterName", name);
        params.put("email", email);
        params.put("phone", phone);
        params.put("nik", "");
        params.put("consent", "true");
        params.put("subject", "Permohonan di loket");
        params.put("description", "Pemohon datang ke loket pelayanan.");
        params.put("categoryId", service.categories().getFirst().id().value().toString());
        return params;
    }

    private ResultActions log(ServiceOfferingView target, Map<String, String> params, MockMultipartFile... files) throws Exception {
        var request = multipart("/petugas/tiket/baru/{code}", target.code()).session(agentSession).with(csrf());
        params.forEach(request::param);
        for (var f : files) {
            request.file(f);
        }
        return mvc.perform(request);
    }

    private static AccessCodeReceipt receiptOf(MvcResult result) {
        var receipt = (AccessCodeReceipt) result.getFlashMap().get("accessCodeReceipt");
        assertThat(receipt).as("the receipt carries the code once").isNotNull();
        return receipt;
    }

    private Map<String, Object> ticketRow(String number) {
        return jdbc.sql("SELECT id, requester_id, intake_channel, external_reference, logged_by FROM tickets WHERE number = :n")
                .param("n", number).query().singleRow();
    }

    private long[] counts() {
        return new long[] {rows("tickets"), rows("users"), rows("ticket_attachments"), rows("ticket_form_answers")};
    }

    private static String subject(MimeMessage message) {
        try {
            return message.getSubject();
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }
}
