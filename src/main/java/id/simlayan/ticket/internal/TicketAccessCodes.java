package id.simlayan.ticket.internal;

import id.simlayan.audit.AuditLog;
import id.simlayan.audit.AuditLog.AuditEntry;
import id.simlayan.catalog.ServiceCatalog;
import id.simlayan.catalog.ServiceOfferingId;
import id.simlayan.catalog.ServiceOfferingView;
import id.simlayan.identity.CurrentUser;
import id.simlayan.identity.Directory;
import id.simlayan.identity.UserContact;
import id.simlayan.identity.UserId;
import id.simlayan.ticket.AccessCode;
import id.simlayan.ticket.AccessCodeMail;
import id.simlayan.ticket.AccessCodeMail.AccessCodeNotice;
import id.simlayan.ticket.TicketId;
import id.simlayan.ticket.internal.TicketAccessPolicy.Permission;
import java.io.Serializable;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Access codes: anyone with a ticket's number and its code follows the ticket on {@code /lacak}
 * without an account (a walk-in visitor with the printed receipt, a requester who lost the
 * password). Only the code's SHA-256 is kept ({@code tickets.access_code_hash}); the plain code
 * is returned once by {@link #issue} and mailed through {@link AccessCodeMail}. It never goes
 * into an event, the audit log or a log line.
 *
 * <p>Wrong attempts are throttled per client address and per ticket number
 * ({@link AccessCodeThrottle}) and audited with the number tried and the address.
 */
@Service
public class TicketAccessCodes {

    /** Where the public form is; in the e-mail and on the receipt. */
    public static final String TRACK_PATH = "/lacak";

    static final String TRACK_ACTION = "TICKET_TRACK_BY_CODE";
    static final String ISSUE_ACTION = "TICKET_ACCESS_CODE_ISSUE";
    /** Compared when no ticket has the number, so that a wrong number takes as long as a wrong code. */
    private static final String NO_HASH = "0".repeat(64);

    /**
     * What a session remembers after a right code: the ticket and the hash it was let in with, so
     * that a newly issued code also ends the sessions let in by the old one. Never the code.
     */
    public record Grant(UUID ticketId, String number, String codeHash) implements Serializable {
    }

    private final JdbcClient jdbc;
    private final TicketStore store;
    private final TicketAccessPolicy policy;
    private final AuditLog audit;
    private final Directory directory;
    private final ServiceCatalog catalog;
    private final ObjectProvider<AccessCodeMail> mail;
    private final AccessCodeThrottle throttle;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    TicketAccessCodes(JdbcClient jdbc, TicketStore store, TicketAccessPolicy policy, AuditLog audit, Directory directory,
                      ServiceCatalog catalog, ObjectProvider<AccessCodeMail> mail, AccessCodeThrottle throttle, Clock clock) {
        this.jdbc = jdbc;
        this.store = store;
        this.policy = policy;
        this.audit = audit;
        this.directory = directory;
        this.catalog = catalog;
        this.mail = mail;
        this.throttle = throttle;
        this.clock = clock;
    }

    /**
     * Gives the ticket a new code (the previous one stops working) and mails it to the
     * requester's address when there is one. No access check: for the intake, inside its
     * transaction. Returns the plain code, to be shown once.
     *
     * @throws TicketNotFound when there is no such ticket
     */
    @Transactional
    public AccessCode issue(TicketId id) {
        var code = AccessCode.random(random);
        var ticket = jdbc.sql("UPDATE tickets SET access_code_hash = :hash WHERE id = :id RETURNING number, requester_id")
                .param("hash", code.sha256Hex()).param("id", id.value())
                .query((rs, n) -> new Object[] {rs.getString("number"), rs.getObject("requester_id")})
                .optional().orElseThrow(() -> new TicketNotFound("ticket"));
        String number = (String) ticket[0];
        Optional<UserContact> requester = ticket[1] instanceof UUID requesterId ? directory.contact(new UserId(requesterId)) : Optional.empty();
        requester.filter(r -> r.email() != null && !r.email().isBlank()).ifPresent(r -> mail.ifAvailable(m -> m.send(
                new AccessCodeNotice(id, number, r.email(), r.fullName(), code, TRACK_PATH, clock.instant()))));
        return code;
    }

    /**
     * A staff member who works the ticket now (who may reply to it) issues a new code, e.g. for a
     * visitor who lost the receipt. Audited, without the code.
     *
     * @throws TicketNotFound when the user may not see the ticket
     * @throws TicketAccessDenied when the user sees it but does not work it
     * @throws TicketRuleViolation when the ticket is closed or rejected
     */
    @Transactional
    public AccessCode reissue(CurrentUser staff, TicketId id) {
        var ticket = mayReissue(staff, id);
        if (ticket.getStatus().isFinal()) {
            throw new TicketRuleViolation("ticket.error.accessCodeFinal");
        }
        var code = issue(id);
        audit.record(AuditEntry.allowed(staff.id().value(), ISSUE_ACTION, "TICKET", id.toString(),
                "new access code issued; the previous one no longer works"));
        return code;
    }

    /** The number of the ticket, when the staff member may issue it a new code (else the refusals of {@link #reissue}). */
    @Transactional(readOnly = true)
    public String numberForReissue(CurrentUser staff, TicketId id) {
        var ticket = mayReissue(staff, id);
        if (ticket.getStatus().isFinal()) {
            throw new TicketRuleViolation("ticket.error.accessCodeFinal");
        }
        return ticket.getNumber();
    }

    private Ticket mayReissue(CurrentUser staff, TicketId id) {
        var ticket = store.find(id).orElseThrow(() -> {
            policy.deny(staff, ISSUE_ACTION, "TICKET", id.value(), "unknown ticket");
            return new TicketNotFound("ticket");
        });
        policy.check(staff, ticket, Permission.STAFF_MESSAGE, ISSUE_ACTION);
        return ticket;
    }

    /**
     * Checks a number and a typed code from {@code clientAddress}. A wrong number and a wrong
     * code are refused alike; while the address or the number is throttled even the right code
     * is refused.
     *
     * @param user who is signed in, for the audit log (empty for a visitor)
     * @throws AccessCodeRefused wrong (not throttled) or throttled
     */
    public Grant track(Optional<CurrentUser> user, String typedNumber, String typedCode, String clientAddress) {
        UUID actor = user.map(u -> u.id().value()).orElse(null);
        String number = normalisedNumber(typedNumber);
        if (throttle.blocked(clientAddress, number)) {
            audit.record(AuditEntry.denied(actor, TRACK_ACTION, "TICKET_NUMBER", number, "throttled: too many wrong attempts"));
            throw new AccessCodeRefused(true);
        }
        var found = jdbc.sql("SELECT id, access_code_hash FROM tickets WHERE number = :number")
                .param("number", number)
                .query((rs, n) -> new Grant((UUID) rs.getObject("id"), number, rs.getString("access_code_hash")))
                .optional();
        var code = AccessCode.parse(typedCode);
        String storedHash = found.map(Grant::codeHash).orElse(null);
        boolean right = code.map(c -> c.matches(storedHash == null ? NO_HASH : storedHash)).orElse(false) && storedHash != null;
        if (!right) {
            throttle.failed(clientAddress, number);
            audit.record(AuditEntry.denied(actor, TRACK_ACTION, "TICKET_NUMBER", number, "wrong ticket number or access code"));
            throw new AccessCodeRefused(false);
        }
        var grant = found.orElseThrow();
        audit.record(AuditEntry.allowed(actor, TRACK_ACTION, "TICKET", grant.ticketId().toString(), "tracked by access code"));
        return grant;
    }

    /**
     * The public view of the ticket the grant lets in; empty when the code was replaced since
     * (or the ticket is gone).
     */
    @Transactional(readOnly = true)
    public Optional<PublicTracking> view(Grant grant) {
        var ticket = store.find(new TicketId(grant.ticketId()));
        String current = ticket.isEmpty() ? null
                : jdbc.sql("SELECT access_code_hash FROM tickets WHERE id = :id").param("id", grant.ticketId()).query(String.class).optional()
                        .orElse(null);
        if (current == null || !java.security.MessageDigest.isEqual(current.getBytes(java.nio.charset.StandardCharsets.US_ASCII),
                grant.codeHash().getBytes(java.nio.charset.StandardCharsets.US_ASCII))) {
            return Optional.empty();
        }
        return ticket.map(this::publicView);
    }

    private PublicTracking publicView(Ticket ticket) {
        String serviceName = catalog.find(new ServiceOfferingId(ticket.getServiceId())).map(ServiceOfferingView::name).orElse("");
        UUID requester = ticket.getRequesterId();
        var entries = store.timeline(ticket.ticketId()).stream()
                .filter(TimelineEntry::isPublic)
                .filter(e -> !(e.type() == TimelineEntry.Type.REPLY && requester != null && requester.equals(e.actorId())))
                .map(e -> PublicTracking.Entry.of(e, requester))
                .toList();
        return new PublicTracking(ticket.getNumber(), serviceName, ticket.getStatus(), ticket.getCreatedAt(), entries);
    }

    /** Ticket numbers are upper case ({@code ADU-2026-000123}); people type them any way. */
    public static String normalisedNumber(String typed) {
        String number = typed == null ? "" : typed.strip().toUpperCase(Locale.ROOT);
        return number.length() > 40 ? number.substring(0, 40) : number;
    }
}
