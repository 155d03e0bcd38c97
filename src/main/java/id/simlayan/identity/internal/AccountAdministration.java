package id.simlayan.identity.internal;

import id.simlayan.audit.AuditLog;
import id.simlayan.audit.AuditLog.AuditEntry;
import id.simlayan.identity.Membership;
import id.simlayan.identity.PasswordLinkMail.Purpose;
import id.simlayan.identity.Role;
import id.simlayan.identity.UnitId;
import id.simlayan.identity.UserId;
import id.simlayan.identity.internal.RegistrationRefused.Problem;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The administrator's account actions on {@code /admin/pengguna}: create a staff account (the
 * person gets an invitation link to set their password), deactivate, reactivate, unlock. Every
 * action, allowed or refused, is written to the audit log with target {@code USER:<id>}.
 */
@Service
public class AccountAdministration {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final String EMAIL_PATTERN = "[^@\\s]+@[^@\\s]+\\.[^@\\s]+";
    static final int MAX_REASON = 500;

    /** What the administrator typed for a new staff account. */
    public record NewStaff(String fullName, String email, String nip, UUID unitId, Set<Role> roles) {
    }

    /** An account as shown on the confirmation page. */
    public record AccountSummary(UUID id, String fullName, String email, Account.Status status) {
    }

    private final AccountRepository accounts;
    private final UnitRepository units;
    private final PasswordRecovery passwordLinks;
    private final PasswordTokens tokens;
    private final PasswordEncoder passwordEncoder;
    private final PasswordSettings settings;
    private final AuditLog audit;
    private final TransactionTemplate transactions;
    private final Clock clock;

    AccountAdministration(AccountRepository accounts, UnitRepository units, PasswordRecovery passwordLinks, PasswordTokens tokens,
                          PasswordEncoder passwordEncoder, PasswordSettings settings, AuditLog audit,
                          TransactionTemplate transactions, Clock clock) {
        this.accounts = accounts;
        this.units = units;
        this.passwordLinks = passwordLinks;
        this.tokens = tokens;
        this.passwordEncoder = passwordEncoder;
        this.settings = settings;
        this.audit = audit;
        this.transactions = transactions;
        this.clock = clock;
    }

    /**
     * Creates an active staff account holding {@code roles} in the unit, with a password nobody
     * knows, and mails the person an invitation link (valid {@link PasswordSettings#invitationValidity()}).
     *
     * @throws RegistrationRefused with every problem found; nothing is saved
     */
    public UserId createStaff(NewStaff s, UserId admin) {
        String fullName = s.fullName() == null ? "" : s.fullName().strip();
        String email = s.email() == null ? "" : s.email().strip().toLowerCase(Locale.ROOT);
        String nip = s.nip() == null || s.nip().isBlank() ? null : s.nip().strip();
        var problems = new ArrayList<Problem>();
        if (fullName.length() < 3 || fullName.length() > 150) {
            problems.add(Problem.invalid("fullName", "registration.error.fullName"));
        }
        if (!email.matches(EMAIL_PATTERN) || email.length() > 254) {
            problems.add(Problem.invalid("email", "registration.error.email"));
        } else if (accounts.existsByEmail(email)) {
            problems.add(Problem.taken("email", "registration.error.email.taken"));
        }
        if (nip != null) {
            NipRule.problem(nip).ifPresentOrElse(code -> problems.add(Problem.invalid("nip", code)), () -> {
                if (accounts.existsByNip(nip)) {
                    problems.add(Problem.taken("nip", "registration.error.nip.taken"));
                }
            });
        }
        if (s.unitId() == null || units.findById(s.unitId()).filter(Unit::isActive).isEmpty()) {
            problems.add(Problem.invalid("unitId", "registration.error.unit"));
        }
        var roles = s.roles() == null ? Set.<Role>of() : s.roles();
        if (roles.isEmpty() || roles.contains(Role.REQUESTER)) {
            problems.add(Problem.invalid("roles", "admin.users.error.role"));
        }
        if (!problems.isEmpty()) {
            audit.record(AuditEntry.denied(admin.value(), "ACCOUNT_CREATE", "USER", null, "invalid: " + problems.stream().map(Problem::field).toList()));
            throw new RegistrationRefused(problems);
        }
        String unusable = passwordEncoder.encode(randomSecret());
        try {
            return transactions.execute(tx -> {
                var now = clock.instant();
                var account = new Account(UUID.randomUUID(), email, fullName, null, nip, null, Account.Kind.STAFF, s.unitId(), unusable,
                        Account.Status.ACTIVE, now);
                roles.forEach(role -> account.grant(new Membership(new UnitId(s.unitId()), role), now));
                var saved = accounts.save(account);
                passwordLinks.sendLink(saved, Purpose.INVITATION, settings.invitationValidity(), admin);
                audit.record(AuditEntry.allowed(admin.value(), "ACCOUNT_CREATE", "USER", saved.getId().toString(),
                        "staff account " + roles + " in unit " + s.unitId() + "; invitation mailed"));
                return saved.userId();
            });
        } catch (DataIntegrityViolationException race) {
            // the same e-mail or NIP was saved between our check and our insert
            throw new RegistrationRefused(java.util.List.of(Problem.taken("email", "registration.error.email.taken")));
        }
    }

    public AccountSummary summary(UUID userId) {
        var a = find(userId, null, "ACCOUNT_VIEW");
        return new AccountSummary(a.getId(), a.getFullName(), a.getEmail(), a.getStatus());
    }

    /** @throws DecisionRefused for the administrator's own account, or an account that is not active */
    public void deactivate(UUID userId, String reason, UserId admin) {
        String why = reason == null ? "" : reason.strip();
        if (admin.value().equals(userId)) {
            audit.record(AuditEntry.denied(admin.value(), "ACCOUNT_DEACTIVATE", "USER", userId.toString(), "own account"));
            throw new DecisionRefused("admin.users.error.ownAccount");
        }
        if (why.length() > MAX_REASON) {
            throw new DecisionRefused("admin.users.error.reasonTooLong");
        }
        transactions.executeWithoutResult(tx -> {
            var account = find(userId, admin, "ACCOUNT_DEACTIVATE");
            if (!account.isActive()) {
                audit.record(AuditEntry.denied(admin.value(), "ACCOUNT_DEACTIVATE", "USER", userId.toString(), "status " + account.getStatus()));
                throw new DecisionRefused("admin.users.error.notActive");
            }
            var now = clock.instant();
            account.disable(admin, why.isEmpty() ? null : why, now);
            accounts.save(account);
            tokens.revokeOpen(account.userId(), now);
            audit.record(AuditEntry.allowed(admin.value(), "ACCOUNT_DEACTIVATE", "USER", userId.toString(), why.isEmpty() ? "no reason given" : why));
        });
    }

    /** @throws DecisionRefused for an account that is not deactivated */
    public void reactivate(UUID userId, UserId admin) {
        transactions.executeWithoutResult(tx -> {
            var account = find(userId, admin, "ACCOUNT_REACTIVATE");
            if (account.getStatus() != Account.Status.DISABLED) {
                audit.record(AuditEntry.denied(admin.value(), "ACCOUNT_REACTIVATE", "USER", userId.toString(), "status " + account.getStatus()));
                throw new DecisionRefused("admin.users.error.notDisabled");
            }
            account.reactivate(admin, clock.instant());
            accounts.save(account);
            audit.record(AuditEntry.allowed(admin.value(), "ACCOUNT_REACTIVATE", "USER", userId.toString(), null));
        });
    }

    /** Lifts a login lock; the failed-login count starts again at zero. */
    public void unlock(UUID userId, UserId admin) {
        transactions.executeWithoutResult(tx -> {
            var account = find(userId, admin, "ACCOUNT_UNLOCK");
            account.unlock(clock.instant());
            accounts.save(account);
            audit.record(AuditEntry.allowed(admin.value(), "ACCOUNT_UNLOCK", "USER", userId.toString(), null));
        });
    }

    private Account find(UUID userId, UserId admin, String action) {
        return accounts.findById(userId).orElseThrow(() -> {
            if (admin != null) {
                audit.record(AuditEntry.denied(admin.value(), action, "USER", userId.toString(), "unknown account"));
            }
            return new DecisionRefused("admin.registrations.error.unknown");
        });
    }

    private static String randomSecret() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
