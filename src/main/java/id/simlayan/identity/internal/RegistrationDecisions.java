package id.simlayan.identity.internal;

import id.simlayan.audit.AuditLog;
import id.simlayan.audit.AuditLog.AuditEntry;
import id.simlayan.identity.AccountApproved;
import id.simlayan.identity.AccountRejected;
import id.simlayan.identity.UserId;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * An administrator approves or rejects pending registrations. A decision is taken once: a
 * second decision on the same account is refused and changes nothing. Every decision is
 * published ({@link AccountApproved}, {@link AccountRejected}; the notification module writes
 * the e-mails) and written to the audit log.
 */
@Service
public class RegistrationDecisions {

    static final int MAX_REASON = 500;

    /** A pending registration as the administrator sees it; the NIK is masked but for the last 4 digits. */
    public record PendingRegistration(UUID id, String fullName, Account.Kind kind, String maskedNik, String nip, String email, String phone,
                                      String unitName, Instant registeredAt) {
    }

    private final AccountRepository accounts;
    private final UnitRepository units;
    private final ApplicationEventPublisher events;
    private final AuditLog audit;
    private final TransactionTemplate transactions;
    private final Clock clock;

    RegistrationDecisions(AccountRepository accounts, UnitRepository units, ApplicationEventPublisher events, AuditLog audit,
                          TransactionTemplate transactions, Clock clock) {
        this.accounts = accounts;
        this.units = units;
        this.events = events;
        this.audit = audit;
        this.transactions = transactions;
        this.clock = clock;
    }

    public List<PendingRegistration> pending() {
        Map<UUID, String> unitNames = units.findAll().stream().collect(Collectors.toMap(Unit::getId, Unit::getName));
        return accounts.findByStatus(Account.Status.PENDING.name()).stream()
                .map(a -> new PendingRegistration(a.getId(), a.getFullName(), a.getUserKind(), mask(a.getNik()), a.getNip(), a.getEmail(),
                        a.getPhone(), a.getOwnUnitId() == null ? null : unitNames.get(a.getOwnUnitId()), a.getCreatedAt()))
                .toList();
    }

    public long pendingCount() {
        return accounts.countByStatus(Account.Status.PENDING.name());
    }

    /** @throws DecisionRefused when the account is unknown or already decided */
    public void approve(UUID accountId, UserId admin) {
        decide(accountId, admin, "REGISTRATION_APPROVE", account -> {
            var now = clock.instant();
            account.approve(admin, now);
            accounts.save(account);
            events.publishEvent(new AccountApproved(account.userId(), now));
            return null;
        });
    }

    /** @throws DecisionRefused when the reason is empty, or the account is unknown or already decided */
    public void reject(UUID accountId, UserId admin, String reason) {
        String why = reason == null ? "" : reason.strip();
        if (why.isEmpty()) {
            throw new DecisionRefused("admin.registrations.error.reasonRequired");
        }
        if (why.length() > MAX_REASON) {
            throw new DecisionRefused("admin.registrations.error.reasonTooLong");
        }
        decide(accountId, admin, "REGISTRATION_REJECT", account -> {
            var now = clock.instant();
            account.reject(admin, why, now);
            accounts.save(account);
            events.publishEvent(new AccountRejected(account.userId(), now));
            return null;
        });
    }

    private void decide(UUID accountId, UserId admin, String action, Function<Account, Void> decision) {
        try {
            transactions.executeWithoutResult(status -> {
                var account = accounts.findById(accountId).orElseThrow(() -> new DecisionRefused("admin.registrations.error.unknown"));
                if (!account.isPending()) {
                    throw new DecisionRefused("admin.registrations.error.alreadyDecided");
                }
                decision.apply(account);
            });
        } catch (DecisionRefused refused) {
            audit.record(AuditEntry.denied(admin.value(), action, "USER", accountId.toString(), refused.code()));
            throw refused;
        } catch (OptimisticLockingFailureException concurrent) {
            // another administrator decided at the same moment
            audit.record(AuditEntry.denied(admin.value(), action, "USER", accountId.toString(), "concurrent decision"));
            throw new DecisionRefused("admin.registrations.error.alreadyDecided");
        }
        audit.record(AuditEntry.allowed(admin.value(), action, "USER", accountId.toString(), null));
    }

    static String mask(String nik) {
        if (nik == null || nik.length() < 4) {
            return "";
        }
        return "•".repeat(nik.length() - 4) + nik.substring(nik.length() - 4);
    }
}
