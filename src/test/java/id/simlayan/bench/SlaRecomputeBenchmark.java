package id.simlayan.bench;

import id.simlayan.IntegrationTest;
import id.simlayan.calendar.CalendarAdministration;
import id.simlayan.calendar.CalendarAdministration.NewCalendar;
import id.simlayan.calendar.ClockMode;
import id.simlayan.calendar.OpeningPeriod;
import id.simlayan.calendar.Target;
import id.simlayan.calendar.WeeklyHours;
import id.simlayan.catalog.ServiceOfferingView;
import id.simlayan.catalog.TicketKind;
import id.simlayan.sla.internal.OpenClockRecompute;
import id.simlayan.sla.internal.PolicyStore;
import id.simlayan.sla.internal.SlaPolicy;
import id.simlayan.sla.internal.SlaPolicy.StartEvent;
import id.simlayan.ticket.TicketFixtures;
import java.io.StringReader;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.sql.Connection;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.postgresql.PGConnection;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Recomputing the clocks of 100 000 open tickets after a holiday is added (issue 3: under 10 s
 * here). Not part of the build (the name matches neither {@code *Tests} nor {@code *Test}); run it by hand:
 * <pre>
 *   ./mvnw -B -ntp test -Dtest=SlaRecomputeBenchmark -Dsurefire.failIfNoSpecifiedTests=false [-Dbench.openTickets=100000]
 * </pre>
 * Services, units, the calendar and the policies are created through the application's APIs; the
 * clock inputs of the open tickets ({@code sla_tickets}: status timelines with pauses, first
 * responses) are written with PostgreSQL COPY, shaped like the rows the sla module writes. Each
 * round adds one closed date to the tickets' calendar through {@link CalendarAdministration} and
 * measures until the asynchronous recompute ({@code CalendarChanged} listener) has finished, then
 * a direct call of {@link OpenClockRecompute#recomputeOpen()}. Median of 3; nothing is asserted on time.
 */
class SlaRecomputeBenchmark extends IntegrationTest {

    private static final int TICKETS = Integer.getInteger("bench.openTickets", 100_000);
    private static final long SEED = 20261123L;
    private static final ZoneId WIB = ZoneId.of("Asia/Jakarta");

    @Autowired
    ApplicationContext context;
    @Autowired
    DataSource dataSource;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    CalendarAdministration calendars;
    @Autowired
    PolicyStore policies;
    @Autowired
    OpenClockRecompute book;

    @Test
    void recomputeAfterAHolidayIsAdded() throws Exception {
        Instant now = LocalDateTime.parse("2026-06-08T09:00").atZone(WIB).toInstant();
        clock.setTo(now);
        try {
            run(now);
        } finally {
            clock.reset();
        }
    }

    private void run(Instant now) throws Exception {
        var fixtures = new TicketFixtures(context);
        fixtures.people().frontDesk();
        var calendar = calendars.create(new NewCalendar("Benchmark " + UUID.randomUUID(), WIB, WeeklyHours.mondayToThursdayAndFriday(
                List.of(OpeningPeriod.of("08:00", "12:00"), OpeningPeriod.of("13:00", "15:45")), List.of(OpeningPeriod.of("08:00", "11:00"))),
                true), null);
        List<ServiceOfferingView> services = new ArrayList<>();
        List<Target> targets = List.of(Target.workingDays(5), Target.workingDays(10), Target.hours(8, ClockMode.BUSINESS),
                Target.hours(48, ClockMode.CALENDAR));
        for (int i = 0; i < targets.size(); i++) {
            var service = fixtures.aService(TicketKind.REQUEST);
            calendars.assign(service.ownerUnitId(), calendar, null);
            policies.save(new SlaPolicy(null, service.id(), null, null, "Benchmark " + i, Target.workingDays(1), targets.get(i), null, null,
                    i == 3 ? StartEvent.VERIFIED : StartEvent.RECEIVED, Set.of(), 75, false, true, 0), null);
            services.add(service);
        }
        awaitRecomputesDone();

        long t0 = System.nanoTime();
        generate(services, now);
        jdbc.sql("ANALYZE sla_tickets").update();
        double generateSeconds = (System.nanoTime() - t0) / 1e9;
        // the first recompute creates the clock rows
        t0 = System.nanoTime();
        int first = book.recomputeOpen();
        double firstSeconds = (System.nanoTime() - t0) / 1e9;
        jdbc.sql("ANALYZE sla_clocks").update();
        long heapBefore = heapAfterGc();

        double[] async = new double[3];
        double[] direct = new double[3];
        long moved = 0;
        resetPeaks();
        for (int round = 0; round < 3; round++) {
            LocalDate holiday = LocalDate.of(2026, 6, 10 + round);
            Instant before = jdbc.sql("SELECT max(due_at) FROM sla_clocks").query(java.sql.Timestamp.class).single().toInstant();
            long momentsBefore = count("sla_moments WHERE type = 'RECOMPUTED'");
            t0 = System.nanoTime();
            calendars.addClosedDate(calendar, holiday, "Libur benchmark " + round, null);
            awaitRecomputesDone();
            async[round] = (System.nanoTime() - t0) / 1e9;
            moved += count("sla_moments WHERE type = 'RECOMPUTED'") - momentsBefore;
            t0 = System.nanoTime();
            book.recomputeOpen();
            direct[round] = (System.nanoTime() - t0) / 1e9;
            if (before == null) {
                throw new IllegalStateException("no clocks");
            }
        }
        long peak = peakHeap();
        Arrays.sort(async);
        Arrays.sort(direct);
        System.out.println();
        System.out.printf(Locale.ROOT, "=== SIMLAYAN SLA recompute benchmark: %d open tickets, %d clocks (%d sla_tickets rows in total)%n",
                first, count("sla_clocks"), count("sla_tickets"));
        System.out.printf(Locale.ROOT, "COPY of the clock inputs: %.1f s; first recompute (creates the clock rows): %.2f s%n", generateSeconds,
                firstSeconds);
        System.out.printf(Locale.ROOT, "holiday added -> asynchronous recompute finished: median %.2f s (runs %.2f / %.2f / %.2f s)%n", async[1],
                async[0], async[1], async[2]);
        System.out.printf(Locale.ROOT, "direct OpenClockRecompute.recomputeOpen(): median %.2f s (runs %.2f / %.2f / %.2f s)%n", direct[1], direct[0],
                direct[1], direct[2]);
        System.out.printf(Locale.ROOT, "due instants moved by the three holidays: %d clocks ('recomputed' moments written)%n", moved);
        System.out.printf(Locale.ROOT, "heap used after GC before the rounds: %d MiB; peak heap during the rounds: %d MiB (max heap %d MiB)%n",
                heapBefore >> 20, peak >> 20, Runtime.getRuntime().maxMemory() >> 20);
        System.out.printf(Locale.ROOT, "sla tables: sla_tickets %s, sla_clocks %s%n",
                jdbc.sql("SELECT pg_size_pretty(pg_total_relation_size('sla_tickets'))").query(String.class).single(),
                jdbc.sql("SELECT pg_size_pretty(pg_total_relation_size('sla_clocks'))").query(String.class).single());
    }

    /** Open tickets received in the last 15 days: statuses with pauses (waiting for the requester), first responses. */
    private void generate(List<ServiceOfferingView> services, Instant now) throws Exception {
        var random = new Random(SEED);
        var rows = new StringBuilder(TICKETS * 300);
        long nowSec = now.getEpochSecond();
        for (int i = 0; i < TICKETS; i++) {
            var service = services.get(random.nextInt(services.size()));
            long received = nowSec - random.nextInt(15 * 24 * 3600);
            var timeline = new StringBuilder().append(received).append(" DITERIMA");
            long at = received;
            String status = "DITERIMA";
            Long firstResponse = null;
            int shape = random.nextInt(4);
            if (shape >= 1) {
                at += 600 + random.nextInt(4 * 3600);
                if (at < nowSec) {
                    timeline.append(',').append(at).append(" DIPROSES");
                    status = "DIPROSES";
                    firstResponse = at;
                }
            }
            if (shape >= 2 && "DIPROSES".equals(status)) {
                at += 600 + random.nextInt(24 * 3600);
                if (at < nowSec) {
                    timeline.append(',').append(at).append(" MENUNGGU_PEMOHON");
                    status = "MENUNGGU_PEMOHON";
                }
            }
            if (shape == 3 && "MENUNGGU_PEMOHON".equals(status)) {
                at += 600 + random.nextInt(48 * 3600);
                if (at < nowSec) {
                    timeline.append(',').append(at).append(" VERIFIKASI");
                    timeline.append(',').append(at + 300).append(" DIPROSES");
                    status = "DIPROSES";
                }
            }
            UUID id = UUID.randomUUID();
            row(rows, id, "BNC-2026-" + i, "Tiket benchmark " + i, service.id().value(), null, "NORMAL", status, "t",
                    Instant.ofEpochSecond(received), timeline, firstResponse == null ? null : Instant.ofEpochSecond(firstResponse),
                    service.ownerUnitId().value(), service.ownerUnitId().value(), null, null, null, 1, now);
        }
        try (Connection connection = dataSource.getConnection()) {
            connection.unwrap(PGConnection.class).getCopyAPI().copyIn("""
                    COPY sla_tickets (ticket_id, number, subject, service_id, category_id, priority, status, open, received_at, status_timeline,
                      first_response_at, calendar_unit_id, holder_unit_id, holder_user_id, policy_id, escalated_at, revision, rebuilt_at)
                    FROM STDIN""", new StringReader(rows.toString()));
        }
    }

    /** Until no publication of the sla listeners is outstanding (completed ones are deleted). */
    private void awaitRecomputesDone() throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofMinutes(5).toNanos();
        while (System.nanoTime() < deadline) {
            long open = jdbc.sql("SELECT count(*) FROM event_publication WHERE completion_date IS NULL AND listener_id LIKE '%SlaListeners%'")
                    .query(Long.class).single();
            if (open == 0) {
                return;
            }
            Thread.onSpinWait();
            java.util.concurrent.locks.LockSupport.parkNanos(Duration.ofMillis(20).toNanos());
        }
        throw new IllegalStateException("recompute did not finish");
    }

    private long count(String tableAndWhere) {
        return jdbc.sql("SELECT count(*) FROM " + tableAndWhere).query(Long.class).single();
    }

    private static void row(StringBuilder out, Object... values) {
        for (int i = 0; i < values.length; i++) {
            if (i > 0) {
                out.append('\t');
            }
            out.append(values[i] == null ? "\\N" : values[i].toString());
        }
        out.append('\n');
    }

    private static void resetPeaks() {
        ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
    }

    private static long peakHeap() {
        return ManagementFactory.getMemoryPoolMXBeans().stream().filter(p -> p.getType() == MemoryType.HEAP)
                .mapToLong(p -> p.getPeakUsage().getUsed()).sum();
    }

    private static long heapAfterGc() {
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }
}
