package id.simlayan.identity.internal;

import id.simlayan.audit.AuditLog;
import id.simlayan.audit.AuditLog.AuditEntry;
import id.simlayan.identity.PasswordLinkMail;
import id.simlayan.identity.PasswordLinkMail.PasswordLink;
import id.simlayan.identity.PasswordLinkMail.Purpose;
import id.simlayan.identity.UserId;
import java.time.Clock;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * "Lupa kata sandi": an e-mailed single-use link to set a new password. The answer to a request
 * never tells whether the address is registered: it is the same page, after at least
 * {@link PasswordSettings#minAnswerTime()}, and only an active account gets mail. Requests are
 * limited per e-mail address and per client address ({@link PasswordSettings}).
 */
@Service
public class PasswordRecovery {

    /** Path of the link; the token follows. */
    public static final String LINK_PATH = "/atur-ulang-sandi/";

    /** What happened to a new password typed on the link's page. */
    public sealed interface Outcome {

        /** The password is set; the person can log in with it. */
        record Done(String email) implements Outcome {
        }

        /** The password does not meet {@link PasswordPolicy}; nothing changed. */
        record Refused(String field, String code) implements Outcome {
        }

        /** The link is unknown, used, revoked or expired, or the account is no longer active. */
        record LinkInvalid() implements Outcome {
        }
    }

    private final AccountRepository accounts;
    private final PasswordTokens tokens;
    private final PasswordLinkMail mail;
    private final PasswordEncoder passwordEncoder;
    private final TransactionTemplate transactions;
    private final AuditLog audit;
    private final PasswordSettings settings;
    private final Clock clock;
    private final RecentAttempts perEmail;
    private final RecentAttempts perAddress;

    PasswordRecovery(AccountRepository accounts, PasswordTokens tokens, PasswordLinkMail mail, PasswordEncoder passwordEncoder,
                     TransactionTemplate transactions, AuditLog audit, PasswordSettings settings, Clock clock) {
        this.accounts = accounts;
        this.tokens = tokens;
        this.mail = mail;
        this.passwordEncoder = passwordEncoder;
        this.transactions = transactions;
        this.audit = audit;
        this.settings = settings;
        this.clock = clock;
        this.perEmail = new RecentAttempts(settings.requestsPerEmail(), settings.requestWindow());
        this.perAddress = new RecentAttempts(settings.requestsPerAddress(), settings.requestWindow());
    }

    /** Mails a reset link if {@code email} belongs to an active account and the limits allow it; never says which. */
    public void request(String email, String clientAddress) {
        long started = System.nanoTime();
        try {
            String normalised = email == null ? "" : email.strip().toLowerCase(Locale.ROOT);
            var now = clock.instant();
            if (!perAddress.tryAcquire(String.valueOf(clientAddress), now) || !perEmail.tryAcquire(normalised, now)) {
                audit.record(AuditEntry.denied(null, "PASSWORD_RESET_REQUEST", "LOGIN", null, "too many requests"));
                return;
            }
            transactions.executeWithoutResult(tx -> accounts.findByEmail(normalised).filter(Account::isActive).ifPresentOrElse(
                    account -> {
                        sendLink(account, Purpose.RESET, settings.resetLinkValidity(), null);
                        audit.record(AuditEntry.allowed(null, "PASSWORD_RESET_REQUEST", "USER", account.getId().toString(), "link mailed"));
                    },
                    () -> audit.record(new AuditEntry(null, "PASSWORD_RESET_REQUEST", "LOGIN", null, AuditLog.Outcome.FAILED,
                            "no active account with this e-mail"))));
        } finally {
            waitUntil(started, settings.minAnswerTime());
        }
    }

    /** Whether the link can still be used (to show the form or the "link no longer valid" page). */
    public boolean linkUsable(String token) {
        var now = clock.instant();
        return tokens.find(token).filter(t -> t.usableAt(now))
                .flatMap(t -> accounts.findById(t.userId().value())).filter(Account::isActive).isPresent();
    }

    /** Sets the password of the link's account: checks {@link PasswordPolicy}, uses up the link and every other open one, lifts a lock. */
    public Outcome setPassword(String token, String password, String confirmation) {
        return transactions.execute(tx -> {
            var now = clock.instant();
            var stored = tokens.lock(token).filter(t -> t.usableAt(now));
            Optional<Account> account = stored.flatMap(t -> accounts.findById(t.userId().value())).filter(Account::isActive);
            if (account.isEmpty()) {
                return new Outcome.LinkInvalid();
            }
            var a = account.get();
            var problem = PasswordPolicy.problem(password, confirmation, a.getEmail(), a.getFullName());
            if (problem.isPresent()) {
                String code = problem.get();
                return new Outcome.Refused(PasswordPolicy.MISMATCH.equals(code) ? "passwordConfirmation" : "password", code);
            }
            a.resetPassword(passwordEncoder.encode(password), now);
            accounts.save(a);
            tokens.markUsed(stored.get().id(), now);
            tokens.revokeOpen(a.userId(), now);
            audit.record(AuditEntry.allowed(a.getId(), stored.get().purpose() == Purpose.INVITATION ? "PASSWORD_SET_BY_INVITATION"
                    : "PASSWORD_RESET", "USER", a.getId().toString(), "through an e-mailed link"));
            return new Outcome.Done(a.getEmail());
        });
    }

    /** Issues a link and mails it, in the caller's transaction. */
    void sendLink(Account account, Purpose purpose, Duration validity, UserId issuedBy) {
        var now = clock.instant();
        var issued = tokens.issue(account.userId(), purpose, now, now.plus(validity), issuedBy);
        mail.send(new PasswordLink(issued.id(), purpose, account.userId(), account.getFullName(), account.getEmail(),
                LINK_PATH + issued.secret(), issued.expiresAt()));
    }

    private static void waitUntil(long startedNanos, Duration minimum) {
        long remaining = minimum.toNanos() - (System.nanoTime() - startedNanos);
        if (remaining <= 0) {
            return;
        }
        try {
            Thread.sleep(Duration.ofNanos(remaining));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
