package id.simlayan.identity.internal;

import id.simlayan.audit.AuditLog;
import id.simlayan.audit.AuditLog.AuditEntry;
import id.simlayan.identity.UserId;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Component;

/**
 * Slows down password guessing. Per account: after {@link LoginSettings#maxFailures()}
 * consecutive failures the account is locked for {@link LoginSettings#lockDuration()} (stored,
 * so it holds on every node); a successful login resets the count. Per client address: too many
 * failures within a window refuse further attempts from that address (in memory, per node).
 * Failed and refused logins are written to the audit log.
 */
@Component
class LoginThrottle {

    private static final int MAX_TRACKED_ADDRESSES = 10_000;

    private final AccountRepository accounts;
    private final AuditLog audit;
    private final LoginSettings settings;
    private final Clock clock;
    private final Map<String, Deque<Instant>> failuresByAddress = new ConcurrentHashMap<>();

    LoginThrottle(AccountRepository accounts, AuditLog audit, LoginSettings settings, Clock clock) {
        this.accounts = accounts;
        this.audit = audit;
        this.settings = settings;
        this.clock = clock;
    }

    /** True when the address had too many recent failures; the attempt is refused and audited. */
    boolean refuseAddress(String address) {
        var failures = failuresByAddress.get(address);
        if (failures == null) {
            return false;
        }
        synchronized (failures) {
            prune(failures, clock.instant());
            if (failures.size() < settings.ipMaxFailures()) {
                return false;
            }
        }
        audit.record(new AuditEntry(null, "LOGIN_REFUSED_ADDRESS", "LOGIN", null, AuditLog.Outcome.DENIED, "too many failures from this address"));
        return true;
    }

    /**
     * A wrong password (or an unknown e-mail).
     *
     * @return true when this failure locked the account
     */
    boolean failed(String email, String address) {
        countAddressFailure(address);
        var account = accounts.findByEmail(email == null ? "" : email.strip());
        if (account.isEmpty()) {
            audit.record(new AuditEntry(null, "LOGIN_FAILED", "LOGIN", null, AuditLog.Outcome.FAILED, "unknown e-mail"));
            return false;
        }
        boolean lockedNow = recordFailure(account.get().getId());
        String target = account.get().getId().toString();
        audit.record(new AuditEntry(null, "LOGIN_FAILED", "USER", target, AuditLog.Outcome.FAILED, "wrong password"));
        if (lockedNow) {
            audit.record(new AuditEntry(null, "ACCOUNT_LOCKED", "USER", target, AuditLog.Outcome.DENIED,
                    settings.maxFailures() + " failed logins; locked for " + settings.lockDuration()));
        }
        return lockedNow;
    }

    /** A login attempt on a locked account (right or wrong password: it is not checked). */
    void refusedLocked(String email, String address) {
        countAddressFailure(address);
        String target = accounts.findByEmail(email == null ? "" : email.strip()).map(a -> a.getId().toString()).orElse(null);
        audit.record(new AuditEntry(null, "LOGIN_REFUSED_LOCKED", "USER", target, AuditLog.Outcome.DENIED, "account locked"));
    }

    void succeeded(UserId user) {
        for (int attempt = 0; attempt < 3; attempt++) {
            try {
                accounts.findById(user.value()).filter(a -> a.getFailedLogins() > 0 || a.getLockedUntil() != null).ifPresent(a -> {
                    a.recordSuccessfulLogin(clock.instant());
                    accounts.save(a);
                });
                return;
            } catch (OptimisticLockingFailureException concurrent) {
                // changed meanwhile (another login, an administrator): read again
            }
        }
    }

    private boolean recordFailure(java.util.UUID accountId) {
        for (int attempt = 0; attempt < 3; attempt++) {
            try {
                var account = accounts.findById(accountId).orElseThrow();
                var now = clock.instant();
                boolean wasLocked = account.isLockedAt(now);
                account.recordFailedLogin(settings.maxFailures(), settings.lockDuration(), now);
                accounts.save(account);
                return !wasLocked && account.isLockedAt(now);
            } catch (OptimisticLockingFailureException concurrent) {
                // a parallel attempt updated the counter: count again on the fresh row
            }
        }
        return false;
    }

    private void countAddressFailure(String address) {
        if (address == null) {
            return;
        }
        var now = clock.instant();
        if (failuresByAddress.size() > MAX_TRACKED_ADDRESSES) {
            failuresByAddress.values().removeIf(d -> {
                synchronized (d) {
                    prune(d, now);
                    return d.isEmpty();
                }
            });
        }
        var failures = failuresByAddress.computeIfAbsent(address, a -> new ArrayDeque<>());
        synchronized (failures) {
            prune(failures, now);
            failures.addLast(now);
        }
    }

    private void prune(Deque<Instant> failures, Instant now) {
        var oldest = now.minus(settings.ipWindow());
        while (!failures.isEmpty() && !failures.peekFirst().isAfter(oldest)) {
            failures.removeFirst();
        }
    }
}
