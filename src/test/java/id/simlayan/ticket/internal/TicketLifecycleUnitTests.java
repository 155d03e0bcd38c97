package id.simlayan.ticket.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.simlayan.catalog.CategoryId;
import id.simlayan.catalog.ServiceOfferingId;
import id.simlayan.catalog.TicketKind;
import id.simlayan.identity.UnitId;
import id.simlayan.identity.UserId;
import id.simlayan.ticket.DispositionAccepted;
import id.simlayan.ticket.DispositionReturned;
import id.simlayan.ticket.TicketAssigned;
import id.simlayan.ticket.TicketDisposed;
import id.simlayan.ticket.TicketId;
import id.simlayan.ticket.TicketPriority;
import id.simlayan.ticket.TicketPriorityChanged;
import id.simlayan.ticket.TicketReplyPosted;
import id.simlayan.ticket.TicketStatus;
import id.simlayan.ticket.RequesterResponded;
import id.simlayan.ticket.RequesterResponse;
import id.simlayan.ticket.TicketStatusChanged;
import id.simlayan.ticket.TicketSubmitted;
import id.simlayan.ticket.internal.TimelineEntry.Type;
import id.simlayan.ticket.internal.TimelineEntry.Visibility;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.BiConsumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The ticket's state machine without Spring: every status × step, allowed or refused. */
class TicketLifecycleUnitTests {

    static final Instant T0 = Instant.parse("2026-03-02T02:00:00Z");
    static final Duration WINDOW_LENGTH = Duration.ofDays(5);
    static final ConfirmationWindow WINDOW = ConfirmationWindow.of(WINDOW_LENGTH);
    static final UserId REQUESTER = new UserId(UUID.randomUUID());
    static final UserId AGENT = new UserId(UUID.randomUUID());
    static final UserId UNIT_ADMIN = new UserId(UUID.randomUUID());
    static final UserId TECHNICIAN = new UserId(UUID.randomUUID());
    static final UnitId UNIT = new UnitId(UUID.randomUUID());
    static final UnitId OTHER_UNIT = new UnitId(UUID.randomUUID());

    /** Every step of the aggregate, taken at a moment that suits it (inside or after the window where that matters). */
    enum Step {
        START_VERIFICATION((t, now) -> t.startVerification(AGENT, now)),
        ACCEPT((t, now) -> t.accept(AGENT, now)),
        REQUEST_INFORMATION((t, now) -> t.requestInformation(AGENT, "Mohon lampirkan surat pengantar.", now)),
        PROVIDE_INFORMATION((t, now) -> t.provideInformation(REQUESTER, "Sudah saya lampirkan.", now)),
        REJECT((t, now) -> t.reject(AGENT, "Di luar kewenangan.", now)),
        DISPOSE((t, now) -> t.dispose(AGENT, UNIT, "Mohon ditindaklanjuti.", now)),
        ACCEPT_DISPOSITION((t, now) -> t.acceptDisposition(UNIT_ADMIN, now)),
        RETURN_DISPOSITION((t, now) -> t.returnDisposition(UNIT_ADMIN, "Bukan kewenangan kami.", now)),
        ASSIGN((t, now) -> t.assign(UNIT_ADMIN, TECHNICIAN, now)),
        REPLY((t, now) -> t.reply(AGENT, "Terima kasih, sedang kami cek.", Visibility.PUBLIC, now)),
        RESOLVE((t, now) -> t.resolve(AGENT, "Akun sudah dibuka kembali.", now)),
        CONFIRM((t, now) -> t.confirm(REQUESTER, now)),
        REOPEN((t, now) -> t.reopen(REQUESTER, "Masih belum bisa masuk.", WINDOW, now)),
        AUTO_CLOSE((t, now) -> t.autoClose(WINDOW, now.plus(WINDOW_LENGTH).plusSeconds(1)));

        final BiConsumer<Ticket, Instant> action;

        Step(BiConsumer<Ticket, Instant> action) {
            this.action = action;
        }
    }

    /** What each step does from each status where it is allowed: the status it leads to. */
    static final Map<TicketStatus, Map<Step, TicketStatus>> ALLOWED = Map.of(
            TicketStatus.DITERIMA, Map.of(Step.START_VERIFICATION, TicketStatus.VERIFIKASI, Step.ACCEPT, TicketStatus.DIPROSES,
                    Step.REQUEST_INFORMATION, TicketStatus.MENUNGGU_PEMOHON, Step.REJECT, TicketStatus.DITOLAK,
                    Step.REPLY, TicketStatus.DITERIMA),
            TicketStatus.VERIFIKASI, Map.of(Step.ACCEPT, TicketStatus.DIPROSES, Step.REQUEST_INFORMATION, TicketStatus.MENUNGGU_PEMOHON,
                    Step.REJECT, TicketStatus.DITOLAK, Step.REPLY, TicketStatus.VERIFIKASI),
            TicketStatus.MENUNGGU_PEMOHON, Map.of(Step.PROVIDE_INFORMATION, TicketStatus.VERIFIKASI, Step.REPLY, TicketStatus.MENUNGGU_PEMOHON),
            TicketStatus.DIPROSES, Map.of(Step.DISPOSE, TicketStatus.DIPROSES, Step.RESOLVE, TicketStatus.SELESAI,
                    Step.REPLY, TicketStatus.DIPROSES),
            TicketStatus.SELESAI, Map.of(Step.CONFIRM, TicketStatus.DITUTUP, Step.REOPEN, TicketStatus.DIPROSES,
                    Step.AUTO_CLOSE, TicketStatus.DITUTUP, Step.REPLY, TicketStatus.SELESAI),
            TicketStatus.DITOLAK, Map.of(),
            TicketStatus.DITUTUP, Map.of());

    /** Refusals that are not about the status but about a missing disposition (fresh DIPROSES ticket). */
    static final Map<Step, String> DISPOSITION_CODES = Map.of(
            Step.ACCEPT_DISPOSITION, "ticket.error.noPendingDisposition",
            Step.RETURN_DISPOSITION, "ticket.error.noPendingDisposition",
            Step.ASSIGN, "ticket.error.noAcceptedDisposition");

    static Ticket submitted() {
        return Ticket.submit(TicketId.random(), "ADU-2026-000001", TicketKind.COMPLAINT, new ServiceOfferingId(UUID.randomUUID()),
                new CategoryId(UUID.randomUUID()), "Akun SIMPEG terkunci", "Tidak bisa masuk sejak kemarin.", REQUESTER, T0);
    }

    /** A ticket brought into {@code status} through the domain's own steps. */
    static Ticket inStatus(TicketStatus status) {
        var t = submitted();
        var at = T0.plusSeconds(60);
        switch (status) {
            case DITERIMA -> { }
            case VERIFIKASI -> t.startVerification(AGENT, at);
            case MENUNGGU_PEMOHON -> t.requestInformation(AGENT, "Lengkapi data.", at);
            case DIPROSES -> t.accept(AGENT, at);
            case SELESAI -> {
                t.accept(AGENT, at);
                t.resolve(AGENT, "Selesai.", at);
            }
            case DITOLAK -> t.reject(AGENT, "Tidak lengkap.", at);
            case DITUTUP -> {
                t.accept(AGENT, at);
                t.resolve(AGENT, "Selesai.", at);
                t.confirm(REQUESTER, at);
            }
        }
        return t;
    }

    static Stream<Arguments> everyStatusAndStep() {
        List<Arguments> cases = new ArrayList<>();
        for (TicketStatus status : TicketStatus.values()) {
            for (Step step : Step.values()) {
                cases.add(Arguments.of(status, step));
            }
        }
        return cases.stream();
    }

    @ParameterizedTest(name = "{1} from {0}")
    @MethodSource("everyStatusAndStep")
    void eachStepIsAllowedOnlyFromItsStatuses(TicketStatus status, Step step) {
        var ticket = inStatus(status);
        int entriesBefore = ticket.newTimelineEntries().size();
        int eventsBefore = stepEvents(ticket).size();
        var now = T0.plus(Duration.ofHours(1));
        TicketStatus expected = ALLOWED.get(status).get(step);

        if (expected != null) {
            step.action.accept(ticket, now);
            assertThat(ticket.getStatus()).isEqualTo(expected);
            assertThat(ticket.newTimelineEntries()).hasSize(entriesBefore + 1);
            assertThat(stepEvents(ticket)).hasSize(eventsBefore + 1);
            var entry = ticket.newTimelineEntries().getLast();
            assertThat(entry.fromStatus()).isEqualTo(status);
            assertThat(entry.toStatus()).isEqualTo(expected);
            if (expected != status) {
                assertThat(stepEvents(ticket).getLast()).isInstanceOfSatisfying(TicketStatusChanged.class, e -> {
                    assertThat(e.from()).isEqualTo(status);
                    assertThat(e.to()).isEqualTo(expected);
                });
            }
        } else {
            String code = status == TicketStatus.DIPROSES && DISPOSITION_CODES.containsKey(step)
                    ? DISPOSITION_CODES.get(step) : "ticket.error.illegalTransition";
            assertThatThrownBy(() -> step.action.accept(ticket, now))
                    .isInstanceOfSatisfying(TicketRuleViolation.class, v -> assertThat(v.messageCode()).isEqualTo(code));
            assertThat(ticket.getStatus()).as("status unchanged").isEqualTo(status);
            assertThat(ticket.newTimelineEntries()).as("no timeline entry").hasSize(entriesBefore);
            assertThat(stepEvents(ticket)).as("no event").hasSize(eventsBefore);
        }
    }

    /** The step's own event; a requester's answer, confirmation or reopening also tells the holder ({@link RequesterResponded}). */
    private static List<Object> stepEvents(Ticket ticket) {
        return ticket.registeredEvents().stream().filter(e -> !(e instanceof RequesterResponded)).toList();
    }

    @Test
    void theTableCoversEveryStatus() {
        assertThat(ALLOWED.keySet()).isEqualTo(EnumSet.allOf(TicketStatus.class));
    }

    @Test
    void submissionIsReceivedWithAPublicEntryAndTicketSubmitted() {
        var t = submitted();
        assertThat(t.getStatus()).isEqualTo(TicketStatus.DITERIMA);
        assertThat(t.getHolderKind()).isEqualTo(Ticket.HolderKind.FRONT_DESK);
        assertThat(t.newTimelineEntries()).singleElement().satisfies(e -> {
            assertThat(e.type()).isEqualTo(Type.SUBMITTED);
            assertThat(e.visibility()).isEqualTo(Visibility.PUBLIC);
            assertThat(e.actorId()).isEqualTo(REQUESTER.value());
        });
        assertThat(t.registeredEvents()).singleElement().isInstanceOf(TicketSubmitted.class);
    }

    @Test
    void submissionNeedsASubjectOfAtMost200CharactersAndADescription() {
        var id = TicketId.random();
        var service = new ServiceOfferingId(UUID.randomUUID());
        assertThatThrownBy(() -> Ticket.submit(id, "PMH-2026-000001", TicketKind.REQUEST, service, null, "x".repeat(201), "Uraian", REQUESTER, T0))
                .isInstanceOfSatisfying(TicketRuleViolation.class, v -> assertThat(v.messageCode()).isEqualTo("ticket.error.textTooLong"));
        assertThatThrownBy(() -> Ticket.submit(id, "PMH-2026-000001", TicketKind.REQUEST, service, null, "Judul", " ", REQUESTER, T0))
                .isInstanceOfSatisfying(TicketRuleViolation.class, v -> assertThat(v.messageCode()).isEqualTo("ticket.error.descriptionRequired"));
        assertThat(Ticket.submit(id, "PMH-2026-000001", TicketKind.REQUEST, service, null, "x".repeat(200), "Uraian", REQUESTER, T0)
                .getCategoryId()).isNull();
    }

    @Test
    void rejectionNeedsAReasonAndTellsTheRequester() {
        var t = submitted();
        assertThatThrownBy(() -> t.reject(AGENT, "  ", T0)).isInstanceOfSatisfying(TicketRuleViolation.class,
                v -> assertThat(v.messageCode()).isEqualTo("ticket.error.reasonRequired"));
        assertThat(t.getStatus()).isEqualTo(TicketStatus.DITERIMA);
        t.reject(AGENT, "Di luar kewenangan Diskominfo.", T0);
        assertThat(t.registeredEvents().getLast()).isInstanceOfSatisfying(TicketStatusChanged.class,
                e -> assertThat(e.publicNote()).isEqualTo("Di luar kewenangan Diskominfo."));
    }

    @Test
    void questionAndAnswerAreRequiredAndPublic() {
        var t = submitted();
        assertThatThrownBy(() -> t.requestInformation(AGENT, "", T0)).isInstanceOf(TicketRuleViolation.class);
        t.requestInformation(AGENT, "Nomor aset?", T0);
        assertThatThrownBy(() -> t.provideInformation(REQUESTER, null, T0)).isInstanceOf(TicketRuleViolation.class);
        t.provideInformation(REQUESTER, "ASET-01", T0);
        assertThat(t.getStatus()).isEqualTo(TicketStatus.VERIFIKASI);
        assertThat(t.newTimelineEntries()).extracting(TimelineEntry::visibility).containsOnly(Visibility.PUBLIC);
    }

    @Test
    void theAnswerTellsTheFrontDeskAndMarksTheTicketUntilAnAgentActs() {
        var t = submitted();
        t.requestInformation(AGENT, "Nomor aset?", T0);
        assertThat(t.getCameBack()).isNull();
        t.provideInformation(REQUESTER, "ASET-01", T0);

        assertThat(t.getCameBack()).isEqualTo(RequesterResponse.ANSWERED);
        assertThat(t.registeredEvents().getLast()).isInstanceOfSatisfying(RequesterResponded.class, e -> {
            assertThat(e.response()).isEqualTo(RequesterResponse.ANSWERED);
            assertThat(e.note()).isEqualTo("ASET-01");
            assertThat(e.assigneeId()).isNull();
            assertThat(e.holderUnitId()).isNull();
        });
        t.accept(AGENT, T0);
        assertThat(t.getCameBack()).isNull();
    }

    @Test
    void aConfirmationTellsTheHolderButLeavesNoMark() {
        var t = inStatus(TicketStatus.SELESAI);
        t.confirm(REQUESTER, T0.plusSeconds(120));
        assertThat(t.getCameBack()).isNull();
        assertThat(t.registeredEvents().getLast()).isInstanceOfSatisfying(RequesterResponded.class,
                e -> assertThat(e.response()).isEqualTo(RequesterResponse.CONFIRMED));
    }

    @Nested
    class Dispositions {

        Ticket processing = inStatus(TicketStatus.DIPROSES);

        @Test
        void disposingHandsTheTicketToTheUnitWithAnInternalEntry() {
            processing.dispose(AGENT, UNIT, "Tindak lanjuti.", T0);
            assertThat(processing.getHolderKind()).isEqualTo(Ticket.HolderKind.UNIT);
            assertThat(processing.getHolderUnitId()).isEqualTo(UNIT.value());
            assertThat(processing.pendingDisposition()).isPresent();
            assertThat(processing.newTimelineEntries().getLast()).satisfies(e -> {
                assertThat(e.type()).isEqualTo(Type.DISPOSED);
                assertThat(e.visibility()).isEqualTo(Visibility.INTERNAL);
                assertThat(e.unitId()).isEqualTo(UNIT.value());
            });
            assertThat(processing.registeredEvents().getLast()).isInstanceOf(TicketDisposed.class);
        }

        @Test
        void aSecondDispositionWaitsUntilThePendingOneIsDecided() {
            processing.dispose(AGENT, UNIT, "Tindak lanjuti.", T0);
            assertThatThrownBy(() -> processing.dispose(AGENT, OTHER_UNIT, "Juga.", T0)).isInstanceOfSatisfying(TicketRuleViolation.class,
                    v -> assertThat(v.messageCode()).isEqualTo("ticket.error.dispositionPending"));
            assertThat(processing.dispositions()).hasSize(1);
        }

        @Test
        void disposingNeedsAnInstruction() {
            assertThatThrownBy(() -> processing.dispose(AGENT, UNIT, " ", T0)).isInstanceOfSatisfying(TicketRuleViolation.class,
                    v -> assertThat(v.messageCode()).isEqualTo("ticket.error.instructionRequired"));
            assertThat(processing.dispositions()).isEmpty();
        }

        @Test
        void returningNeedsAReasonAndGivesTheTicketBackToTheFrontDesk() {
            processing.dispose(AGENT, UNIT, "Tindak lanjuti.", T0);
            assertThatThrownBy(() -> processing.returnDisposition(UNIT_ADMIN, "", T0)).isInstanceOfSatisfying(TicketRuleViolation.class,
                    v -> assertThat(v.messageCode()).isEqualTo("ticket.error.reasonRequired"));
            assertThat(processing.pendingDisposition()).isPresent();

            processing.returnDisposition(UNIT_ADMIN, "Bukan kewenangan kami.", T0);
            assertThat(processing.getHolderKind()).isEqualTo(Ticket.HolderKind.FRONT_DESK);
            assertThat(processing.dispositions().getFirst().getStatus()).isEqualTo(Disposition.Status.RETURNED);
            assertThat(processing.dispositions().getFirst().getReturnReason()).isEqualTo("Bukan kewenangan kami.");
            assertThat(processing.registeredEvents().getLast()).isInstanceOfSatisfying(DispositionReturned.class,
                    e -> assertThat(e.reason()).isEqualTo("Bukan kewenangan kami."));

            processing.dispose(AGENT, OTHER_UNIT, "Mohon unit lain.", T0);
            assertThat(processing.getHolderUnitId()).isEqualTo(OTHER_UNIT.value());
            assertThat(processing.dispositionUnitIds()).containsExactlyInAnyOrder(UNIT.value(), OTHER_UNIT.value());
        }

        @Test
        void acceptingThenAssigningGivesTheTicketToTheTechnician() {
            processing.dispose(AGENT, UNIT, "Tindak lanjuti.", T0);
            assertThatThrownBy(() -> processing.assign(UNIT_ADMIN, TECHNICIAN, T0)).isInstanceOfSatisfying(TicketRuleViolation.class,
                    v -> assertThat(v.messageCode()).isEqualTo("ticket.error.noAcceptedDisposition"));
            assertThatThrownBy(() -> processing.resolve(AGENT, "x", T0)).isInstanceOfSatisfying(TicketRuleViolation.class,
                    v -> assertThat(v.messageCode()).isEqualTo("ticket.error.dispositionPending"));

            processing.acceptDisposition(UNIT_ADMIN, T0);
            assertThat(processing.registeredEvents().getLast()).isInstanceOf(DispositionAccepted.class);
            assertThatThrownBy(() -> processing.acceptDisposition(UNIT_ADMIN, T0)).isInstanceOf(TicketRuleViolation.class);
            assertThatThrownBy(() -> processing.returnDisposition(UNIT_ADMIN, "telat", T0)).isInstanceOf(TicketRuleViolation.class);
            assertThatThrownBy(() -> processing.dispose(AGENT, OTHER_UNIT, "lain", T0)).isInstanceOfSatisfying(TicketRuleViolation.class,
                    v -> assertThat(v.messageCode()).isEqualTo("ticket.error.notAtFrontDesk"));

            processing.assign(UNIT_ADMIN, TECHNICIAN, T0);
            assertThat(processing.isAssignedTo(TECHNICIAN)).isTrue();
            assertThat(processing.getHolderUnitId()).isEqualTo(UNIT.value());
            assertThat(processing.newTimelineEntries().getLast()).satisfies(e -> {
                assertThat(e.type()).isEqualTo(Type.ASSIGNED);
                assertThat(e.assigneeId()).isEqualTo(TECHNICIAN.value());
                assertThat(e.visibility()).isEqualTo(Visibility.INTERNAL);
            });
            assertThat(processing.registeredEvents().getLast()).isInstanceOf(TicketAssigned.class);
        }

        @Test
        void reopeningReturnsTheTicketToTheTechnicianWhoResolvedIt() {
            processing.dispose(AGENT, UNIT, "Tindak lanjuti.", T0);
            processing.acceptDisposition(UNIT_ADMIN, T0);
            processing.assign(UNIT_ADMIN, TECHNICIAN, T0);
            processing.resolve(TECHNICIAN, "Sudah diperbaiki.", T0);
            processing.reopen(REQUESTER, "Masih rusak.", WINDOW, T0.plus(Duration.ofDays(1)));
            assertThat(processing.getStatus()).isEqualTo(TicketStatus.DIPROSES);
            assertThat(processing.isAssignedTo(TECHNICIAN)).isTrue();
        }

        @Test
        void reopeningTellsTheAssignedTechnicianAndMarksTheTicketUntilStaffAct() {
            processing.dispose(AGENT, UNIT, "Tindak lanjuti.", T0);
            processing.acceptDisposition(UNIT_ADMIN, T0);
            processing.assign(UNIT_ADMIN, TECHNICIAN, T0);
            processing.resolve(TECHNICIAN, "Sudah diperbaiki.", T0);
            processing.reopen(REQUESTER, "Masih rusak.", WINDOW, T0.plus(Duration.ofDays(1)));

            assertThat(processing.getCameBack()).isEqualTo(RequesterResponse.REOPENED);
            assertThat(processing.registeredEvents().getLast()).isInstanceOfSatisfying(RequesterResponded.class, e -> {
                assertThat(e.response()).isEqualTo(RequesterResponse.REOPENED);
                assertThat(e.note()).isEqualTo("Masih rusak.");
                assertThat(e.assigneeId()).isEqualTo(TECHNICIAN);
                assertThat(e.holderUnitId()).isEqualTo(UNIT);
            });
            processing.reply(REQUESTER, "Lampunya berkedip.", Visibility.PUBLIC, T0.plus(Duration.ofDays(1)));
            assertThat(processing.getCameBack()).as("the requester's own reply keeps the mark").isEqualTo(RequesterResponse.REOPENED);
            processing.reply(TECHNICIAN, "Saya cek sore ini.", Visibility.INTERNAL, T0.plus(Duration.ofDays(1)));
            assertThat(processing.getCameBack()).as("a staff step clears it").isNull();
        }
    }

    @Nested
    class ConfirmationWindowSteps {

        Ticket resolved = inStatus(TicketStatus.SELESAI);
        Instant resolvedAt = resolved.getResolvedAt();

        @Test
        void resolutionNeedsANote() {
            var t = inStatus(TicketStatus.DIPROSES);
            assertThatThrownBy(() -> t.resolve(AGENT, "", T0)).isInstanceOfSatisfying(TicketRuleViolation.class,
                    v -> assertThat(v.messageCode()).isEqualTo("ticket.error.noteRequired"));
            assertThat(t.getStatus()).isEqualTo(TicketStatus.DIPROSES);
        }

        @Test
        void reopenIsRefusedAfterTheWindow() {
            assertThatThrownBy(() -> resolved.reopen(REQUESTER, "Belum beres", WINDOW, resolvedAt.plus(WINDOW_LENGTH)))
                    .isInstanceOfSatisfying(TicketRuleViolation.class,
                            v -> assertThat(v.messageCode()).isEqualTo("ticket.error.reopenWindowPassed"));
            assertThat(resolved.getStatus()).isEqualTo(TicketStatus.SELESAI);
        }

        @Test
        void reopenNeedsAReason() {
            assertThatThrownBy(() -> resolved.reopen(REQUESTER, " ", WINDOW, resolvedAt.plusSeconds(5)))
                    .isInstanceOfSatisfying(TicketRuleViolation.class, v -> assertThat(v.messageCode()).isEqualTo("ticket.error.reasonRequired"));
        }

        @Test
        void autoCloseWaitsForTheWindowAndActsAsTheSystem() {
            assertThatThrownBy(() -> resolved.autoClose(WINDOW, resolvedAt.plus(WINDOW_LENGTH).minusSeconds(1)))
                    .isInstanceOfSatisfying(TicketRuleViolation.class, v -> assertThat(v.messageCode()).isEqualTo("ticket.error.windowNotPassed"));
            resolved.autoClose(WINDOW, resolvedAt.plus(WINDOW_LENGTH));
            assertThat(resolved.getStatus()).isEqualTo(TicketStatus.DITUTUP);
            assertThat(resolved.newTimelineEntries().getLast()).satisfies(e -> {
                assertThat(e.type()).isEqualTo(Type.AUTO_CLOSED);
                assertThat(e.actorId()).isNull();
            });
        }
    }

    @Test
    void internalNotesStayInternalAndRequestersCannotWriteThem() {
        var t = inStatus(TicketStatus.DIPROSES);
        t.reply(AGENT, "Cek log server.", Visibility.INTERNAL, T0);
        assertThat(t.newTimelineEntries().getLast()).satisfies(e -> {
            assertThat(e.type()).isEqualTo(Type.NOTE);
            assertThat(e.visibility()).isEqualTo(Visibility.INTERNAL);
        });
        assertThat(t.registeredEvents().getLast()).isInstanceOfSatisfying(TicketReplyPosted.class,
                e -> assertThat(e.publicReply()).isFalse());
        assertThatThrownBy(() -> t.reply(REQUESTER, "rahasia", Visibility.INTERNAL, T0)).isInstanceOf(TicketRuleViolation.class);
        t.reply(REQUESTER, "Terima kasih", Visibility.PUBLIC, T0);
        assertThat(t.registeredEvents().getLast()).isInstanceOfSatisfying(TicketReplyPosted.class,
                e -> assertThat(e.byRequester()).isTrue());
    }

    @Nested
    class Priority {

        @Test
        void aNewTicketIsNormal() {
            assertThat(submitted().getPriority()).isEqualTo(TicketPriority.NORMAL);
        }

        @ParameterizedTest(name = "from {0}")
        @MethodSource("id.simlayan.ticket.internal.TicketLifecycleUnitTests#openStatuses")
        void staffChangeThePriorityOfAnOpenTicketWithAnInternalEntryAndOneEvent(TicketStatus status) {
            var t = inStatus(status);
            int entries = t.newTimelineEntries().size();
            int events = t.registeredEvents().size();
            var now = T0.plus(Duration.ofHours(2));
            t.changePriority(AGENT, TicketPriority.URGENT, now);

            assertThat(t.getPriority()).isEqualTo(TicketPriority.URGENT);
            assertThat(t.getStatus()).as("status unchanged").isEqualTo(status);
            assertThat(t.newTimelineEntries()).hasSize(entries + 1);
            assertThat(t.newTimelineEntries().getLast()).satisfies(e -> {
                assertThat(e.type()).isEqualTo(Type.PRIORITY_CHANGED);
                assertThat(e.visibility()).isEqualTo(Visibility.INTERNAL);
                assertThat(e.actorId()).isEqualTo(AGENT.value());
                assertThat(e.priorityFrom()).isEqualTo(TicketPriority.NORMAL);
                assertThat(e.priorityTo()).isEqualTo(TicketPriority.URGENT);
                assertThat(e.text()).as("the values are columns, not text").isNull();
                assertThat(e.isStatusChange()).isFalse();
            });
            assertThat(t.registeredEvents()).hasSize(events + 1);
            assertThat(t.registeredEvents().getLast()).isInstanceOfSatisfying(TicketPriorityChanged.class, e -> {
                assertThat(e.from()).isEqualTo(TicketPriority.NORMAL);
                assertThat(e.to()).isEqualTo(TicketPriority.URGENT);
                assertThat(e.actorId()).isEqualTo(AGENT);
                assertThat(e.at()).isEqualTo(now);
                assertThat(e.ticketId()).isEqualTo(t.ticketId());
            });
        }

        @Test
        void choosingTheCurrentPriorityChangesNothing() {
            var t = inStatus(TicketStatus.DIPROSES);
            t.changePriority(AGENT, TicketPriority.HIGH, T0);
            int entries = t.newTimelineEntries().size();
            int events = t.registeredEvents().size();
            t.changePriority(UNIT_ADMIN, TicketPriority.HIGH, T0.plusSeconds(5));
            assertThat(t.newTimelineEntries()).hasSize(entries);
            assertThat(t.registeredEvents()).hasSize(events);
            assertThat(t.getPriority()).isEqualTo(TicketPriority.HIGH);
        }

        @ParameterizedTest
        @MethodSource("id.simlayan.ticket.internal.TicketLifecycleUnitTests#finalStatuses")
        void aFinalTicketKeepsItsPriority(TicketStatus status) {
            var t = inStatus(status);
            int entries = t.newTimelineEntries().size();
            assertThatThrownBy(() -> t.changePriority(AGENT, TicketPriority.LOW, T0))
                    .isInstanceOfSatisfying(TicketRuleViolation.class, v -> assertThat(v.messageCode()).isEqualTo("ticket.error.illegalTransition"));
            assertThat(t.getPriority()).isEqualTo(TicketPriority.NORMAL);
            assertThat(t.newTimelineEntries()).hasSize(entries);
        }

        @Test
        void aPriorityIsRequired() {
            var t = inStatus(TicketStatus.DITERIMA);
            assertThatThrownBy(() -> t.changePriority(AGENT, null, T0))
                    .isInstanceOfSatisfying(TicketRuleViolation.class, v -> assertThat(v.messageCode()).isEqualTo("ticket.error.priorityRequired"));
        }
    }

    static Stream<TicketStatus> openStatuses() {
        return Stream.of(TicketStatus.values()).filter(s -> !s.isFinal());
    }

    static Stream<TicketStatus> finalStatuses() {
        return Stream.of(TicketStatus.values()).filter(TicketStatus::isFinal);
    }

    @Test
    void everyStepRegistersExactlyOneStepEventAndOneEntry() {
        var t = submitted();
        var steps = List.<BiConsumer<Ticket, Instant>>of(
                (x, n) -> x.startVerification(AGENT, n), (x, n) -> x.accept(AGENT, n), (x, n) -> x.dispose(AGENT, UNIT, "i", n),
                (x, n) -> x.returnDisposition(UNIT_ADMIN, "r", n), (x, n) -> x.dispose(AGENT, OTHER_UNIT, "i", n),
                (x, n) -> x.acceptDisposition(UNIT_ADMIN, n), (x, n) -> x.assign(UNIT_ADMIN, TECHNICIAN, n),
                (x, n) -> x.reply(TECHNICIAN, "p", Visibility.PUBLIC, n), (x, n) -> x.resolve(TECHNICIAN, "ok", n),
                (x, n) -> x.confirm(REQUESTER, n));
        for (var step : steps) {
            int entries = t.newTimelineEntries().size();
            int events = stepEvents(t).size();
            step.accept(t, T0);
            assertThat(t.newTimelineEntries()).hasSize(entries + 1);
            assertThat(stepEvents(t)).hasSize(events + 1);
        }
        assertThat(t.getStatus()).isEqualTo(TicketStatus.DITUTUP);
        assertThat(Set.copyOf(t.newTimelineEntries().stream().map(TimelineEntry::ticketId).toList())).containsExactly(t.getId());
    }

    @ParameterizedTest(name = "merge from {0}")
    @org.junit.jupiter.params.provider.EnumSource(TicketStatus.class)
    void aDuplicateIsMergedFromAnyOpenStatusIntoDitutupWithAPublicNote(TicketStatus status) {
        var ticket = inStatus(status);
        var original = TicketId.random();
        int entriesBefore = ticket.newTimelineEntries().size();
        var now = T0.plus(Duration.ofHours(1));

        if (status.isFinal()) {
            assertThatThrownBy(() -> ticket.mergeInto(AGENT, original, "Digabung ke ADU-2026-000002.", now))
                    .isInstanceOfSatisfying(TicketRuleViolation.class, v -> assertThat(v.messageCode()).isEqualTo("ticket.error.illegalTransition"));
            assertThat(ticket.mergedInto()).isEmpty();
            assertThat(ticket.newTimelineEntries()).hasSize(entriesBefore);
            return;
        }
        ticket.mergeInto(AGENT, original, "Digabung ke ADU-2026-000002.", now);

        assertThat(ticket.getStatus()).isEqualTo(TicketStatus.DITUTUP);
        assertThat(ticket.getClosedAt()).isEqualTo(now);
        assertThat(ticket.mergedInto()).contains(original);
        assertThat(ticket.newTimelineEntries().getLast()).satisfies(e -> {
            assertThat(e.type()).isEqualTo(Type.MERGED);
            assertThat(e.visibility()).isEqualTo(Visibility.PUBLIC);
            assertThat(e.text()).isEqualTo("Digabung ke ADU-2026-000002.");
        });
        assertThat(ticket.registeredEvents().getLast()).isInstanceOfSatisfying(TicketStatusChanged.class, e -> {
            assertThat(e.to()).isEqualTo(TicketStatus.DITUTUP);
            assertThat(e.publicNote()).isEqualTo("Digabung ke ADU-2026-000002.");
            assertThat(e.byStaff()).isTrue();
        });
    }

    @Test
    void aTicketIsNeverMergedIntoItselfAndAClosedOriginalTakesNoDuplicate() {
        var ticket = inStatus(TicketStatus.DITERIMA);
        assertThatThrownBy(() -> ticket.mergeInto(AGENT, ticket.ticketId(), "Digabung.", T0.plusSeconds(120)))
                .isInstanceOfSatisfying(TicketRuleViolation.class, v -> assertThat(v.messageCode()).isEqualTo("ticket.link.error.self"));
        assertThat(ticket.getStatus()).isEqualTo(TicketStatus.DITERIMA);

        var closed = inStatus(TicketStatus.DITOLAK);
        assertThatThrownBy(() -> closed.recordMergedDuplicate(AGENT, "ADU-2026-000003", T0.plusSeconds(120)))
                .isInstanceOfSatisfying(TicketRuleViolation.class, v -> assertThat(v.messageCode()).isEqualTo("ticket.link.error.targetClosed"));

        var open = inStatus(TicketStatus.DIPROSES);
        open.recordMergedDuplicate(AGENT, "ADU-2026-000003", T0.plusSeconds(120));
        assertThat(open.getStatus()).isEqualTo(TicketStatus.DIPROSES);
        assertThat(open.newTimelineEntries().getLast()).satisfies(e -> {
            assertThat(e.type()).isEqualTo(Type.DUPLICATE_MERGED);
            assertThat(e.visibility()).isEqualTo(Visibility.INTERNAL);
        });
    }
}
