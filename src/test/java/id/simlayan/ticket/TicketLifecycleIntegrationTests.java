package id.simlayan.ticket;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import id.simlayan.catalog.TicketKind;
import id.simlayan.identity.IdentityFixtures.TestAccount;
import id.simlayan.identity.Role;
import id.simlayan.ticket.internal.AutoClose;
import id.simlayan.ticket.internal.Resolution;
import id.simlayan.ticket.internal.TicketIntake;
import id.simlayan.ticket.internal.Verification;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

/** The ticket's journey through the real pages, on embedded PostgreSQL. */
@RecordApplicationEvents
class TicketLifecycleIntegrationTests extends TicketTestSupport {

    @Autowired
    ApplicationEvents events;
    @Autowired
    Verification verification;
    @Autowired
    Resolution resolution;
    @Autowired
    AutoClose autoClose;
    @Autowired
    TicketIntake intake;
    @Autowired
    org.springframework.context.ApplicationContext context;

    @Test
    void ticketTravelsFromSubmissionThroughAReturnedDispositionToConfirmedClosure() throws Exception {
        var service = aService(TicketKind.REQUEST);
        var requester = people.aRequester();
        var agent = people.anAgent();
        var unitX = people.aUnit();
        var unitY = people.aUnit();
        var adminX = people.aUnitAdmin(unitX);
        var adminY = people.aUnitAdmin(unitY);
        var technician = people.aTechnician(unitY);
        MockHttpSession requesterSession = login(requester);
        MockHttpSession agentSession = login(agent);
        MockHttpSession adminXSession = login(adminX);
        MockHttpSession adminYSession = login(adminY);
        MockHttpSession technicianSession = login(technician);

        UUID id = submit(requesterSession, service, "Akun SIMPEG terkunci");
        assertThat(statusOf(id)).isEqualTo("DITERIMA");
        String base = "/petugas/tiket/" + id;

        // filtered by the test's own service: the shared test database holds more open tickets than one queue page
        mvc.perform(get("/petugas/antrean").param("service", service.id().value().toString()).session(agentSession)).andExpect(status().isOk())
                .andExpect(content().string(containsString(number(id))));

        postAs(agentSession, base + "/verifikasi", "version", version(id)).andExpect(status().is3xxRedirection());
        assertThat(statusOf(id)).isEqualTo("VERIFIKASI");
        postAs(agentSession, base + "/terima", "version", version(id)).andExpect(status().is3xxRedirection());
        assertThat(statusOf(id)).isEqualTo("DIPROSES");

        postAs(agentSession, base + "/disposisi", "version", version(id), "unitId", unitX.value().toString(),
                "instruction", "Mohon dibuka kembali aksesnya.").andExpect(status().is3xxRedirection());
        mvc.perform(get("/petugas/unit").session(adminXSession)).andExpect(content().string(containsString(number(id))));

        // return without a reason: refused next to the field, nothing changes
        long entries = timelineSize(id);
        postAs(adminXSession, base + "/disposisi/kembalikan", "version", version(id), "text", " ")
                .andExpect(status().isBadRequest()).andExpect(content().string(containsString("Wajib diisi.")));
        assertThat(timelineSize(id)).isEqualTo(entries);

        postAs(adminXSession, base + "/disposisi/kembalikan", "version", version(id), "text", "Bukan kewenangan unit kami.")
                .andExpect(status().is3xxRedirection());
        assertThat(holderKind(id)).isEqualTo("FRONT_DESK");
        assertThat(events.stream(DispositionReturned.class).filter(e -> e.ticketId().value().equals(id)))
                .singleElement().satisfies(e -> assertThat(e.reason()).isEqualTo("Bukan kewenangan unit kami."));

        // the agent disposes elsewhere; the other unit accepts and assigns its technician
        postAs(agentSession, base + "/disposisi", "version", version(id), "unitId", unitY.value().toString(),
                "instruction", "Mohon ditindaklanjuti.").andExpect(status().is3xxRedirection());
        postAs(adminYSession, base + "/disposisi/terima", "version", version(id)).andExpect(status().is3xxRedirection());
        postAs(adminYSession, base + "/tugaskan", "version", version(id), "technicianId", technician.userId().value().toString())
                .andExpect(status().is3xxRedirection());
        assertThat(holderKind(id)).isEqualTo("TECHNICIAN");
        mvc.perform(get("/petugas/tugas").session(technicianSession)).andExpect(content().string(containsString(number(id))));

        postAs(technicianSession, base + "/catatan", "text", "Catatan rahasia: reset via konsol admin.").andExpect(status().is3xxRedirection());
        postAs(technicianSession, base + "/selesaikan", "version", version(id), "text", "Akun sudah dibuka, silakan masuk kembali.")
                .andExpect(status().is3xxRedirection());
        assertThat(statusOf(id)).isEqualTo("SELESAI");

        // the staff page shows everything, the requester's page only public entries
        mvc.perform(get(base).session(agentSession)).andExpect(status().isOk())
                .andExpect(content().string(containsString("Catatan rahasia")))
                .andExpect(content().string(containsString("Bukan kewenangan unit kami.")));
        mvc.perform(get("/lacak/" + id).session(requesterSession)).andExpect(status().isOk())
                .andExpect(content().string(containsString("Akun sudah dibuka, silakan masuk kembali.")))
                .andExpect(content().string(not(containsString("Catatan rahasia"))))
                .andExpect(content().string(not(containsString("Bukan kewenangan unit kami."))))
                .andExpect(content().string(not(containsString("Mohon ditindaklanjuti."))));

        postAs(requesterSession, "/lacak/" + id + "/konfirmasi", "version", version(id)).andExpect(status().is3xxRedirection());
        assertThat(statusOf(id)).isEqualTo("DITUTUP");

        assertThat(events.stream(TicketStatusChanged.class).filter(e -> e.ticketId().value().equals(id)).map(TicketStatusChanged::to))
                .containsExactly(TicketStatus.VERIFIKASI, TicketStatus.DIPROSES, TicketStatus.SELESAI, TicketStatus.DITUTUP);
        assertThat(events.stream(TicketDisposed.class).filter(e -> e.ticketId().value().equals(id))).hasSize(2);
        assertThat(events.stream(TicketAssigned.class).filter(e -> e.ticketId().value().equals(id))).hasSize(1);
        assertThat(events.stream(TicketSubmitted.class).filter(e -> e.ticketId().value().equals(id))).hasSize(1);
    }

    @Test
    void askingTheRequesterWaitsForTheAnswerWithFilesThenReturnsToVerification() throws Exception {
        var service = aService(TicketKind.REQUEST);
        var requester = people.aRequester();
        var requesterSession = login(requester);
        var agentSession = login(people.anAgent());
        UUID id = submit(requesterSession, service, "Permohonan akun email dinas");

        postAs(agentSession, "/petugas/tiket/" + id + "/minta-kelengkapan", "version", version(id), "text", "Mohon lampirkan SK jabatan.")
                .andExpect(status().is3xxRedirection());
        assertThat(statusOf(id)).isEqualTo("MENUNGGU_PEMOHON");
        mvc.perform(get("/lacak/" + id).session(requesterSession))
                .andExpect(content().string(containsString("Mohon lampirkan SK jabatan.")))
                .andExpect(content().string(containsString("/lacak/" + id + "/jawab")));

        // a refused file keeps the ticket waiting and says why next to the file field
        mvc.perform(multipart("/lacak/" + id + "/jawab").file(new MockMultipartFile("files", "sk.pdf", "application/pdf", new byte[] {'M', 'Z', 0, 0}))
                        .param("version", version(id)).param("text", "SK terlampir.").session(requesterSession).with(csrf()))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("sk.pdf")));
        assertThat(statusOf(id)).isEqualTo("MENUNGGU_PEMOHON");

        mvc.perform(multipart("/lacak/" + id + "/jawab").file(png("sk-jabatan.png"))
                        .param("version", version(id)).param("text", "SK sudah saya lampirkan.").session(requesterSession).with(csrf()))
                .andExpect(status().is3xxRedirection());
        assertThat(statusOf(id)).isEqualTo("VERIFIKASI");
        mvc.perform(get("/petugas/tiket/" + id).session(agentSession))
                .andExpect(content().string(containsString("sk-jabatan.png")));
        assertThat(events.stream(TicketStatusChanged.class).filter(e -> e.ticketId().value().equals(id)))
                .extracting(TicketStatusChanged::publicNote)
                .containsExactly("Mohon lampirkan SK jabatan.", "SK sudah saya lampirkan.");
    }

    @Test
    void whileWaitingTheRequesterSeesOneAnswerBoxWithTheQuestionAndAHint() throws Exception {
        var requesterSession = login(people.aRequester());
        var agentSession = login(people.anAgent());
        UUID id = submit(requesterSession, aService(TicketKind.REQUEST), "Satu kotak jawaban");
        postAs(agentSession, "/petugas/tiket/" + id + "/minta-kelengkapan", "version", version(id), "text", "Nomor NIP Anda berapa?")
                .andExpect(status().is3xxRedirection());

        mvc.perform(get("/lacak/" + id).session(requesterSession))
                .andExpect(content().string(containsString("Pertanyaan petugas")))
                .andExpect(content().string(containsString("Nomor NIP Anda berapa?")))
                .andExpect(content().string(containsString("Petugas menunggu jawaban ini.")))
                .andExpect(content().string(containsString("/lacak/" + id + "/jawab")))
                .andExpect(content().string(not(containsString("/lacak/" + id + "/balas"))))
                .andExpect(content().string(not(containsString("Jawaban untuk petugas"))));

        // a reply posted anyway (an old tab) is the answer: the ticket resumes
        postAs(requesterSession, "/lacak/" + id + "/balas", "text", "NIP 19800101").andExpect(status().is3xxRedirection());
        assertThat(statusOf(id)).isEqualTo("VERIFIKASI");
        mvc.perform(get("/lacak/" + id).session(requesterSession))
                .andExpect(content().string(containsString("/lacak/" + id + "/balas")))
                .andExpect(content().string(not(containsString("/lacak/" + id + "/jawab"))));
    }

    @Test
    void rejectionNeedsAReasonWhichTheRequesterReads() throws Exception {
        var service = aService(TicketKind.REQUEST);
        var requesterSession = login(people.aRequester());
        var agentSession = login(people.anAgent());
        UUID id = submit(requesterSession, service, "Permohonan di luar kewenangan");

        postAs(agentSession, "/petugas/tiket/" + id + "/tolak", "version", version(id), "text", "")
                .andExpect(status().isBadRequest()).andExpect(content().string(containsString("Wajib diisi.")));
        assertThat(statusOf(id)).isEqualTo("DITERIMA");

        postAs(agentSession, "/petugas/tiket/" + id + "/tolak", "version", version(id), "text", "Bukan kewenangan Diskominfo.")
                .andExpect(status().is3xxRedirection());
        assertThat(statusOf(id)).isEqualTo("DITOLAK");
        mvc.perform(get("/lacak/" + id).session(requesterSession)).andExpect(content().string(containsString("Bukan kewenangan Diskominfo.")));
    }

    @Test
    void anIllegalStepIsRefusedWithAMessageAndChangesNothing() throws Exception {
        var service = aService(TicketKind.REQUEST);
        var requesterSession = login(people.aRequester());
        var agentSession = login(people.anAgent());
        UUID id = submit(requesterSession, service, "Konfirmasi terlalu dini");
        postAs(agentSession, "/petugas/tiket/" + id + "/terima", "version", version(id)).andExpect(status().is3xxRedirection());
        long entries = timelineSize(id);

        postAs(requesterSession, "/lacak/" + id + "/konfirmasi", "version", version(id))
                .andExpect(refusedOnTrackingPage(id, "tidak dapat dilakukan pada tiket berstatus Diproses"));
        assertThat(statusOf(id)).isEqualTo("DIPROSES");
        assertThat(timelineSize(id)).isEqualTo(entries);
    }

    @Test
    void aStaleFormIsRefusedWithAReloadMessage() throws Exception {
        var service = aService(TicketKind.REQUEST);
        var requesterSession = login(people.aRequester());
        var agentSession = login(people.anAgent());
        UUID id = submit(requesterSession, service, "Dua petugas sekaligus");
        String shownVersion = version(id);
        postAs(agentSession, "/petugas/tiket/" + id + "/verifikasi", "version", shownVersion).andExpect(status().is3xxRedirection());

        postAs(agentSession, "/petugas/tiket/" + id + "/tolak", "version", shownVersion, "text", "Ditolak dari form lama.")
                .andExpect(refusedOnStaffPage(id, "diubah oleh orang lain"));
        assertThat(statusOf(id)).isEqualTo("VERIFIKASI");
    }

    @Test
    void aForgedStatusFieldInAStepHasNoEffect() throws Exception {
        var service = aService(TicketKind.REQUEST);
        var requesterSession = login(people.aRequester());
        var agentSession = login(people.anAgent());
        UUID id = submit(requesterSession, service, "Field palsu");

        postAs(agentSession, "/petugas/tiket/" + id + "/terima", "version", version(id), "status", "DITUTUP", "requesterId",
                UUID.randomUUID().toString()).andExpect(status().is3xxRedirection());
        assertThat(statusOf(id)).isEqualTo("DIPROSES");
    }

    /** Monday 2 February 2026, 10:00 WIB: no holiday in the two weeks after (instance calendar, seed 001 hours). */
    static final Instant MONDAY_10_WIB = Instant.parse("2026-02-02T03:00:00Z");
    /** Close of the 5th working day after Monday 2 Feb: Monday 9 Feb 2026, 15:45 WIB. */
    static final Instant WINDOW_END_FROM_MONDAY = Instant.parse("2026-02-09T08:45:00Z");

    @Test
    void theRequesterMayReopenWithinTheWindowAndTheTicketReturnsToItsHolder() throws Exception {
        var requester = people.aRequester();
        var requesterSession = login(requester);
        clock.setTo(MONDAY_10_WIB);
        UUID id = resolvedTicket(requesterSession);

        clock.setTo(WINDOW_END_FROM_MONDAY.minusSeconds(60));
        mvc.perform(get("/lacak/" + id).session(requesterSession))
                .andExpect(content().string(containsString("9 Feb 2026, 15:45")));
        postAs(requesterSession, "/lacak/" + id + "/buka-kembali", "version", version(id), "text", " ")
                .andExpect(status().isBadRequest());
        assertThat(statusOf(id)).isEqualTo("SELESAI");
        postAs(requesterSession, "/lacak/" + id + "/buka-kembali", "version", version(id), "text", "Masih belum bisa masuk.")
                .andExpect(status().is3xxRedirection());
        assertThat(statusOf(id)).isEqualTo("DIPROSES");
        assertThat(holderKind(id)).isEqualTo("FRONT_DESK");
    }

    @Test
    void aReopenedTicketGoesBackToTheTechnicianWhoResolvedIt() throws Exception {
        var tickets = new TicketFixtures(context);
        var ticket = tickets.aReceived(TicketKind.INCIDENT).accepted().disposedTo(people.aUnit()).acceptedByUnit().assigned().resolved();
        assertThat(ticket.status()).isEqualTo("SELESAI");

        postAs(login(ticket.requester()), "/lacak/" + ticket.uuid() + "/buka-kembali", "version", version(ticket.uuid()),
                "text", "Jaringan putus lagi.").andExpect(status().is3xxRedirection());
        assertThat(ticket.status()).isEqualTo("DIPROSES");
        assertThat(holderKind(ticket.uuid())).isEqualTo("TECHNICIAN");
        mvc.perform(get("/petugas/tugas").session(login(ticket.technician())))
                .andExpect(content().string(containsString(ticket.number())));
    }

    @Test
    void aReopenedTicketIsMarkedInTheTechniciansAndTheUnitsListsUntilStaffAct() throws Exception {
        var tickets = new TicketFixtures(context);
        var ticket = tickets.aReceived(TicketKind.INCIDENT).accepted().disposedTo(people.aUnit()).acceptedByUnit().assigned().resolved();
        var technician = login(ticket.technician());
        postAs(login(ticket.requester()), "/lacak/" + ticket.uuid() + "/buka-kembali", "version", version(ticket.uuid()),
                "text", "Jaringan putus lagi.").andExpect(status().is3xxRedirection());

        mvc.perform(get("/petugas/tugas").session(technician)).andExpect(content().string(containsString("Dibuka kembali")));
        mvc.perform(get("/petugas/unit").session(login(ticket.unitAdmin()))).andExpect(content().string(containsString("Dibuka kembali")));

        postAs(technician, "/petugas/tiket/" + ticket.uuid() + "/catatan", "text", "Saya cek ulang sore ini.")
                .andExpect(status().is3xxRedirection());
        mvc.perform(get("/petugas/tugas").session(technician))
                .andExpect(content().string(containsString(ticket.number())))
                .andExpect(content().string(not(containsString("Dibuka kembali"))));
    }

    @Test
    void anAnsweredTicketIsMarkedInTheQueueUntilAnAgentActs() throws Exception {
        var service = aService(TicketKind.REQUEST);
        var requesterSession = login(people.aRequester());
        var agentSession = login(people.anAgent());
        UUID id = submit(requesterSession, service, "Jawaban untuk antrean");
        String queue = "/petugas/antrean?service=" + service.id().value();
        postAs(agentSession, "/petugas/tiket/" + id + "/minta-kelengkapan", "version", version(id), "text", "Nomor aset?")
                .andExpect(status().is3xxRedirection());
        mvc.perform(get(queue).session(agentSession)).andExpect(content().string(not(containsString("Dibalas pemohon"))));

        postAs(requesterSession, "/lacak/" + id + "/jawab", "version", version(id), "text", "ASET-0042").andExpect(status().is3xxRedirection());
        mvc.perform(get(queue).session(agentSession))
                .andExpect(content().string(containsString(number(id))))
                .andExpect(content().string(containsString("Dibalas pemohon")));
        assertThat(events.stream(RequesterResponded.class).filter(e -> e.ticketId().value().equals(id)))
                .singleElement().satisfies(e -> {
                    assertThat(e.response()).isEqualTo(RequesterResponse.ANSWERED);
                    assertThat(e.note()).isEqualTo("ASET-0042");
                });

        postAs(agentSession, "/petugas/tiket/" + id + "/terima", "version", version(id)).andExpect(status().is3xxRedirection());
        mvc.perform(get(queue).session(agentSession))
                .andExpect(content().string(containsString(number(id))))
                .andExpect(content().string(not(containsString("Dibalas pemohon"))));
    }

    @Test
    void theQueuesAllOpenFilterLeavesOutResolvedTicketsWhichTheirOwnFilterShows() throws Exception {
        var tickets = new TicketFixtures(context);
        var resolved = tickets.aReceived(TicketKind.REQUEST).accepted().resolved();
        var agentSession = login(resolved.agent());
        String queue = "/petugas/antrean?service=" + resolved.service().id().value();

        mvc.perform(get(queue).session(agentSession)).andExpect(content().string(not(containsString(resolved.number()))));
        mvc.perform(get(queue + "&status=SELESAI").session(agentSession)).andExpect(content().string(containsString(resolved.number())));

        postAs(login(resolved.requester()), "/lacak/" + resolved.uuid() + "/buka-kembali", "version", version(resolved.uuid()),
                "text", "Belum beres.").andExpect(status().is3xxRedirection());
        mvc.perform(get(queue).session(agentSession)).andExpect(content().string(containsString(resolved.number())));
    }

    @Test
    void reopeningAfterTheWindowIsRefused() throws Exception {
        var requesterSession = login(people.aRequester());
        clock.setTo(MONDAY_10_WIB);
        UUID id = resolvedTicket(requesterSession);

        clock.setTo(WINDOW_END_FROM_MONDAY);
        postAs(requesterSession, "/lacak/" + id + "/buka-kembali", "version", version(id), "text", "Terlambat.")
                .andExpect(refusedOnTrackingPage(id, "Batas waktu untuk membuka kembali tiket sudah lewat."));
        assertThat(statusOf(id)).isEqualTo("SELESAI");
    }

    @Test
    void resolvedTicketsCloseAutomaticallyAtTheCloseOfTheFifthWorkingDay() throws Exception {
        var requesterSession = login(people.aRequester());
        clock.setTo(MONDAY_10_WIB);
        UUID id = resolvedTicket(requesterSession);

        // five calendar days later (Saturday) the window is still open: only working days count
        clock.setTo(MONDAY_10_WIB.plus(Duration.ofDays(5)).plusSeconds(60));
        autoClose.closeExpired();
        assertThat(statusOf(id)).isEqualTo("SELESAI");
        clock.setTo(WINDOW_END_FROM_MONDAY.minusSeconds(1));
        autoClose.closeExpired();
        assertThat(statusOf(id)).isEqualTo("SELESAI");

        clock.setTo(WINDOW_END_FROM_MONDAY);
        autoClose.closeExpired();
        assertThat(statusOf(id)).isEqualTo("DITUTUP");
        var last = jdbc.sql("SELECT type, actor_id FROM ticket_events WHERE ticket_id = :id ORDER BY seq DESC LIMIT 1")
                .param("id", id).query((rs, n) -> rs.getString("type") + "/" + rs.getObject("actor_id")).single();
        assertThat(last).isEqualTo("AUTO_CLOSED/null");
    }

    @Test
    void aWindowThatSpansAWeekendEndsFiveWorkingDaysLater() throws Exception {
        var requesterSession = login(people.aRequester());
        // Friday 6 Feb 2026, 10:00 WIB: Mon 9 .. Fri 13 are the five working days; Friday closes at 11:00 WIB
        clock.setTo(Instant.parse("2026-02-06T03:00:00Z"));
        UUID id = resolvedTicket(requesterSession);
        Instant end = Instant.parse("2026-02-13T04:00:00Z");

        // in calendar time (P5D) it would have ended on Wednesday 11 Feb
        clock.setTo(Instant.parse("2026-02-12T03:00:00Z"));
        autoClose.closeExpired();
        assertThat(statusOf(id)).isEqualTo("SELESAI");
        mvc.perform(get("/lacak/" + id).session(requesterSession))
                .andExpect(content().string(containsString("13 Feb 2026, 11:00")))
                .andExpect(content().string(containsString("name=\"text\"")));

        clock.setTo(end);
        autoClose.closeExpired();
        assertThat(statusOf(id)).isEqualTo("DITUTUP");
    }

    @Test
    void numbersCarryThePrefixAndJakartaYearAndStayUniqueUnderConcurrentSubmissions() throws Exception {
        var service = aService(TicketKind.COMPLAINT);
        var requester = people.aRequester();
        var user = currentUser(requester, Set.of());
        var pool = Executors.newFixedThreadPool(4);
        List<Future<TicketIntake.Submitted>> results = new ArrayList<>();
        try {
            for (int i = 0; i < 8; i++) {
                int n = i;
                Callable<TicketIntake.Submitted> task = () -> intake.submit(user, new TicketIntake.Submission(service.code(),
                        service.categories().getFirst().id().value(), "Aduan " + n, "Uraian " + n,
                        List.of(new id.simlayan.storage.FileUpload("bukti.png", png("bukti.png").getSize(),
                                () -> png("bukti.png").getInputStream()))));
                results.add(pool.submit(task));
            }
            Set<String> numbers = new HashSet<>();
            for (var r : results) {
                numbers.add(r.get().number());
            }
            int year = clock.instant().atZone(ZoneId.of("Asia/Jakarta")).getYear();
            assertThat(numbers).hasSize(8).allMatch(n -> n.matches("ADU-" + year + "-\\d{6}"));
        } finally {
            pool.shutdown();
        }
    }

    private UUID resolvedTicket(MockHttpSession requesterSession) throws Exception {
        var service = aService(TicketKind.REQUEST);
        UUID id = submit(requesterSession, service, "Printer bidang rusak");
        var agent = agentUser(people.anAgent());
        verification.accept(agent, new TicketId(id), Long.parseLong(version(id)));
        resolution.resolve(agent, new TicketId(id), Long.parseLong(version(id)), "Printer sudah diganti tonernya.");
        assertThat(statusOf(id)).isEqualTo("SELESAI");
        return id;
    }

    private String holderKind(UUID id) {
        return jdbc.sql("SELECT holder_kind FROM tickets WHERE id = :id").param("id", id).query(String.class).single();
    }

}
