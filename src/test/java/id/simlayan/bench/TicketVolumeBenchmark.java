package id.simlayan.bench;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import id.simlayan.IntegrationTest;
import id.simlayan.catalog.ServiceOfferingView;
import id.simlayan.catalog.TicketKind;
import id.simlayan.identity.CurrentUser;
import id.simlayan.identity.IdentityFixtures;
import id.simlayan.identity.IdentityFixtures.TestAccount;
import id.simlayan.identity.Membership;
import id.simlayan.identity.Role;
import id.simlayan.identity.UnitId;
import id.simlayan.platform.DateDisplay;
import id.simlayan.storage.FileStore;
import id.simlayan.ticket.TicketFixtures;
import id.simlayan.ticket.TicketId;
import id.simlayan.ticket.TicketStatus;
import id.simlayan.ticket.internal.TicketIntake;
import id.simlayan.ticket.internal.TicketQueries;
import id.simlayan.ticket.internal.TicketViews.QueueFilter;
import java.io.StringReader;
import java.lang.management.ManagementFactory;
import java.sql.Connection;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.postgresql.PGConnection;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Data generator and measurements at realistic volume (docs/performance.md). Not part of the
 * build (the name matches neither {@code *Tests} nor {@code *Test}); run it by hand:
 * <pre>
 *   ./mvnw -B -ntp test -Dtest=TicketVolumeBenchmark -Dsurefire.failIfNoSpecifiedTests=false [-Dbench.tickets=100000]
 * </pre>
 * People, units and services are created through the application's APIs; the volume rows
 * (tickets, their timelines, dispositions, the evidence link of complaints) are written with
 * PostgreSQL COPY, shaped exactly like the rows the ticket module writes: same numbering
 * ({@code ADU-2026-000123}, per prefix and WIB year, counters moved on), statuses, holders,
 * timeline entry types and versions. Then real application calls are timed with
 * {@link System#nanoTime()} and printed as a table; nothing is asserted on time.
 * <p>
 * With {@code SIMLAYAN_DB_URL} (and {@code SIMLAYAN_DB_USER}, {@code SIMLAYAN_STORAGE_FOLDER})
 * the rows go into that database instead of a throw-away one, e.g. the one of a running
 * application, for an HTTP load test at volume (docs/performance.md).
 */
class TicketVolumeBenchmark extends IntegrationTest {

    private static final int TICKETS = Integer.getInteger("bench.tickets", 100_000);
    private static final int REQUESTERS = Integer.getInteger("bench.requesters", 100);
    private static final int ITERATIONS = Integer.getInteger("bench.iterations", 30);
    private static final long SEED = 20261123L;

    @Autowired
    ApplicationContext context;
    @Autowired
    DataSource dataSource;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    TicketQueries queries;
    @Autowired
    TicketIntake intake;
    @Autowired
    FileStore files;
    @Autowired
    DateDisplay dates;
    @Autowired
    MockMvc mvc;

    private final List<String> report = new ArrayList<>();

    @Test
    void generateAndMeasure() throws Exception {
        long heapAtStart = heapAfterGc();
        var fixtures = new TicketFixtures(context);
        var people = fixtures.people();

        long t0 = System.nanoTime();
        var agentAccount = people.anAgent();
        var agent = TicketFixtures.staff(agentAccount, Set.of(new Membership(people.frontDesk(), Role.AGENT)));
        List<ServiceOfferingView> services = new ArrayList<>();
        for (var kind : TicketKind.values()) {
            services.add(fixtures.aService(kind));
            services.add(fixtures.aService(kind));
        }
        List<UnitId> units = new ArrayList<>();
        List<TestAccount> unitAdmins = new ArrayList<>();
        List<TestAccount> technicians = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            var unit = people.aUnit();
            units.add(unit);
            unitAdmins.add(people.aUnitAdmin(unit));
            technicians.add(people.aTechnician(unit));
        }
        List<TestAccount> requesters = new ArrayList<>();
        for (int i = 0; i < REQUESTERS; i++) {
            requesters.add(people.aRequester());
        }
        var evidence = files.store(TicketFixtures.picture("bukti.png"), requesters.getFirst().userId().value());
        double peopleSeconds = seconds(System.nanoTime() - t0);

        t0 = System.nanoTime();
        var counts = generate(services, units, unitAdmins, technicians, requesters, agentAccount, evidence.id().value(), evidence.size());
        double generateSeconds = seconds(System.nanoTime() - t0);
        t0 = System.nanoTime();
        jdbc.sql("ANALYZE tickets").update();
        jdbc.sql("ANALYZE ticket_events").update();
        jdbc.sql("ANALYZE dispositions").update();
        jdbc.sql("ANALYZE ticket_attachments").update();
        double analyzeSeconds = seconds(System.nanoTime() - t0);
        long heapAfterGenerate = heapAfterGc();

        // a light requester: a handful of tickets through the real use case
        var light = people.aRequester();
        var lightUser = TicketFixtures.asRequester(light);
        TicketId lightTicket = null;
        for (int i = 0; i < 5; i++) {
            lightTicket = submit(lightUser, services.get(2 + i % 6));
        }
        var heavy = requesters.get(1);
        var heavyUser = TicketFixtures.asRequester(heavy);
        UUID closedTicket = jdbc.sql("SELECT id FROM tickets WHERE status = 'DITUTUP' AND holder_kind = 'TECHNICIAN' ORDER BY number LIMIT 1")
                .query(UUID.class).single();
        UUID heavyTicket = jdbc.sql("SELECT id FROM tickets WHERE requester_id = :r AND status = 'DITUTUP' ORDER BY number LIMIT 1")
                .param("r", heavy.userId().value()).query(UUID.class).single();
        UUID service = services.get(3).id().value();
        var defaultPage = queries.queue(agent, new QueueFilter(null, null, null, 0));
        int lastPage = defaultPage.totalPages() - 1;

        System.out.println();
        System.out.printf(Locale.ROOT, "=== SIMLAYAN ticket volume benchmark: %d tickets, %d timeline entries, %d dispositions, %d attachments%n",
                count("tickets"), count("ticket_events"), count("dispositions"), count("ticket_attachments"));
        System.out.printf(Locale.ROOT, "people/services via API: %.1f s; COPY of the volume rows: %.1f s; ANALYZE: %.1f s%n",
                peopleSeconds, generateSeconds, analyzeSeconds);
        System.out.printf(Locale.ROOT, "statuses: %s; open tickets in the queue: %d (%d pages)%n", counts, defaultPage.total(),
                defaultPage.totalPages());
        System.out.println();
        header();
        measure("queue, first page (open tickets)", () -> queries.queue(agent, new QueueFilter(null, null, null, 0)));
        measure("queue, status DITERIMA", () -> queries.queue(agent, new QueueFilter(TicketStatus.DITERIMA, null, null, 0)));
        measure("queue, status DITUTUP (closed, large)", () -> queries.queue(agent, new QueueFilter(TicketStatus.DITUTUP, null, null, 0)));
        measure("queue, one service", () -> queries.queue(agent, new QueueFilter(null, service, null, 0)));
        measure("queue, older than 30 days", () -> queries.queue(agent, new QueueFilter(null, null, 30, 0)));
        measure("queue, last page (" + (lastPage + 1) + ")", () -> queries.queue(agent, new QueueFilter(null, null, null, lastPage)));
        measure("Lacak list, requester with ~" + TICKETS / REQUESTERS + " tickets (cap 500)", () -> queries.myTickets(heavyUser));
        measure("Lacak list, requester with 5 tickets", () -> queries.myTickets(lightUser));
        measure("staff ticket detail (closed, full timeline)", () -> queries.forStaff(agent, new TicketId(closedTicket)));
        measure("requester ticket detail", () -> queries.forRequester(heavyUser, new TicketId(heavyTicket)));

        MockHttpSession heavySession = people.login(mvc, heavy);
        MockHttpSession agentSession = people.login(mvc, agentAccount);
        measure("HTTP GET /lacak/{id} (MockMvc, render)", () -> mvc.perform(get("/lacak/" + heavyTicket).session(heavySession))
                .andReturn().getResponse().getStatus());
        measure("HTTP GET /lacak (MockMvc, 500 rows)", () -> mvc.perform(get("/lacak").session(heavySession))
                .andReturn().getResponse().getStatus());
        measure("HTTP GET /petugas/antrean (MockMvc)", () -> mvc.perform(get("/petugas/antrean").session(agentSession))
                .andReturn().getResponse().getStatus());
        measure("HTTP GET /petugas/tiket/{id} (MockMvc)", () -> mvc.perform(get("/petugas/tiket/" + closedTicket).session(agentSession))
                .andReturn().getResponse().getStatus());
        var complaint = services.getFirst();
        measure("submit a complaint with evidence (TicketIntake)", () -> submit(lightUser, complaint));
        report.forEach(System.out::println);

        System.out.println();
        System.out.printf(Locale.ROOT, "heap used after GC: at start %d MiB, after generating %d MiB, after measuring %d MiB (max heap %d MiB)%n",
                heapAtStart >> 20, heapAfterGenerate >> 20, heapAfterGc() >> 20, Runtime.getRuntime().maxMemory() >> 20);
        System.out.printf(Locale.ROOT, "database size: %s (tickets incl. indexes %s, ticket_events incl. indexes %s)%n",
                jdbc.sql("SELECT pg_size_pretty(pg_database_size(current_database()))").query(String.class).single(),
                jdbc.sql("SELECT pg_size_pretty(pg_total_relation_size('tickets'))").query(String.class).single(),
                jdbc.sql("SELECT pg_size_pretty(pg_total_relation_size('ticket_events'))").query(String.class).single());

        System.out.println();
        explain("queue, open tickets, first page", """
                SELECT t.id FROM tickets t WHERE 1 = 1 AND t.status NOT IN ('DITOLAK', 'DITUTUP')
                ORDER BY t.created_at, t.number LIMIT 20 OFFSET 0""", Map.of());
        explain("queue, open tickets, count", "SELECT count(*) FROM tickets t WHERE 1 = 1 AND t.status NOT IN ('DITOLAK', 'DITUTUP')", Map.of());
        explain("queue, status DITERIMA", """
                SELECT t.id FROM tickets t WHERE 1 = 1 AND t.status = :status
                ORDER BY t.created_at, t.number LIMIT 20 OFFSET 0""", Map.of("status", "DITERIMA"));
        explain("queue, one service", """
                SELECT t.id FROM tickets t WHERE 1 = 1 AND t.status NOT IN ('DITOLAK', 'DITUTUP') AND t.service_id = :service
                ORDER BY t.created_at, t.number LIMIT 20 OFFSET 0""", Map.of("service", service));
        explain("queue, last page", """
                SELECT t.id FROM tickets t WHERE 1 = 1 AND t.status NOT IN ('DITOLAK', 'DITUTUP')
                ORDER BY t.created_at, t.number LIMIT 20 OFFSET :offset""", Map.of("offset", lastPage * 20));
        explain("Lacak list", "SELECT t.id FROM tickets t WHERE t.requester_id = :me ORDER BY t.created_at DESC LIMIT 500",
                Map.of("me", heavy.userId().value()));
        explain("timeline of one ticket", "SELECT * FROM ticket_events WHERE ticket_id = :id ORDER BY at, seq", Map.of("id", closedTicket));
        if (lightTicket == null) {
            throw new IllegalStateException("no ticket submitted");
        }
    }

    // --- generator ----------------------------------------------------------------------

    private Map<TicketStatus, Integer> generate(List<ServiceOfferingView> services, List<UnitId> units, List<TestAccount> unitAdmins,
                                                List<TestAccount> technicians, List<TestAccount> requesters, TestAccount agent,
                                                UUID evidenceFile, long evidenceSize) throws Exception {
        var random = new Random(SEED);
        Instant now = clock.instant();
        long span = Duration.ofDays(730).toSeconds();
        long[] created = new long[TICKETS];
        for (int i = 0; i < TICKETS; i++) {
            created[i] = now.getEpochSecond() - span + (long) (Math.pow(random.nextDouble(), 0.7) * (span - 3600));
        }
        Arrays.sort(created);
        // continue the application's number counters (the database may already hold tickets)
        Map<String, Long> counters = new HashMap<>();
        jdbc.sql("SELECT prefix, year, last_value FROM ticket_number_sequences")
                .query(rs -> {
                    counters.put(rs.getString("prefix") + "-" + rs.getInt("year"), rs.getLong("last_value"));
                });
        Map<TicketStatus, Integer> statusCounts = new HashMap<>();
        var tickets = new StringBuilder(TICKETS * 400);
        var events = new StringBuilder(TICKETS * 6 * 200);
        var dispositions = new StringBuilder(TICKETS * 150);
        var attachments = new StringBuilder(TICKETS * 60);
        UUID agentId = agent.userId().value();
        for (int i = 0; i < TICKETS; i++) {
            Instant at = Instant.ofEpochSecond(created[i]);
            double age = (double) (now.getEpochSecond() - created[i]) / span;
            var service = services.get(random.nextInt(services.size()));
            var kind = service.kind();
            int year = at.atZone(dates.zone()).getYear();
            long n = counters.merge(kind.numberPrefix() + "-" + year, 1L, Long::sum);
            String number = "%s-%d-%06d".formatted(kind.numberPrefix(), year, n);
            UUID id = UUID.randomUUID();
            UUID requester = requesters.get(random.nextInt(requesters.size())).userId().value();
            UUID category = service.categories().isEmpty() ? null : service.categories().get(random.nextInt(service.categories().size())).id().value();
            TicketStatus status = status(random, age);
            statusCounts.merge(status, 1, Integer::sum);
            int unitIndex = random.nextInt(units.size());
            UUID unit = units.get(unitIndex).value();
            UUID unitAdmin = unitAdmins.get(unitIndex).userId().value();
            UUID technician = technicians.get(unitIndex).userId().value();

            var timeline = new Timeline(id, at, random);
            UUID submitted = timeline.add(requester, "SUBMITTED", null, "DITERIMA", "PUBLIC", null, null, null);
            String holderKind = "FRONT_DESK";
            UUID holderUnit = null;
            UUID holderUser = null;
            Instant resolvedAt = null;
            UUID resolvedBy = null;
            Instant closedAt = null;
            UUID updatedBy = requester;
            switch (status) {
                case DITERIMA -> {
                }
                case VERIFIKASI -> updatedBy = timeline.add(agentId, "VERIFICATION_STARTED", "DITERIMA", "VERIFIKASI", "PUBLIC", null, null, null, agentId);
                case MENUNGGU_PEMOHON -> updatedBy = timeline.add(agentId, "INFORMATION_REQUESTED", "DITERIMA", "MENUNGGU_PEMOHON", "PUBLIC",
                        "Mohon lengkapi surat permohonan dan identitas.", null, null, agentId);
                case DITOLAK -> {
                    updatedBy = timeline.add(agentId, "REJECTED", "DITERIMA", "DITOLAK", "PUBLIC", "Bukan kewenangan Diskominfo.", null, null, agentId);
                    closedAt = timeline.last;
                }
                case DIPROSES, SELESAI, DITUTUP -> {
                    timeline.add(agentId, "ACCEPTED", "DITERIMA", "DIPROSES", "PUBLIC", null, null, null);
                    int path = status == TicketStatus.DIPROSES ? random.nextInt(3) : 2;
                    if (path == 0) {
                        updatedBy = agentId;
                    } else {
                        Instant disposedAt = timeline.next();
                        timeline.addAt(disposedAt, agentId, "DISPOSED", "DIPROSES", "DIPROSES", "INTERNAL", "Mohon ditindaklanjuti.", unit, null);
                        holderKind = "UNIT";
                        holderUnit = unit;
                        updatedBy = agentId;
                        Instant decidedAt = null;
                        if (path == 2) {
                            decidedAt = timeline.next();
                            timeline.addAt(decidedAt, unitAdmin, "DISPOSITION_ACCEPTED", "DIPROSES", "DIPROSES", "INTERNAL", null, unit, null);
                            timeline.add(unitAdmin, "ASSIGNED", "DIPROSES", "DIPROSES", "INTERNAL", null, unit, technician);
                            holderKind = "TECHNICIAN";
                            holderUser = technician;
                            updatedBy = unitAdmin;
                        }
                        row(dispositions, id, 0, unit, "Mohon ditindaklanjuti.", path == 2 ? "ACCEPTED" : "PENDING", null, agentId, disposedAt,
                                path == 2 ? unitAdmin : null, decidedAt);
                    }
                    if (path == 2 && random.nextInt(3) == 0) {
                        updatedBy = timeline.add(technician, "REPLY", "DIPROSES", "DIPROSES", "PUBLIC", "Sedang kami tangani.", null, null, technician);
                    }
                    if (path == 2 && random.nextInt(4) == 0) {
                        updatedBy = timeline.add(technician, "NOTE", "DIPROSES", "DIPROSES", "INTERNAL", "Catatan teknisi.", null, null, technician);
                    }
                    if (status != TicketStatus.DIPROSES) {
                        timeline.add(technician, "RESOLVED", "DIPROSES", "SELESAI", "PUBLIC", "Sudah diselesaikan.", null, null);
                        resolvedAt = timeline.last;
                        resolvedBy = technician;
                        updatedBy = technician;
                    }
                    if (status == TicketStatus.DITUTUP) {
                        boolean confirmed = random.nextBoolean();
                        timeline.add(confirmed ? requester : null, confirmed ? "CONFIRMED" : "AUTO_CLOSED", "SELESAI", "DITUTUP", "PUBLIC", null, null, null);
                        closedAt = timeline.last;
                        updatedBy = confirmed ? requester : null;
                    }
                }
            }
            timeline.writeTo(events);
            if (kind.requiresEvidence()) {
                row(attachments, UUID.randomUUID(), id, evidenceFile, "bukti.png", "image/png", evidenceSize, requester, at, submitted);
            }
            row(tickets, id, number, kind.name(), service.id().value(), category, "Tiket volume " + number,
                    "Uraian tiket " + number + " untuk pengukuran volume.", requester, status.name(), holderKind, holderUnit, holderUser,
                    resolvedAt, resolvedBy, closedAt, at, requester, timeline.last, updatedBy, timeline.size() - 1);
        }
        try (Connection connection = dataSource.getConnection()) {
            var copy = connection.unwrap(PGConnection.class).getCopyAPI();
            copy.copyIn("""
                    COPY tickets (id, number, kind, service_id, category_id, subject, description, requester_id, status, holder_kind,
                    holder_unit_id, holder_user_id, resolved_at, resolved_by, closed_at, created_at, created_by, updated_at, updated_by, version)
                    FROM STDIN""", new StringReader(tickets.toString()));
            copy.copyIn("COPY ticket_events (id, ticket_id, at, actor_id, type, from_status, to_status, visibility, text, unit_id, assignee_id) FROM STDIN",
                    new StringReader(events.toString()));
            copy.copyIn("""
                    COPY dispositions (ticket_id, seq, unit_id, instruction, status, return_reason, disposed_by, disposed_at, decided_by, decided_at)
                    FROM STDIN""", new StringReader(dispositions.toString()));
            copy.copyIn("""
                    COPY ticket_attachments (id, ticket_id, stored_file_id, name, media_type, size, uploaded_by, uploaded_at, event_id)
                    FROM STDIN""", new StringReader(attachments.toString()));
        }
        // move the number counters on, as the application's own submissions would have
        counters.forEach((key, last) -> jdbc.sql("""
                        INSERT INTO ticket_number_sequences (prefix, year, last_value) VALUES (:prefix, :year, :last)
                        ON CONFLICT (prefix, year) DO UPDATE SET last_value = greatest(ticket_number_sequences.last_value, :last)""")
                .param("prefix", key.substring(0, 3)).param("year", Integer.parseInt(key.substring(4))).param("last", last).update());
        return statusCounts;
    }

    /** Old tickets are mostly closed; recent ones still open. */
    private static TicketStatus status(Random random, double age) {
        double r = random.nextDouble();
        if (age > 0.05) {
            return r < 0.85 ? TicketStatus.DITUTUP : r < 0.95 ? TicketStatus.DITOLAK : TicketStatus.DIPROSES;
        }
        return r < 0.15 ? TicketStatus.DITERIMA : r < 0.25 ? TicketStatus.VERIFIKASI : r < 0.32 ? TicketStatus.MENUNGGU_PEMOHON
                : r < 0.62 ? TicketStatus.DIPROSES : r < 0.75 ? TicketStatus.SELESAI : r < 0.95 ? TicketStatus.DITUTUP : TicketStatus.DITOLAK;
    }

    /** The entries of one ticket, an hour or a few apart. */
    private static final class Timeline {

        private final UUID ticket;
        private final Random random;
        private final StringBuilder rows = new StringBuilder();
        private Instant last;
        private int size;

        Timeline(UUID ticket, Instant created, Random random) {
            this.ticket = ticket;
            this.random = random;
            this.last = created;
        }

        Instant next() {
            last = last.plusSeconds(600 + random.nextInt(3 * 3600));
            return last;
        }

        UUID add(UUID actor, String type, String from, String to, String visibility, String text, UUID unit, UUID assignee) {
            return addAt(size == 0 ? last : next(), actor, type, from, to, visibility, text, unit, assignee);
        }

        /** Adds and returns {@code result} (the actor, for "updated by"). */
        UUID add(UUID actor, String type, String from, String to, String visibility, String text, UUID unit, UUID assignee, UUID result) {
            add(actor, type, from, to, visibility, text, unit, assignee);
            return result;
        }

        UUID addAt(Instant at, UUID actor, String type, String from, String to, String visibility, String text, UUID unit, UUID assignee) {
            UUID id = UUID.randomUUID();
            last = at;
            row(rows, id, ticket, at, actor, type, from, to, visibility, text, unit, assignee);
            size++;
            return id;
        }

        int size() {
            return size;
        }

        void writeTo(StringBuilder out) {
            out.append(rows);
        }
    }

    /** One line of COPY text format: tab-separated, {@code \N} for null (our values hold no tabs, newlines or backslashes). */
    private static void row(StringBuilder out, Object... values) {
        for (int i = 0; i < values.length; i++) {
            if (i > 0) {
                out.append('\t');
            }
            out.append(values[i] == null ? "\\N" : values[i].toString());
        }
        out.append('\n');
    }

    // --- measuring ----------------------------------------------------------------------

    private TicketId submit(CurrentUser requester, ServiceOfferingView service) {
        List<id.simlayan.storage.FileUpload> evidence = service.evidenceRequired() ? List.of(TicketFixtures.picture("bukti.png")) : List.of();
        return intake.submit(requester, new TicketIntake.Submission(service.code(),
                service.categories().isEmpty() ? null : service.categories().getFirst().id().value(), "Tiket ukur", "Uraian", evidence)).id();
    }

    private void header() {
        report.add("| measurement | median ms | p90 ms | max ms | runs |");
        report.add("|---|---:|---:|---:|---:|");
    }

    /** A few warm-up calls, then {@link #ITERATIONS} timed calls; median, p90 and max in milliseconds. */
    private void measure(String name, Callable<?> call) throws Exception {
        for (int i = 0; i < 5; i++) {
            call.call();
        }
        double[] ms = new double[ITERATIONS];
        for (int i = 0; i < ITERATIONS; i++) {
            long start = System.nanoTime();
            call.call();
            ms[i] = (System.nanoTime() - start) / 1e6;
        }
        Arrays.sort(ms);
        report.add(String.format(Locale.ROOT, "| %s | %.1f | %.1f | %.1f | %d |", name, ms[ms.length / 2], ms[(int) (ms.length * 0.9)],
                ms[ms.length - 1], ITERATIONS));
    }

    private void explain(String name, String sql, Map<String, Object> params) {
        System.out.println("--- EXPLAIN ANALYZE: " + name);
        jdbc.sql("EXPLAIN (ANALYZE, BUFFERS) " + sql).params(params).query(String.class).list().forEach(System.out::println);
    }

    private long count(String table) {
        return jdbc.sql("SELECT count(*) FROM " + table).query(Long.class).single();
    }

    private static long heapAfterGc() {
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }

    private static double seconds(long nanos) {
        return nanos / 1e9;
    }
}
