package id.simlayan.ticket.internal;

import id.simlayan.catalog.CategoryId;
import id.simlayan.catalog.ServiceCatalog;
import id.simlayan.catalog.ServiceOfferingId;
import id.simlayan.catalog.ServiceOfferingView;
import id.simlayan.identity.CurrentUser;
import id.simlayan.identity.Directory;
import id.simlayan.identity.Role;
import id.simlayan.identity.UnitId;
import id.simlayan.identity.UnitSummary;
import id.simlayan.identity.UserContact;
import id.simlayan.identity.UserId;
import id.simlayan.ticket.RequesterResponse;
import id.simlayan.ticket.TicketId;
import id.simlayan.ticket.TicketPriority;
import id.simlayan.ticket.TicketStatus;
import id.simlayan.ticket.internal.TicketAccessPolicy.Permission;
import id.simlayan.ticket.internal.TicketViews.Details;
import id.simlayan.ticket.internal.TicketViews.DispositionItem;
import id.simlayan.ticket.internal.TicketViews.ListItem;
import id.simlayan.ticket.internal.TicketViews.Page;
import id.simlayan.ticket.internal.TicketViews.QueueFilter;
import id.simlayan.ticket.internal.TicketViews.RequesterActionsView;
import id.simlayan.ticket.internal.TicketViews.StaffActions;
import id.simlayan.ticket.internal.TicketViews.TimelineItem;
import id.simlayan.ticket.internal.TicketViews.UnitDispositionItem;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The read side of the ticket pages: lists, queues and details, each after the access check. */
@Service
@Transactional(readOnly = true)
public class TicketQueries {

    private static final String LIST_COLUMNS = "t.id, t.number, t.subject, t.service_id, t.status, t.priority, t.created_at, t.updated_at, t.holder_kind, t.holder_unit_id, t.came_back";

    private final JdbcClient jdbc;
    private final TicketWork work;
    private final TicketStore store;
    private final TicketAccessPolicy policy;
    private final Attachments attachments;
    private final ServiceCatalog catalog;
    private final Directory directory;
    private final TicketSettings settings;
    private final FrontDeskConfirmationWindow window;
    private final Clock clock;
    private final DispositionTargets targets;
    private final FormAnswerViews answerViews;
    private final TicketWorkflows workflows;

    TicketQueries(JdbcClient jdbc, TicketWork work, TicketStore store, TicketAccessPolicy policy, Attachments attachments,
                  ServiceCatalog catalog, Directory directory, TicketSettings settings, FrontDeskConfirmationWindow window, Clock clock,
                  DispositionTargets targets, FormAnswerViews answerViews, TicketWorkflows workflows) {
        this.workflows = workflows;
        this.targets = targets;
        this.answerViews = answerViews;
        this.window = window;
        this.jdbc = jdbc;
        this.work = work;
        this.store = store;
        this.policy = policy;
        this.attachments = attachments;
        this.catalog = catalog;
        this.directory = directory;
        this.settings = settings;
        this.clock = clock;
    }

    // --- lists --------------------------------------------------------------------------

    /** The requester's own tickets, newest first. */
    public List<ListItem> myTickets(CurrentUser user) {
        var names = serviceNames();
        return jdbc.sql("SELECT " + LIST_COLUMNS + " FROM tickets t WHERE t.requester_id = :me ORDER BY t.created_at DESC LIMIT 500")
                .param("me", user.id().value()).query((rs, n) -> listItem(rs, names)).list();
    }

    /** The front-desk queue: oldest first, filtered, paged. Agents only. */
    public Page<ListItem> queue(CurrentUser user, QueueFilter filter) {
        if (!policy.isFrontDeskAgent(user)) {
            throw new TicketAccessDenied("queue");
        }
        var where = new StringBuilder(" WHERE 1 = 1");
        Map<String, Object> params = new HashMap<>();
        if (filter.status() != null) {
            where.append(" AND t.status = :status");
            params.put("status", filter.status().name());
        } else {
            // the first clause matches the partial index tickets_open_queue_idx (V301); SELESAI waits only for the requester
            where.append(" AND t.status NOT IN ('DITOLAK', 'DITUTUP') AND t.status IN (:open)");
            params.put("open", TicketStatus.open().stream().map(Enum::name).toList());
        }
        if (filter.serviceId() != null) {
            where.append(" AND t.service_id = :service");
            params.put("service", filter.serviceId());
        }
        if (filter.olderThanDays() != null && filter.olderThanDays() > 0) {
            where.append(" AND t.created_at < :before");
            // a century is "all of them"; larger values would leave the timestamp range
            params.put("before", Timestamp.from(clock.instant().minus(Duration.ofDays(Math.min(filter.olderThanDays(), 36_500)))));
        }
        int size = settings.queuePageSize();
        int page = Math.max(0, filter.page());
        long total = jdbc.sql("SELECT count(*) FROM tickets t" + where).params(params).query(Long.class).single();
        var names = serviceNames();
        var items = jdbc.sql("SELECT " + LIST_COLUMNS + " FROM tickets t" + where + " ORDER BY t.created_at, t.number LIMIT :limit OFFSET :offset")
                .params(params).param("limit", size).param("offset", (long) page * size)
                .query((rs, n) -> listItem(rs, names)).list();
        return new Page<>(items, total, page, size);
    }

    /** Names of the active units by id, for staff lists. */
    public Map<UUID, String> unitNamesById() {
        return unitNames();
    }

    /** Pending and accepted dispositions to the units where the user is UNIT_ADMIN or SUPERVISOR, open tickets only. */
    public List<UnitDispositionItem> unitDispositions(CurrentUser user) {
        var units = new java.util.HashSet<UUID>();
        user.unitsWhere(Role.UNIT_ADMIN).forEach(u -> units.add(u.value()));
        user.unitsWhere(Role.SUPERVISOR).forEach(u -> units.add(u.value()));
        if (units.isEmpty()) {
            return List.of();
        }
        var names = serviceNames();
        Map<UUID, String> unitNames = unitNames();
        return jdbc.sql("""
                        SELECT t.id, t.number, t.subject, t.service_id, t.status, t.priority, t.came_back, d.unit_id, d.status AS d_status, d.instruction, d.disposed_at
                        FROM dispositions d JOIN tickets t ON t.id = d.ticket_id
                        WHERE d.unit_id IN (:units) AND d.status IN ('PENDING', 'ACCEPTED') AND t.status NOT IN ('DITOLAK', 'DITUTUP')
                        ORDER BY CASE d.status WHEN 'PENDING' THEN 0 ELSE 1 END, d.disposed_at
                        """)
                .param("units", units)
                .query((rs, n) -> new UnitDispositionItem((UUID) rs.getObject("id"), rs.getString("number"), rs.getString("subject"),
                        names.getOrDefault((UUID) rs.getObject("service_id"), ""), TicketStatus.valueOf(rs.getString("status")),
                        TicketPriority.valueOf(rs.getString("priority")), unitNames.getOrDefault((UUID) rs.getObject("unit_id"), ""), Disposition.Status.valueOf(rs.getString("d_status")),
                        rs.getString("instruction"), rs.getTimestamp("disposed_at").toInstant(), cameBack(rs)))
                .list();
    }

    /** Open tickets assigned to the technician, oldest change first. */
    public List<ListItem> myTasks(CurrentUser user) {
        var names = serviceNames();
        return jdbc.sql("SELECT " + LIST_COLUMNS + """
                         FROM tickets t WHERE t.holder_kind = 'TECHNICIAN' AND t.holder_user_id = :me
                        AND t.status NOT IN ('DITOLAK', 'DITUTUP') ORDER BY t.updated_at
                        """)
                .param("me", user.id().value()).query((rs, n) -> listItem(rs, names)).list();
    }

    // --- details ------------------------------------------------------------------------

    /** The requester's view: public entries only, no unit internals. */
    public Details forRequester(CurrentUser user, TicketId id) {
        var ticket = work.load(user, id, Permission.VIEW_AS_REQUESTER, "TICKET_VIEW");
        return details(ticket, false);
    }

    public RequesterActionsView requesterActions(CurrentUser user, Details d) {
        boolean waiting = d.status() == TicketStatus.MENUNGGU_PEMOHON;
        // while the staff wait for an answer there is one box: the answer (a reply would not resume the ticket)
        return new RequesterActionsView(waiting, !d.status().isFinal() && !waiting,
                d.withinConfirmationWindow(), d.withinConfirmationWindow());
    }

    /** The staff view: the whole timeline, dispositions, requester contact. */
    public Details forStaff(CurrentUser user, TicketId id) {
        var ticket = work.load(user, id, Permission.VIEW_AS_STAFF, "TICKET_VIEW");
        return details(ticket, true);
    }

    /**
     * What each workflow step recorded (step, letter or LAPOR! number, exemption ground, equipment
     * list), by the timeline entry it belongs to: for the staff page, after {@link #forStaff}
     * has let the user see the ticket. Without it a supervisor approving an equipment request
     * would not see what was requested.
     */
    public Map<UUID, StepRecord> stepRecords(TicketId id) {
        return store.stepRecords(id);
    }

    public StaffActions staffActions(CurrentUser user, TicketId id) {
        var ticket = store.find(id).orElseThrow(() -> new TicketNotFound("ticket"));
        var status = ticket.getStatus();
        boolean agent = policy.isFrontDeskAgent(user);
        boolean checking = status == TicketStatus.DITERIMA || status == TicketStatus.VERIFIKASI;
        boolean processing = status == TicketStatus.DIPROSES;
        boolean dispose = agent && processing && ticket.getHolderKind() == Ticket.HolderKind.FRONT_DESK;
        boolean unitDecision = policy.allows(user, ticket, Permission.UNIT_DECISION);
        boolean decide = ticket.pendingDisposition().isPresent() && policy.answersHandOff(user, ticket);
        boolean assign = processing && unitDecision && ticket.acceptedDisposition().isPresent();
        boolean resolve = processing && ticket.pendingDisposition().isEmpty() && policy.allows(user, ticket, Permission.RESOLVE);
        List<UnitSummary> units = dispose ? targets.all() : List.of();
        List<UserContact> technicians = assign
                ? directory.holders(new UnitId(ticket.acceptedDisposition().orElseThrow().getUnitId()), Role.TECHNICIAN) : List.of();
        boolean priority = !status.isFinal() && policy.allows(user, ticket, Permission.PRIORITY);
        // a ticket on another definition is worked through its own steps (WorkflowPanels); the hand-off answers stay
        boolean general = "standar".equals(workflows.of(ticket).key());
        return new StaffActions(general && agent && status == TicketStatus.DITERIMA, general && agent && checking, general && agent && checking,
                general && agent && checking, general && dispose, decide, general && assign, !status.isFinal() && policy.allows(user, ticket, Permission.STAFF_MESSAGE), general && resolve, priority, units,
                technicians);
    }

    private Details details(Ticket ticket, boolean staff) {
        var service = catalog.find(new ServiceOfferingId(ticket.getServiceId()));
        String serviceName = service.map(ServiceOfferingView::name).orElse("");
        String categoryName = ticket.getCategoryId() == null ? "" : service.flatMap(s -> s.anyCategory(new CategoryId(ticket.getCategoryId())))
                .map(ServiceOfferingView.CategoryView::name).orElse("");
        Function<UUID, String> person = cached(uid -> directory.contact(new UserId(uid)).map(UserContact::fullName).orElse("?"));
        Function<UUID, String> unit = cached(uid -> directory.unit(new UnitId(uid)).map(UnitSummary::name).orElse("?"));
        var timeline = store.timeline(ticket.ticketId()).stream()
                .filter(e -> staff || e.isPublic())
                .map(e -> timelineItem(e, ticket, staff, person, unit))
                .toList();
        List<DispositionItem> dispositions = staff ? ticket.dispositions().stream()
                .map(d -> new DispositionItem(unit.apply(d.getUnitId()), d.getInstruction(), d.getStatus(), d.getReturnReason(),
                        d.getDisposedAt(), d.getDecidedAt()))
                .toList() : List.of();
        var now = clock.instant();
        Optional<UserContact> requester = staff ? directory.contact(ticket.requester()) : Optional.empty();
        List<AttachmentRecord> files = staff ? attachments.of(ticket.ticketId()) : attachments.publicOf(ticket.ticketId());
        return new Details(ticket.getId(), ticket.getNumber(), ticket.getVersion(), ticket.getStatus(), serviceName, categoryName,
                ticket.getKind().name(), ticket.getPriority(), ticket.getSubject(), ticket.getDescription(), ticket.getCreatedAt(), ticket.getResolvedAt(),
                ticket.getResolvedAt() == null ? null : window.endFor(ticket.getResolvedAt()),
                ticket.withinConfirmationWindow(window, now), requester.orElse(null), staff ? ticket.getHolderKind() : null,
                staff && ticket.getHolderUnitId() != null ? unit.apply(ticket.getHolderUnitId()) : null,
                staff && ticket.getHolderUserId() != null ? person.apply(ticket.getHolderUserId()) : null,
                timeline, files, dispositions, ticket.getStandardVersionId(), answerViews.of(ticket.ticketId(), files));
    }

    // --- helpers ------------------------------------------------------------------------

    private static TimelineItem timelineItem(TimelineEntry e, Ticket ticket, boolean staff, Function<UUID, String> person,
                                             Function<UUID, String> unit) {
        TicketPriority priorityFrom = e.priorityFrom();
        TicketPriority priorityTo = e.priorityTo();
        String text = e.text();
        return new TimelineItem(e.id(), e.at(), e.actorId() == null ? null : person.apply(e.actorId()),
                ticket.getRequesterId().equals(e.actorId()), e.type(), e.fromStatus(), e.toStatus(), !e.isPublic(), text,
                staff && e.unitId() != null ? unit.apply(e.unitId()) : null,
                staff && e.assigneeId() != null ? person.apply(e.assigneeId()) : null, priorityFrom, priorityTo, false);
    }

    private Map<UUID, String> serviceNames() {
        Map<UUID, String> names = new HashMap<>();
        catalog.activeOfferings().forEach(s -> names.put(s.id().value(), s.name()));
        return names;
    }

    private Map<UUID, String> unitNames() {
        Map<UUID, String> names = new HashMap<>();
        directory.units().forEach(u -> names.put(u.id().value(), u.name()));
        return names;
    }

    private static ListItem listItem(ResultSet rs, Map<UUID, String> serviceNames) throws SQLException {
        return new ListItem((UUID) rs.getObject("id"), rs.getString("number"), rs.getString("subject"),
                serviceNames.getOrDefault((UUID) rs.getObject("service_id"), ""), TicketStatus.valueOf(rs.getString("status")),
                TicketPriority.valueOf(rs.getString("priority")), rs.getTimestamp("created_at").toInstant(), rs.getTimestamp("updated_at").toInstant(),
                Ticket.HolderKind.valueOf(rs.getString("holder_kind")), (UUID) rs.getObject("holder_unit_id"), cameBack(rs));
    }

    private static RequesterResponse cameBack(ResultSet rs) throws SQLException {
        String value = rs.getString("came_back");
        return value == null ? null : RequesterResponse.valueOf(value);
    }

    private static <K, V> Function<K, V> cached(Function<K, V> f) {
        Map<K, V> cache = new HashMap<>();
        return k -> cache.computeIfAbsent(k, f);
    }
}
