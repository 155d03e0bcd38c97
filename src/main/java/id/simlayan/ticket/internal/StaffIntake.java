package id.simlayan.ticket.internal;

import id.simlayan.audit.AuditLog;
import id.simlayan.audit.AuditLog.AuditEntry;
import id.simlayan.catalog.Audience;
import id.simlayan.catalog.ServiceOfferingView;
import id.simlayan.identity.AccountProvisioning;
import id.simlayan.identity.AccountProvisioning.NewContact;
import id.simlayan.identity.CurrentUser;
import id.simlayan.identity.Directory;
import id.simlayan.identity.Role;
import id.simlayan.identity.UnitId;
import id.simlayan.identity.UnitSummary;
import id.simlayan.identity.UserContact;
import id.simlayan.identity.UserId;
import id.simlayan.ticket.AccessCode;
import id.simlayan.ticket.TicketId;
import id.simlayan.ticket.internal.TicketIntake.Submission;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * An agent logs a ticket for someone who came to the front desk, phoned, wrote a letter, mailed,
 * sent a WhatsApp message or whose complaint came from SP4N-LAPOR!. The requester is an existing
 * active account found by e-mail (case-insensitive) or NIK, or else a new contact without login
 * (identity's {@link AccountProvisioning#createContactWithoutLogin}, consent recorded as given to
 * this agent). Then the ticket is filed through {@link TicketIntake} with every check of a
 * requester's own submission, and the channel, its reference, the agent and the named unit are
 * kept on the ticket ({@code tickets.intake_channel} ... V320). One transaction: on any refusal
 * nothing is kept, not even the new contact.
 */
@Service
public class StaffIntake {

    static final String ACTION = "TICKET_STAFF_INTAKE";
    public static final int MAX_REFERENCE = 100;

    /** Who asked, as the agent wrote it down. {@code consent}: the person agreed, told by the agent. */
    public record Requester(String fullName, String email, String phone, String nik, UnitId unit, boolean consent) {

        public Requester {
            email = blankToNull(email);
            phone = blankToNull(phone);
            nik = blankToNull(nik);
            fullName = fullName == null ? null : fullName.strip();
        }

        NewContact contact() {
            return new NewContact(fullName, email, phone, nik, unit);
        }
    }

    /** The new ticket, its access code (shown once) and whether a new contact was recorded. */
    public record Logged(TicketId id, String number, AccessCode accessCode, Instant at, boolean newContact) {
    }

    /** How a ticket came in when staff logged it: for the staff ticket page. */
    public record IntakeRecord(IntakeChannel channel, String externalReference, UUID loggedBy, String loggedByName, String requesterUnitName) {
    }

    private final TicketIntake intake;
    private final Directory directory;
    private final AccountProvisioning provisioning;
    private final JdbcClient jdbc;
    private final AuditLog audit;
    private final TicketStore store;
    private final TicketAccessPolicy policy;

    StaffIntake(TicketIntake intake, Directory directory, AccountProvisioning provisioning, JdbcClient jdbc, AuditLog audit, TicketStore store,
                TicketAccessPolicy policy) {
        this.store = store;
        this.policy = policy;
        this.intake = intake;
        this.directory = directory;
        this.provisioning = provisioning;
        this.jdbc = jdbc;
        this.audit = audit;
    }

    /** Front-desk AGENTs, SUPERVISORs and ADMINs of the front desk. */
    public boolean mayLog(CurrentUser user) {
        if (!user.isStaff()) {
            return false;
        }
        UnitId frontDesk;
        try {
            frontDesk = directory.frontDesk().id();
        } catch (IllegalStateException noFrontDesk) {
            return false;
        }
        return Set.of(Role.AGENT, Role.SUPERVISOR, Role.ADMIN).stream().anyMatch(role -> user.hasRoleIn(frontDesk, role));
    }

    /**
     * Every problem of the requester's part the page can show before anything is saved, by field
     * ({@code externalReference}, {@code consent}, {@code unitId} as ticket codes, {@code requesterName},
     * {@code email}, {@code phone}, {@code nik} as identity's codes; {@code email} also when e-mail
     * and NIK belong to two different people). A matched account needs no valid contact data
     * beyond the match.
     */
    @Transactional(readOnly = true)
    public Map<String, String> problems(ServiceOfferingView service, IntakeChannel channel, String externalReference, Requester requester) {
        var problems = new LinkedHashMap<String, String>();
        referenceProblem(channel, externalReference).ifPresent(code -> problems.put("externalReference", code));
        if (!requester.consent()) {
            problems.put("consent", "ticket.staffIntake.error.consent");
        }
        if (!unitKnown(requester.unit())) {
            problems.put("unitId", "ticket.staffIntake.error.unit");
        }
        try {
            var matched = match(requester);
            if (matched.isEmpty()) {
                provisioning.contactProblems(requester.contact()).forEach((field, code) -> problems.putIfAbsent(fieldOf(field), code));
            }
            boolean affiliated = requester.unit() != null
                    || matched.map(c -> intake.mayRequest(new CurrentUser(c.id(), c.fullName(), c.email(), Set.of()), service))
                            .orElse(service.audience() == Audience.PUBLIC);
            if (!affiliated) {
                problems.putIfAbsent("unitId", audienceCode(service.audience()));
            }
        } catch (TicketRuleViolation conflict) {
            problems.put("email", conflict.messageCode());
        }
        return problems;
    }

    /**
     * @throws TicketAccessDenied when the user may not log tickets
     * @throws TicketRuleViolation a missing reference or consent, e-mail and NIK of two different
     *                             accounts ({@code ticket.staffIntake.error.requesterConflict}),
     *                             and every refusal of {@link TicketIntake#submit}
     * @throws id.simlayan.identity.ContactRefused the new contact's data is refused
     * @throws id.simlayan.standard.FormAnswersRefused see {@link TicketIntake#submit}
     */
    @Transactional
    public Logged log(CurrentUser agent, IntakeChannel channel, String externalReference, Requester requester, Submission submission) {
        if (!mayLog(agent)) {
            audit.record(AuditEntry.denied(agent.id().value(), ACTION, "SERVICE", submission.serviceCode(), "not a front-desk agent"));
            throw new TicketAccessDenied(ACTION);
        }
        if (channel == null) {
            throw new TicketRuleViolation("ticket.staffIntake.error.channel");
        }
        referenceProblem(channel, externalReference).ifPresent(code -> {
            throw new TicketRuleViolation(code);
        });
        if (!requester.consent()) {
            throw new TicketRuleViolation("ticket.staffIntake.error.consent");
        }
        if (!unitKnown(requester.unit())) {
            throw new TicketRuleViolation("ticket.staffIntake.error.unit");
        }
        var matched = match(requester);
        UserId requesterId = matched.map(UserContact::id)
                .orElseGet(() -> provisioning.createContactWithoutLogin(requester.contact(), agent.id()));
        var asRequester = new CurrentUser(requesterId, requester.fullName(), requester.email(), Set.of());
        var submitted = intake.file(asRequester, submission, agent.id(), requester.unit() != null);
        jdbc.sql("""
                        UPDATE tickets SET intake_channel = :channel, external_reference = :reference, logged_by = :agent, requester_unit_id = :unit
                        WHERE id = :id""")
                .param("channel", channel.name()).param("reference", blankToNull(externalReference))
                .param("agent", agent.id().value()).param("unit", requester.unit() == null ? null : requester.unit().value())
                .param("id", submitted.id().value()).update();
        // ids and the channel only: the requester's name and contact stay out of the audit log
        audit.record(AuditEntry.allowed(agent.id().value(), ACTION, "TICKET", submitted.id().toString(),
                "logged via " + channel + (matched.isPresent() ? " for an existing account" : " for a new contact without login")));
        return new Logged(submitted.id(), submitted.number(), submitted.accessCode(), submitted.submittedAt(), matched.isEmpty());
    }

    /**
     * Whether the one who logged the ticket may open its staff page: a front-desk SUPERVISOR or
     * ADMIN without the AGENT role logs tickets but does not work the queue.
     */
    @Transactional(readOnly = true)
    public boolean mayOpen(CurrentUser user, TicketId id) {
        return store.find(id).map(ticket -> policy.canViewAsStaff(user, ticket)).orElse(false);
    }

    /** The channel, reference and agent of a ticket staff logged; empty for one its requester filed. */
    @Transactional(readOnly = true)
    public Optional<IntakeRecord> recordOf(TicketId id) {
        return jdbc.sql("SELECT intake_channel, external_reference, logged_by, requester_unit_id FROM tickets WHERE id = :id AND logged_by IS NOT NULL")
                .param("id", id.value())
                .query((rs, n) -> {
                    UUID agent = (UUID) rs.getObject("logged_by");
                    UUID unit = (UUID) rs.getObject("requester_unit_id");
                    return new IntakeRecord(IntakeChannel.valueOf(rs.getString("intake_channel")), rs.getString("external_reference"), agent,
                            directory.contact(new UserId(agent)).map(UserContact::fullName).orElse(""),
                            unit == null ? null : directory.unit(new UnitId(unit)).map(UnitSummary::name).orElse(null));
                })
                .optional();
    }

    /**
     * The active account the e-mail or the NIK belongs to; empty for a new person.
     *
     * @throws TicketRuleViolation when they belong to two different accounts
     */
    private Optional<UserContact> match(Requester requester) {
        var byEmail = requester.email() == null ? Optional.<UserContact>empty() : directory.contactByEmail(requester.email());
        var byNik = requester.nik() == null ? Optional.<UserContact>empty() : directory.contactByNik(requester.nik());
        if (byEmail.isPresent() && byNik.isPresent() && !byEmail.get().id().equals(byNik.get().id())) {
            throw new TicketRuleViolation("ticket.staffIntake.error.requesterConflict");
        }
        return byEmail.or(() -> byNik);
    }

    /** The message when the requester may not ask for a service of this audience and the agent named no unit. */
    public static String audienceCode(Audience audience) {
        return "ticket.staffIntake.error.audience." + audience.name();
    }

    /** The intake's name of a field of identity's contact ({@link id.simlayan.identity.ContactRefused}). */
    public static String fieldOf(String contactField) {
        return switch (contactField) {
            case "fullName" -> "requesterName";
            case "ownUnit" -> "unitId";
            default -> contactField;
        };
    }

    /** No unit, or an active one (a deactivated unit is no longer offered). */
    private boolean unitKnown(UnitId unit) {
        return unit == null || directory.units().stream().anyMatch(u -> u.id().equals(unit));
    }

    private static Optional<String> referenceProblem(IntakeChannel channel, String reference) {
        String value = blankToNull(reference);
        if (value != null && value.length() > MAX_REFERENCE) {
            return Optional.of("ticket.staffIntake.error.referenceTooLong");
        }
        if (channel != null && channel.needsReference() && value == null) {
            return Optional.of("ticket.staffIntake.error.reference." + channel.name());
        }
        return Optional.empty();
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
