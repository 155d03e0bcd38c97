package id.simlayan.ticket;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.forwardedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import id.simlayan.audit.AuditLog;
import id.simlayan.catalog.TicketKind;
import id.simlayan.identity.IdentityFixtures.TestAccount;
import id.simlayan.ticket.internal.Resolution;
import id.simlayan.ticket.internal.TicketAccessCodes;
import id.simlayan.ticket.web.AccessCodeReceipt;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * Tracking by access code: the code is shown once at submission, lets a visitor without an
 * account see the stages and staff replies (never personal data), wrong codes are refused alike,
 * audited and throttled, a new code replaces the old one, and the code never reaches a log.
 */
@ExtendWith(OutputCaptureExtension.class)
class AccessCodeIntegrationTests extends TicketTestSupport {

    private static final String WRONG = "Nomor tiket atau kode akses tidak cocok.";

    @Autowired
    AuditLog audit;
    @Autowired
    Resolution resolution;
    @Autowired
    TicketAccessCodes accessCodes;

    /** A ticket submitted through the form by a fresh requester, with the code its confirmation showed. */
    private record Submitted(UUID id, String number, String code, TestAccount requester, MockHttpSession session) {
    }

    private Submitted submitted(String subject) throws Exception {
        var service = aService(TicketKind.REQUEST);
        var requester = people.aRequester();
        var session = login(requester);
        var result = mvc.perform(multipart("/tiket/baru/{code}", service.code())
                        .param("subject", subject).param("description", "Uraian rahasia " + subject)
                        .param("categoryId", service.categories().getFirst().id().value().toString())
                        .session(session).with(csrf()))
                .andExpect(status().is3xxRedirection()).andReturn();
        var receipt = (AccessCodeReceipt) result.getFlashMap().get("accessCodeReceipt");
        assertThat(receipt).as("the confirmation carries the code once").isNotNull();
        UUID id = UUID.fromString(result.getResponse().getRedirectedUrl().substring("/lacak/".length()));
        return new Submitted(id, receipt.number(), receipt.code(), requester, session);
    }

    private static RequestPostProcessor from(String address) {
        return request -> {
            request.setRemoteAddr(address);
            return request;
        };
    }

    private static String anAddress() {
        var r = ThreadLocalRandom.current();
        return "10." + r.nextInt(256) + "." + r.nextInt(256) + "." + (1 + r.nextInt(254));
    }

    private ResultActions track(MockHttpSession session, String address, String number, String code) throws Exception {
        return mvc.perform(post("/lacak/kode").param("number", number).param("code", code).session(session).with(csrf()).with(from(address)));
    }

    @Test
    void theConfirmationShowsTheCodeOnceWithAPrintableReceipt() throws Exception {
        var service = aService(TicketKind.REQUEST);
        var session = login(people.aRequester());
        var result = mvc.perform(multipart("/tiket/baru/{code}", service.code())
                .param("subject", "Kode sekali").param("description", "Uraian")
                .param("categoryId", service.categories().getFirst().id().value().toString())
                .session(session).with(csrf())).andReturn();
        var receipt = (AccessCodeReceipt) result.getFlashMap().get("accessCodeReceipt");
        String page = result.getResponse().getRedirectedUrl();

        mvc.perform(get(page).session(session))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(receipt.code())))
                .andExpect(content().string(containsString("Cetak tanda terima")))
                .andExpect(content().string(containsString("http://localhost:8080/lacak")));
        assertThat(receipt.code()).matches("[0-9A-Z]{4}(-[0-9A-Z]{4}){3}");
        mvc.perform(get(page).session(session))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString(receipt.code()))));
        String hash = jdbc.sql("SELECT access_code_hash FROM tickets WHERE number = :n").param("n", receipt.number()).query(String.class).single();
        assertThat(hash).as("only the SHA-256 is stored").isEqualTo(AccessCode.parse(receipt.code()).orElseThrow().sha256Hex());
    }

    @Test
    void theCodeIsMailedToTheRequester() throws Exception {
        var t = submitted("Kode lewat e-mail");
        String body = jdbc.sql("SELECT body_text FROM outbound_emails WHERE recipient = :to AND subject LIKE :subject")
                .param("to", t.requester().email()).param("subject", "%Kode akses tiket " + t.number() + "%").query(String.class).single();
        assertThat(body).contains(t.code()).contains("/lacak");
    }

    @Test
    void aVisitorWithTheRightCodeSeesStagesAndStaffRepliesButNoPersonalData() throws Exception {
        var t = submitted("Perihal pribadi pemohon");
        var agent = people.anAgent();
        resolution.reply(agentUser(agent), new TicketId(t.id()), "Balasan publik petugas untuk pemohon.", true);
        resolution.reply(agentUser(agent), new TicketId(t.id()), "Catatan internal rahasia.", false);
        postAs(t.session(), "/lacak/" + t.id() + "/balas", "text", "Pesan pemohon dengan nomor HP 0812").andExpect(status().is3xxRedirection());

        var visitor = new MockHttpSession();
        mvc.perform(get("/lacak").session(visitor)).andExpect(forwardedUrl("/lacak/kode"));
        var form = http("GET", "/lacak");
        assertThat(form.statusCode()).as("a visitor gets the form, not the login page").isEqualTo(200);
        assertThat(form.body()).contains("Kode akses").contains("name=\"_csrf\"");
        String typed = t.code().toLowerCase().replace("-", " ");
        track(visitor, anAddress(), t.number().toLowerCase(), typed)
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/lacak/kode/tiket/" + t.number()));
        mvc.perform(get("/lacak/kode/tiket/" + t.number()).session(visitor))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(t.number())))
                .andExpect(content().string(containsString("Diterima")))
                .andExpect(content().string(containsString("Balasan publik petugas untuk pemohon.")))
                .andExpect(content().string(not(containsString("Catatan internal rahasia."))))
                .andExpect(content().string(not(containsString("0812"))))
                .andExpect(content().string(not(containsString("Perihal pribadi pemohon"))))
                .andExpect(content().string(not(containsString("Uraian rahasia"))))
                .andExpect(content().string(not(containsString(t.requester().fullName()))))
                .andExpect(content().string(not(containsString(t.requester().email()))))
                .andExpect(content().string(not(containsString(agent.fullName()))));
        // with dashes, upper case, O for 0: the same code
        track(new MockHttpSession(), anAddress(), " " + t.number() + " ", t.code().replace('0', 'O'))
                .andExpect(redirectedUrl("/lacak/kode/tiket/" + t.number()));
        assertThat(audit.entriesFor("TICKET", t.id().toString(), 10))
                .anyMatch(e -> e.action().equals("TICKET_TRACK_BY_CODE") && e.outcome() == AuditLog.Outcome.ALLOWED && e.actorId() == null);
    }

    @Test
    void aWrongCodeOrNumberIsRefusedAlikeWith400AndAudited() throws Exception {
        var t = submitted("Kode salah");
        String address = anAddress();
        var visitor = new MockHttpSession();
        track(visitor, address, t.number(), AccessCode.random(new SecureRandom()).grouped())
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString(WRONG)))
                .andExpect(content().string(not(containsString("Kode salah"))));
        track(visitor, address, "ADU-1999-" + UUID.randomUUID().toString().substring(0, 6), t.code())
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString(WRONG)))
                .andExpect(content().string(not(containsString(t.code()))));
        // a guessed code lets the session in nowhere
        mvc.perform(get("/lacak/kode/tiket/" + t.number()).session(visitor)).andExpect(redirectedUrl("/lacak/kode"));

        var entries = audit.entriesFor("TICKET_NUMBER", t.number(), 5);
        assertThat(entries).singleElement().satisfies(e -> {
            assertThat(e.outcome()).isEqualTo(AuditLog.Outcome.DENIED);
            assertThat(e.action()).isEqualTo("TICKET_TRACK_BY_CODE");
            assertThat(e.detail()).doesNotContain(t.code());
        });
        assertThat(jdbc.sql("SELECT remote_addr FROM audit_log WHERE target_type = 'TICKET_NUMBER' AND target_id = :n")
                .param("n", t.number()).query(String.class).single()).isEqualTo(address);
    }

    @Test
    void anEmptyFieldIsAFormErrorNotAnAttempt() throws Exception {
        String address = anAddress();
        track(new MockHttpSession(), address, "", "")
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("Wajib diisi.")));
        assertThat(jdbc.sql("SELECT count(*) FROM ticket_access_code_failures WHERE address = :a").param("a", address).query(Long.class).single())
                .isZero();
    }

    @Test
    void fiveWrongCodesFromOneAddressBlockItEvenWithTheRightCodeUntilTheWindowPasses() throws Exception {
        var t = submitted("Throttle alamat");
        String address = anAddress();
        for (int i = 0; i < 5; i++) {
            track(new MockHttpSession(), address, t.number(), AccessCode.random(new SecureRandom()).value()).andExpect(status().isBadRequest());
        }
        track(new MockHttpSession(), address, t.number(), t.code())
                .andExpect(status().isTooManyRequests())
                .andExpect(content().string(containsString("Terlalu banyak percobaan")))
                .andExpect(content().string(not(containsString("Throttle alamat"))));
        // another address is not blocked by this one
        track(new MockHttpSession(), anAddress(), t.number(), t.code()).andExpect(status().is3xxRedirection());
        assertThat(audit.entriesFor("TICKET_NUMBER", t.number(), 10)).anyMatch(e -> e.detail().startsWith("throttled"));

        clock.advance(Duration.ofMinutes(16));
        track(new MockHttpSession(), address, t.number(), t.code()).andExpect(status().is3xxRedirection());
    }

    @Test
    void tenWrongCodesOnOneNumberBlockItFromEveryAddress() throws Exception {
        var t = submitted("Throttle nomor");
        for (int i = 0; i < 10; i++) {
            track(new MockHttpSession(), anAddress(), t.number(), AccessCode.random(new SecureRandom()).value()).andExpect(status().isBadRequest());
        }
        track(new MockHttpSession(), anAddress(), t.number(), t.code()).andExpect(status().isTooManyRequests());
    }

    @Test
    void aNewCodeFromTheStaffPageReplacesTheOldOneAndEndsItsSessions() throws Exception {
        var t = submitted("Kode baru");
        var visitor = new MockHttpSession();
        track(visitor, anAddress(), t.number(), t.code()).andExpect(status().is3xxRedirection());
        mvc.perform(get("/lacak/kode/tiket/" + t.number()).session(visitor)).andExpect(status().isOk());

        var agent = login(people.anAgent());
        mvc.perform(get("/petugas/tiket/" + t.id()).session(agent)).andExpect(content().string(containsString("/kode-akses")));
        mvc.perform(get("/petugas/tiket/" + t.id() + "/kode-akses").session(agent))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("tidak berlaku lagi")));
        var result = postAs(agent, "/petugas/tiket/" + t.id() + "/kode-akses")
                .andExpect(redirectedUrl("/petugas/tiket/" + t.id())).andReturn();
        var receipt = (AccessCodeReceipt) result.getFlashMap().get("accessCodeReceipt");
        assertThat(receipt.code()).isNotEqualTo(t.code());
        mvc.perform(get("/petugas/tiket/" + t.id()).session(agent).flashAttrs(Map.of("accessCodeReceipt", receipt)))
                .andExpect(content().string(containsString(receipt.code())));

        mvc.perform(get("/lacak/kode/tiket/" + t.number()).session(visitor)).andExpect(redirectedUrl("/lacak/kode"));
        track(new MockHttpSession(), anAddress(), t.number(), t.code()).andExpect(status().isBadRequest());
        track(new MockHttpSession(), anAddress(), t.number(), receipt.code()).andExpect(status().is3xxRedirection());
        assertThat(audit.entriesFor("TICKET", t.id().toString(), 20))
                .filteredOn(e -> e.action().equals("TICKET_ACCESS_CODE_ISSUE"))
                .singleElement()
                .satisfies(e -> assertThat(e.detail()).doesNotContain(receipt.code()).doesNotContain(receipt.code().replace("-", "")));
    }

    @Test
    void onlyStaffWhoWorkTheTicketIssueANewCode() throws Exception {
        var t = submitted("Bukan petugasnya");
        postAs(t.session(), "/petugas/tiket/" + t.id() + "/kode-akses").andExpect(status().isForbidden());
        var otherUnitAdmin = login(people.aUnitAdmin(people.aUnit()));
        postAs(otherUnitAdmin, "/petugas/tiket/" + t.id() + "/kode-akses").andExpect(status().isNotFound());
        track(new MockHttpSession(), anAddress(), t.number(), t.code()).andExpect(status().is3xxRedirection());
    }

    @Test
    void aTicketWithoutACodeCannotBeTrackedByCode() throws Exception {
        var t = submitted("Tiket lama");
        // the state of a ticket filed before V315: no application path removes a code
        jdbc.sql("UPDATE tickets SET access_code_hash = NULL WHERE id = :id").param("id", t.id()).update();
        track(new MockHttpSession(), anAddress(), t.number(), t.code()).andExpect(status().isBadRequest());
        track(new MockHttpSession(), anAddress(), t.number(), "0000-0000-0000-0000").andExpect(status().isBadRequest());
    }

    @Test
    void theRequesterPagesOfTheTicketStillNeedALogin() throws Exception {
        var t = submitted("Halaman pemohon");
        var visitor = new MockHttpSession();
        track(visitor, anAddress(), t.number(), t.code()).andExpect(status().is3xxRedirection());
        mvc.perform(get("/lacak/" + t.id()).session(visitor)).andExpect(redirectedUrl("/masuk"));
        mvc.perform(get("/lacak/" + t.id() + "/live").session(visitor).header("Accept", "text/event-stream"))
                .andExpect(status().isUnauthorized());
        postAs(visitor, "/lacak/" + t.id() + "/balas", "text", "Balasan tanpa login").andExpect(redirectedUrl("/masuk"));
        // signed in, /lacak stays the own list
        mvc.perform(get("/lacak").session(t.session())).andExpect(content().string(containsString(t.number())));
    }

    @Test
    void theCodeNeverReachesTheLog(CapturedOutput output) throws Exception {
        var t = submitted("Kode di log");
        String address = anAddress();
        track(new MockHttpSession(), address, t.number(), t.code()).andExpect(status().is3xxRedirection());
        String wrong = AccessCode.random(new SecureRandom()).grouped();
        track(new MockHttpSession(), address, t.number(), wrong).andExpect(status().isBadRequest());

        assertThat(output.getAll()).as("the refusal was logged (by the audit log)").contains(t.number());
        for (String code : new String[] {t.code(), wrong}) {
            assertThat(output.getAll()).doesNotContain(code).doesNotContain(code.replace("-", "")).doesNotContain(code.toLowerCase());
        }
    }
}
