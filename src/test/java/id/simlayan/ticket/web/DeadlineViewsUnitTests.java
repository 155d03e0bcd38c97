package id.simlayan.ticket.web;

import static org.assertj.core.api.Assertions.assertThat;

import id.simlayan.calendar.ClockMode;
import id.simlayan.calendar.Target;
import id.simlayan.identity.Membership;
import id.simlayan.identity.Role;
import id.simlayan.identity.UnitId;
import id.simlayan.ticket.DeadlineKind;
import id.simlayan.ticket.DeadlineLevel;
import id.simlayan.ticket.TicketDeadlines;
import id.simlayan.ticket.TicketDeadlines.DeadlineBadge;
import id.simlayan.ticket.TicketDeadlines.DeadlineLine;
import id.simlayan.ticket.TicketDeadlines.DeadlineMoment;
import id.simlayan.ticket.TicketDeadlines.DeadlineSheet;
import id.simlayan.ticket.TicketDeadlines.MomentType;
import id.simlayan.ticket.TicketDeadlines.UnitShare;
import id.simlayan.ticket.TicketId;
import id.simlayan.ticket.TicketStatus;
import id.simlayan.ticket.internal.TicketViews.TimelineItem;
import id.simlayan.ticket.internal.TimelineEntry.Type;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.support.StaticListableBeanFactory;

class DeadlineViewsUnitTests {

    static final Locale ID = Locale.forLanguageTag("id");
    /** Monday 30 November 2026, 13:35 WIB */
    static final Instant NOW = Instant.parse("2026-11-30T06:35:00Z");
    /** Monday 30 November 2026, 15:45 WIB */
    static final Instant DUE = Instant.parse("2026-11-30T08:45:00Z");

    static DeadlineViews views(TicketDeadlines provider) {
        var beans = new StaticListableBeanFactory();
        if (provider != null) {
            beans.addBean("deadlines", provider);
        }
        var messages = DurationTextUnitTests.messages();
        return new DeadlineViews(beans.getBeanProvider(TicketDeadlines.class), new DurationText(messages), messages,
                Clock.fixed(NOW, ZoneOffset.UTC), ZoneId.of("Asia/Jakarta"));
    }

    /** A provider answering every ticket with the same badge and sheet. */
    static TicketDeadlines provider(DeadlineBadge badge, DeadlineSheet sheet) {
        return new TicketDeadlines() {
            @Override
            public Map<TicketId, DeadlineBadge> badges(Collection<TicketId> tickets) {
                return tickets.stream().collect(java.util.stream.Collectors.toMap(t -> t, t -> badge));
            }

            @Override
            public Optional<DeadlineSheet> sheet(TicketId ticket) {
                return Optional.ofNullable(sheet);
            }
        };
    }

    @Test
    void withoutAProviderNothingIsShownAndNothingFails() {
        var views = views(null);
        assertThat(views.available()).isFalse();
        assertThat(views.badges(List.of(UUID.randomUUID()), ID)).isEmpty();
        assertThat(views.sheet(UUID.randomUUID())).isEmpty();
    }

    @Test
    void aFailingProviderShowsNothingInsteadOfAnError() {
        var failing = new TicketDeadlines() {
            @Override
            public Map<TicketId, DeadlineBadge> badges(Collection<TicketId> tickets) {
                throw new IllegalStateException("database down");
            }

            @Override
            public Optional<DeadlineSheet> sheet(TicketId ticket) {
                throw new IllegalStateException("database down");
            }
        };
        var views = views(failing);
        assertThat(views.badges(List.of(UUID.randomUUID()), ID)).isEmpty();
        assertThat(views.sheet(UUID.randomUUID())).isEmpty();
    }

    @Test
    void aCloseDueCountsDownAndAFarOneShowsTheDueTime() {
        UUID id = UUID.randomUUID();
        // 2 h 10 m on the clock, but the office closes for 1 h 40 m of it: the badge says the working time left
        var close = views(provider(new DeadlineBadge(DeadlineKind.RESOLUTION, DUE, DeadlineLevel.ON_TRACK, Duration.ofMinutes(30),
                ClockMode.BUSINESS), null)).badges(List.of(id), ID).get(id);
        assertThat(close.text()).isEqualTo("sisa 30 m kerja");
        assertThat(close.css()).isEqualTo("text-bg-success");
        assertThat(close.dueText()).isEqualTo("30 Nov 2026, 15:45 WIB");
        assertThat(close.title()).contains("Penyelesaian", "30 Nov 2026, 15:45 WIB");

        var far = views(provider(new DeadlineBadge(DeadlineKind.RESPONSE, DUE.plus(Duration.ofDays(3)), DeadlineLevel.WARNING,
                Duration.ofHours(26), ClockMode.BUSINESS), null))
                .badges(List.of(id), ID).get(id);
        assertThat(far.text()).isEqualTo("s.d. Kam 3 Des 15:45");
        assertThat(far.css()).isEqualTo("text-bg-warning");
    }

    @Test
    void breachedPausedAndStoppedBadges() {
        var views = views(null);
        var breached = views.badge(new DeadlineBadge(DeadlineKind.RESOLUTION, NOW.minus(Duration.ofHours(3)), DeadlineLevel.BREACHED,
                Duration.ofHours(-3), ClockMode.CALENDAR), NOW, ID);
        assertThat(breached.text()).as("calendar time: no 'kerja'").isEqualTo("lewat 3 j");
        assertThat(views.badge(new DeadlineBadge(DeadlineKind.RESOLUTION, NOW.minus(Duration.ofHours(3)), DeadlineLevel.BREACHED,
                Duration.ofMinutes(-50), ClockMode.BUSINESS), NOW, ID).text()).isEqualTo("lewat 50 m kerja");
        assertThat(breached.css()).isEqualTo("text-bg-danger");
        var paused = views.badge(new DeadlineBadge(DeadlineKind.RESOLUTION, null, DeadlineLevel.PAUSED, null, ClockMode.BUSINESS), NOW, ID);
        assertThat(paused.text()).isEqualTo("dijeda");
        assertThat(paused.dueText()).isEmpty();
        assertThat(paused.css()).isEqualTo("text-bg-secondary");
        assertThat(views.badge(new DeadlineBadge(DeadlineKind.RESPONSE, DUE, DeadlineLevel.MET, null, ClockMode.BUSINESS), NOW, ID).text()).isEqualTo("Tepat waktu");
        assertThat(views.badge(new DeadlineBadge(DeadlineKind.RESPONSE, DUE, DeadlineLevel.MISSED, null, ClockMode.BUSINESS), NOW, ID).css()).contains("text-danger");
    }

    @Test
    void theStaffCardWritesUsedAndRemainingTimeAndTheUnitsShares() {
        var sheet = new DeadlineSheet("Help desk: perbaikan akun", List.of(
                new DeadlineLine(DeadlineKind.RESPONSE, Target.minutes(30, ClockMode.BUSINESS), null, NOW.minus(Duration.ofHours(1)), NOW.minus(Duration.ofMinutes(30)),
                        DeadlineLevel.MET, NOW.minus(Duration.ofMinutes(40)), Duration.ofMinutes(20), Duration.ofMinutes(10), ClockMode.BUSINESS, false),
                new DeadlineLine(DeadlineKind.RESOLUTION, Target.workingDays(10), null, NOW.minus(Duration.ofHours(1)), DUE, DeadlineLevel.ON_TRACK, null,
                        Duration.ofMinutes(200), Duration.ofMinutes(130), ClockMode.BUSINESS, false),
                new DeadlineLine(DeadlineKind.RESOLUTION, Target.hours(48, ClockMode.CALENDAR), null, NOW.minus(Duration.ofDays(3)), NOW.minus(Duration.ofDays(1)),
                        DeadlineLevel.BREACHED, null, Duration.ofDays(3), Duration.ofDays(-1), ClockMode.CALENDAR, true)),
                List.of(new UnitShare(new UnitId(UUID.randomUUID()), "Bidang Infrastruktur", NOW.minus(Duration.ofHours(4)), null, Duration.ofMinutes(125))),
                List.of(), null);
        var card = views(null).staffCard(sheet, ID, Set.of());
        assertThat(card.extension()).as("no extension offered").isNull();

        assertThat(card.policyName()).isEqualTo("Help desk: perbaikan akun");
        assertThat(card.lines().get(0).remainingText()).as("stopped: nothing left to count").isEmpty();
        assertThat(card.lines().get(0).stoppedText()).isNotEmpty();
        assertThat(card.lines().get(1).usedText()).isEqualTo("3 jam 20 menit kerja");
        assertThat(card.lines().get(1).remainingText()).isEqualTo("sisa 2 jam 10 menit kerja");
        assertThat(card.lines().get(1).dueText()).isEqualTo("Senin, 30 Nov 2026 15:45 WIB");
        assertThat(card.lines().get(2).usedText()).as("calendar time").isEqualTo("3 hari");
        assertThat(card.lines().get(2).remainingText()).isEqualTo("lewat 1 hari");
        assertThat(card.lines().get(2).dueNote()).as("calendar time due while closed").isEqualTo("jatuh di luar jam kerja");
        assertThat(card.lines().get(1).dueNote()).isEmpty();
        assertThat(card.shares()).singleElement().satisfies(s -> {
            assertThat(s.unitName() + ": " + s.text()).isEqualTo("Bidang Infrastruktur: 2 jam 5 menit kerja");
            assertThat(s.untilText()).isEmpty();
        });
    }

    @Test
    void theStaffCardOffersTheExtensionOnlyToAViewerWhoMayGrantIt() {
        var unit = new UnitId(UUID.randomUUID());
        var offer = new TicketDeadlines.ExtensionOffer(Target.workingDays(7), "/petugas/sla/" + UUID.randomUUID() + "/perpanjangan",
                Set.of(new Membership(unit, Role.UNIT_ADMIN), new Membership(unit, Role.SUPERVISOR)));
        var sheet = new DeadlineSheet("PPID", List.of(resolution(DUE, DeadlineLevel.ON_TRACK, null)), List.of(), List.of(), offer);
        var card = views(null).staffCard(sheet, ID, Set.of(new Membership(unit, Role.SUPERVISOR)));
        assertThat(card.extension()).isEqualTo(offer);
        assertThat(card.extensionLabel()).isEqualTo("7 hari kerja (sampai akhir hari kerja ke-7 berikutnya)");
        assertThat(views(null).staffCard(sheet, ID, Set.of(new Membership(unit, Role.TECHNICIAN))).extension()).isNull();
        assertThat(views(null).staffCard(sheet, ID, Set.of(new Membership(new UnitId(UUID.randomUUID()), Role.UNIT_ADMIN))).extension()).isNull();
    }

    @Test
    void theRequesterReadsTheResolutionTargetNeverABreach() {
        var views = views(null);
        assertThat(views.requesterLines(sheet(resolution(DUE, DeadlineLevel.ON_TRACK, null)), TicketStatus.DIPROSES, ID))
                .containsExactly("Target penyelesaian: Senin, 30 Nov 2026 15:45 WIB — 10 hari kerja (sampai akhir hari kerja ke-10 berikutnya)");
        assertThat(views.requesterLines(sheet(resolution(DUE, DeadlineLevel.WARNING, null)), TicketStatus.DIPROSES, ID))
                .containsExactly("Target penyelesaian: Senin, 30 Nov 2026 15:45 WIB — 10 hari kerja (sampai akhir hari kerja ke-10 berikutnya)");
        assertThat(views.requesterLines(sheet(resolution(NOW.minusSeconds(60), DeadlineLevel.BREACHED, null)), TicketStatus.DIPROSES, ID))
                .singleElement().satisfies(text -> assertThat(text).startsWith("Target penyelesaian:").doesNotContain("lewat", "Lewat"));
        assertThat(views.requesterLines(sheet(resolution(null, DeadlineLevel.PAUSED, null)), TicketStatus.MENUNGGU_PEMOHON, ID))
                .containsExactly("Target penyelesaian dijeda — menunggu tanggapan Anda");
        assertThat(views.requesterLines(sheet(resolution(NOW.minusSeconds(60), DeadlineLevel.BREACHED, null)), TicketStatus.MENUNGGU_PEMOHON, ID))
                .as("paused after its due instant: still no breach for the requester")
                .containsExactly("Target penyelesaian dijeda — menunggu tanggapan Anda");
        assertThat(views.requesterLines(sheet(resolution(DUE, DeadlineLevel.MET, NOW)), TicketStatus.SELESAI, ID))
                .containsExactly("Selesai tepat waktu");
        assertThat(views.requesterLines(sheet(resolution(DUE, DeadlineLevel.MISSED, NOW)), TicketStatus.SELESAI, ID))
                .containsExactly("Selesai melewati batas waktu");
    }

    @Test
    void theRequesterAlsoReadsTheResponseTargetAndWhenACalendarLimitFallsWhileClosed() {
        var views = views(null);
        var response = new DeadlineLine(DeadlineKind.RESPONSE, Target.hours(24, ClockMode.CALENDAR), null, NOW, DUE, DeadlineLevel.WARNING,
                null, Duration.ZERO, Duration.ofHours(1), ClockMode.CALENDAR, true);
        var both = new DeadlineSheet("p", List.of(resolution(DUE, DeadlineLevel.ON_TRACK, null), response), List.of(), List.of(), null);
        assertThat(views.requesterLines(both, TicketStatus.DITERIMA, ID)).containsExactly(
                "Target tanggapan pertama petugas: Senin, 30 Nov 2026 15:45 WIB (jatuh di luar jam kerja) — 1×24 jam (waktu kalender)",
                "Target penyelesaian: Senin, 30 Nov 2026 15:45 WIB — 10 hari kerja (sampai akhir hari kerja ke-10 berikutnya)");
        var answered = new DeadlineLine(DeadlineKind.RESPONSE, Target.hours(1, ClockMode.BUSINESS), null, NOW.minus(Duration.ofHours(2)), DUE, DeadlineLevel.MET,
                NOW.minus(Duration.ofHours(1)), Duration.ofMinutes(30), Duration.ofMinutes(30), ClockMode.BUSINESS, false);
        assertThat(views.requesterLines(sheet(answered), TicketStatus.DIPROSES, ID)).containsExactly("Petugas menanggapi tepat waktu");
    }

    @Test
    void aClockStartStandsWithTheStepThatStartedItNotAfterALaterStepOfTheSameSecond() {
        Instant second = NOW.minus(Duration.ofHours(2));
        var submitted = entry(second.plusMillis(100));
        var verified = entry(second.plusMillis(800));
        var started = new DeadlineMoment(second, MomentType.STARTED, DeadlineKind.RESPONSE, null, null, false);
        var views = views(null);
        assertThat(views.merge(List.of(submitted, verified), List.of(started), false, ID))
                .containsExactly(submitted, views.merge(List.of(), List.of(started), false, ID).getFirst(), verified);
    }

    @Test
    void momentsJoinTheTimelineInTimeOrderAndStaffOnlyOnesStayWithStaff() {
        var submitted = entry(NOW.minus(Duration.ofHours(2)));
        var accepted = entry(NOW);
        var moments = List.of(new DeadlineMoment(NOW.minus(Duration.ofHours(1)), MomentType.STARTED, DeadlineKind.RESOLUTION, null, null, false),
                new DeadlineMoment(NOW.minus(Duration.ofMinutes(30)), MomentType.WARNING, DeadlineKind.RESOLUTION, DUE, null, true));
        var views = views(null);

        var staff = views.merge(List.of(submitted, accepted), moments, true, ID);
        assertThat(staff).extracting(TimelineItem::text).containsExactly(null, "Batas waktu penyelesaian mulai dihitung",
                "Batas waktu penyelesaian mendekati batas (jatuh tempo 30 Nov 2026, 15:45 WIB)", null);
        assertThat(staff.get(1).deadline()).isTrue();

        var requester = views.merge(List.of(submitted, accepted), moments, false, ID);
        assertThat(requester).extracting(TimelineItem::text).containsExactly(null, "Batas waktu penyelesaian mulai dihitung", null);
    }

    static DeadlineLine resolution(Instant due, DeadlineLevel level, Instant stoppedAt) {
        return new DeadlineLine(DeadlineKind.RESOLUTION, Target.workingDays(10), null, NOW.minus(Duration.ofDays(1)), due, level, stoppedAt,
                Duration.ofHours(3), Duration.ofHours(2), ClockMode.BUSINESS, false);
    }

    static DeadlineSheet sheet(DeadlineLine line) {
        return new DeadlineSheet("Kebijakan uji", List.of(line), List.of(), List.of(), null);
    }

    static TimelineItem entry(Instant at) {
        return new TimelineItem(UUID.randomUUID(), at, "Agen", false, Type.SUBMITTED, null, TicketStatus.DITERIMA, false, null, null, null,
                null, null, false);
    }
}
