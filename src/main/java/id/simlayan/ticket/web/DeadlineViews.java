package id.simlayan.ticket.web;

import id.simlayan.calendar.ClockMode;
import id.simlayan.calendar.Target;
import id.simlayan.identity.Membership;
import id.simlayan.ticket.DeadlineKind;
import id.simlayan.ticket.DeadlineLevel;
import id.simlayan.ticket.TicketDeadlines;
import id.simlayan.ticket.TicketDeadlines.DeadlineBadge;
import id.simlayan.ticket.TicketDeadlines.DeadlineLine;
import id.simlayan.ticket.TicketDeadlines.DeadlineMoment;
import id.simlayan.ticket.TicketDeadlines.DeadlineSheet;
import id.simlayan.ticket.TicketId;
import id.simlayan.ticket.TicketStatus;
import id.simlayan.ticket.internal.TicketViews.TimelineItem;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Time limits as the ticket pages show them, from the {@link TicketDeadlines} SPI (implemented
 * by the {@code sla} module). Without an implementation, or when it fails, the pages show no
 * time limits and still render: every answer here is then empty.
 */
@Component
class DeadlineViews {

    private static final Logger log = LoggerFactory.getLogger(DeadlineViews.class);
    /** Queue badges say "sisa 2 j 10 m kerja" when this little time is left, else the due date-time. */
    private static final Duration COUNTDOWN = Duration.ofHours(24);

    /** A queue badge: {@code text} inside, {@code dueText} (WIB) as its second line and tooltip. */
    record BadgeView(DeadlineKind kind, DeadlineLevel level, String css, String text, String dueText, String title) {
    }

    /**
     * One line of the staff card.
     *
     * @param remainingText "sisa ..." while running, "lewat ..." when past due; empty when stopped or not started
     * @param dueNote       "jatuh di luar jam kerja" for a calendar-time limit due while the office is closed, else empty
     */
    record LineView(DeadlineKind kind, String targetLabel, String startedText, String dueText, DeadlineLevel level, String css,
                    String stoppedText, String usedText, String remainingText, String dueNote) {
    }

    record ShareView(String unitName, String text, String fromText, String untilText) {
    }

    /** The staff card; {@code extension} null unless the extension may be granted now (then {@code extensionLabel} says how much). */
    record SheetView(String policyName, List<LineView> lines, List<ShareView> shares, TicketDeadlines.ExtensionOffer extension,
                     String extensionLabel) {
    }

    private final ObjectProvider<TicketDeadlines> deadlines;
    private final DurationText durations;
    private final MessageSource messages;
    private final Clock clock;
    private final ZoneId zone;

    @Autowired
    DeadlineViews(ObjectProvider<TicketDeadlines> deadlines, DurationText durations, MessageSource messages, Clock clock,
                  id.simlayan.platform.DateDisplay dates) {
        this(deadlines, durations, messages, clock, dates.zone());
    }

    DeadlineViews(ObjectProvider<TicketDeadlines> deadlines, DurationText durations, MessageSource messages, Clock clock, ZoneId zone) {
        this.deadlines = deadlines;
        this.durations = durations;
        this.messages = messages;
        this.clock = clock;
        this.zone = zone;
    }

    /** Whether time limits are shown at all (an implementation of the SPI is present). */
    boolean available() {
        return deadlines.getIfAvailable() != null;
    }

    /** Badges for a page of tickets, with one call of the SPI; empty without an implementation. */
    Map<UUID, BadgeView> badges(Collection<UUID> tickets, Locale locale) {
        var spi = deadlines.getIfAvailable();
        if (spi == null || tickets.isEmpty()) {
            return Map.of();
        }
        Map<TicketId, DeadlineBadge> found;
        try {
            found = spi.badges(tickets.stream().map(TicketId::new).toList());
        } catch (RuntimeException e) {
            log.warn("Time limits not shown: the deadline provider failed", e);
            return Map.of();
        }
        Instant now = clock.instant();
        Map<UUID, BadgeView> views = new HashMap<>();
        found.forEach((id, badge) -> {
            if (id != null && badge != null && badge.level() != null) {
                views.put(id.value(), badge(badge, now, locale));
            }
        });
        return views;
    }

    /** The badge counts what the ticket page counts: {@code remaining} in the clock's measure, as the SPI computed it. */
    BadgeView badge(DeadlineBadge badge, Instant now, Locale locale) {
        Duration remaining = badge.remaining();
        String work = badge.mode() == ClockMode.CALENDAR ? "" : "Work";
        String text = switch (badge.level()) {
            case ON_TRACK, WARNING -> badge.dueAt() == null ? "" : remaining != null && !remaining.isNegative() && remaining.compareTo(COUNTDOWN) <= 0
                    ? msg("ticket.deadline.left" + work, locale, durations.compact(remaining, locale))
                    : msg("ticket.deadline.until", locale, shortDateTime(badge.dueAt(), locale));
            case BREACHED -> remaining == null || !remaining.isNegative() ? msg("ticket.deadline.level.BREACHED", locale)
                    : msg("ticket.deadline.over" + work, locale, durations.compact(remaining.negated(), locale));
            case PAUSED -> msg("ticket.deadline.paused", locale);
            case MET, MISSED -> msg("ticket.deadline.level." + badge.level(), locale);
        };
        String kind = msg("ticket.deadline.kind." + badge.kind(), locale);
        String due = badge.dueAt() == null ? "" : dateTime(badge.dueAt(), locale);
        String title = due.isEmpty() ? kind + ": " + msg("ticket.deadline.level." + badge.level(), locale)
                : msg("ticket.deadline.badgeTitle", locale, kind, due, msg("ticket.deadline.level." + badge.level(), locale));
        return new BadgeView(badge.kind(), badge.level(), css(badge.level()), text, due, title);
    }

    /** The sheet of one ticket, or empty (no implementation, no policy, or a failure). */
    Optional<DeadlineSheet> sheet(UUID ticket) {
        var spi = deadlines.getIfAvailable();
        if (spi == null) {
            return Optional.empty();
        }
        try {
            return spi.sheet(new TicketId(ticket));
        } catch (RuntimeException e) {
            log.warn("Time limits of ticket {} not shown: the deadline provider failed", ticket, e);
            return Optional.empty();
        }
    }

    /** The staff card: every line, the units' shares; the extension form only for a viewer who may grant it. */
    SheetView staffCard(DeadlineSheet sheet, Locale locale, Set<Membership> viewer) {
        Instant now = clock.instant();
        var lines = sheet.lines().stream().map(line -> line(line, now, locale)).toList();
        var shares = sheet.unitShares().stream()
                .map(s -> new ShareView(s.unitName(), durations.human(s.businessTime() == null ? Duration.ZERO : s.businessTime(), true, locale),
                        dateTime(s.from(), locale), s.until() == null ? "" : dateTime(s.until(), locale)))
                .toList();
        var extension = sheet.extension() != null && sheet.extension().grantableBy(viewer) ? sheet.extension() : null;
        return new SheetView(sheet.policyName(), lines, shares, extension, extension == null ? "" : targetLabel(extension.target(), null, locale));
    }

    LineView line(DeadlineLine line, Instant now, Locale locale) {
        boolean business = line.mode() != ClockMode.CALENDAR;
        String used = line.used() == null ? "" : durations.human(line.used(), business, locale);
        String remaining = "";
        if (line.stoppedAt() == null && line.remaining() != null && line.startedAt() != null) {
            remaining = line.remaining().isNegative()
                    ? msg("ticket.deadline.overBy", locale, durations.human(line.remaining().negated(), business, locale))
                    : msg("ticket.deadline.leftHuman", locale, durations.human(line.remaining(), business, locale));
        }
        return new LineView(line.kind(), targetLabel(line.target(), line.extension(), locale), line.startedAt() == null ? "" : dateTime(line.startedAt(), locale),
                line.dueAt() == null ? "" : fullDateTime(line.dueAt(), locale), line.level(), css(line.level()),
                line.stoppedAt() == null ? "" : dateTime(line.stoppedAt(), locale), used, remaining,
                line.dueWhileClosed() ? msg("ticket.deadline.dueWhileClosed", locale) : "");
    }

    /**
     * What the requester reads: the response and the resolution target, never warnings or
     * breaches. A line is left out when the policy sets no such target or its clock has not started.
     */
    List<String> requesterLines(DeadlineSheet sheet, TicketStatus status, Locale locale) {
        List<String> out = new ArrayList<>();
        for (DeadlineKind kind : List.of(DeadlineKind.RESPONSE, DeadlineKind.RESOLUTION)) {
            sheet.lines().stream().filter(l -> l.kind() == kind).findFirst()
                    .flatMap(line -> requesterLine(line, status, locale)).ifPresent(out::add);
        }
        return out;
    }

    private Optional<String> requesterLine(DeadlineLine line, TicketStatus status, Locale locale) {
        String prefix = "ticket.deadline.requester." + line.kind() + ".";
        if (line.stoppedAt() != null || line.level() == DeadlineLevel.MET || line.level() == DeadlineLevel.MISSED) {
            return Optional.of(msg(prefix + (line.level() == DeadlineLevel.MISSED ? "missed" : "met"), locale));
        }
        // waiting for the requester always pauses the clock (also one already past its due instant)
        if (line.level() == DeadlineLevel.PAUSED || status == TicketStatus.MENUNGGU_PEMOHON || line.startedAt() != null && line.dueAt() == null) {
            return Optional.of(msg(prefix + (status == TicketStatus.MENUNGGU_PEMOHON ? "pausedForYou" : "paused"), locale));
        }
        if (line.dueAt() != null) {
            String due = fullDateTime(line.dueAt(), locale);
            if (line.dueWhileClosed()) {
                due = due + " (" + msg("ticket.deadline.dueWhileClosed", locale) + ")";
            }
            return Optional.of(msg(prefix + "due", locale, due, targetLabel(line.target(), line.extension(), locale)));
        }
        return Optional.empty();
    }

    /**
     * The timeline with the clock's moments merged in time order (an entry before a moment of the
     * same instant). For the requester only moments that are not staff-only.
     */
    List<TimelineItem> merge(List<TimelineItem> timeline, List<DeadlineMoment> moments, boolean staff, Locale locale) {
        if (moments == null || moments.isEmpty()) {
            return timeline;
        }
        // to the second: a clock starts in the same instant as the step that started it, but the
        // clock's instant is cut to whole seconds. A moment goes right after the first step of its
        // second (the one that caused it) and before later steps of that second, so that "clock
        // started" stands with the submission, not after a step taken in the same second.
        record Placed(TimelineItem item, Instant second, int rank, int order) {
        }
        List<Placed> placed = new ArrayList<>();
        java.util.Set<Instant> seconds = new java.util.HashSet<>();
        for (TimelineItem item : timeline) {
            Instant second = item.at().truncatedTo(ChronoUnit.SECONDS);
            placed.add(new Placed(item, second, seconds.add(second) ? 0 : 2, placed.size()));
        }
        moments.stream().filter(m -> m != null && m.at() != null && (staff || !m.staffOnly()))
                .forEach(m -> placed.add(new Placed(TimelineItem.deadlineMoment(m.at(), momentText(m, locale), m.staffOnly()),
                        m.at().truncatedTo(ChronoUnit.SECONDS), 1, placed.size())));
        placed.sort(Comparator.comparing(Placed::second).thenComparingInt(Placed::rank).thenComparingInt(Placed::order));
        return placed.stream().map(Placed::item).toList();
    }

    /**
     * A time limit in words, one wording everywhere (messages {@code calendar.target.*} of the
     * module that owns {@link Target}): "2×24 jam (waktu kalender)", "10 hari kerja (sampai akhir
     * hari kerja ke-10 berikutnya)", "30 menit kerja"; with a granted extension "… + perpanjangan …".
     */
    String targetLabel(Target target, Target extension, Locale locale) {
        String label = msg(target.wordsCode(), locale, target.wordsAmount());
        return extension == null ? label : msg("calendar.target.extended", locale, label, targetLabel(extension, null, locale));
    }

    /** "Batas waktu respons mulai dihitung", "… terlewati (jatuh tempo 30 Nov 2026, 15:45 WIB)". */
    String momentText(DeadlineMoment moment, Locale locale) {
        return msg("ticket.deadline.moment." + moment.type(), locale, msg("ticket.deadline.clock." + moment.clock(), locale),
                moment.due() == null ? "" : dateTime(moment.due(), locale), moment.note() == null ? "" : moment.note());
    }

    /** "Senin, 30 Nov 2026 15:45 WIB" */
    String fullDateTime(Instant instant, Locale locale) {
        return DateTimeFormatter.ofPattern("EEEE, d MMM yyyy HH:mm", locale).withZone(zone).format(instant) + " " + zoneLabel();
    }

    private String dateTime(Instant instant, Locale locale) {
        return DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm", locale).withZone(zone).format(instant) + " " + zoneLabel();
    }

    /** "Sen 30 Nov 15:45" */
    private String shortDateTime(Instant instant, Locale locale) {
        return DateTimeFormatter.ofPattern("EEE d MMM HH:mm", locale).withZone(zone).format(instant);
    }

    private String zoneLabel() {
        return switch (zone.getId()) {
            case "Asia/Jakarta", "Asia/Pontianak" -> "WIB";
            case "Asia/Makassar" -> "WITA";
            case "Asia/Jayapura" -> "WIT";
            default -> zone.getId();
        };
    }

    static String css(DeadlineLevel level) {
        return switch (level) {
            case ON_TRACK -> "text-bg-success";
            case WARNING -> "text-bg-warning";
            case BREACHED -> "text-bg-danger";
            case PAUSED -> "text-bg-secondary";
            case MET -> "text-bg-light border text-success";
            case MISSED -> "text-bg-light border text-danger";
        };
    }

    private String msg(String code, Locale locale, Object... args) {
        return messages.getMessage(code, args, locale);
    }
}
