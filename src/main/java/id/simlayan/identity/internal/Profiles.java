package id.simlayan.identity.internal;

import id.simlayan.audit.AuditLog;
import id.simlayan.audit.AuditLog.AuditEntry;
import id.simlayan.identity.UserId;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The signed-in person's own account: name, mobile number and password. Checked like a
 * registration ({@link PhoneNumbers}, {@link PasswordPolicy}); a password change needs the current
 * password, and after {@value #MAX_WRONG_CURRENT} wrong ones within 15 minutes further attempts
 * are refused for a while (a left-open session must not become a password-guessing tool).
 */
@Service
public class Profiles {

    static final int MAX_WRONG_CURRENT = 5;

    public record Profile(String fullName, String email, String phone) {
    }

    /** Why a change was not saved: the form field and a message code. */
    public record Problem(String field, String code) {
    }

    private final AccountRepository accounts;
    private final PasswordTokens tokens;
    private final PasswordEncoder passwordEncoder;
    private final AuditLog audit;
    private final Clock clock;
    private final RecentAttempts wrongCurrentPasswords = new RecentAttempts(MAX_WRONG_CURRENT, Duration.ofMinutes(15));

    Profiles(AccountRepository accounts, PasswordTokens tokens, PasswordEncoder passwordEncoder, AuditLog audit,
             Clock clock) {
        this.accounts = accounts;
        this.tokens = tokens;
        this.passwordEncoder = passwordEncoder;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public Profile profile(UserId user) {
        var account = account(user);
        return new Profile(account.getFullName(), account.getEmail(), account.getPhone());
    }

    /** An empty {@code phone} removes the number. */
    @Transactional
    public Optional<Problem> changeDetails(UserId user, String fullName, String phone) {
        String name = fullName == null ? "" : fullName.strip();
        if (name.length() < 3 || name.length() > 150) {
            return Optional.of(new Problem("fullName", "registration.error.fullName"));
        }
        String storedPhone = null;
        if (phone != null && !phone.isBlank()) {
            var normalised = PhoneNumbers.normalise(phone);
            if (normalised.isEmpty()) {
                return Optional.of(new Problem("phone", PhoneNumbers.INVALID));
            }
            storedPhone = normalised.get();
        }
        var account = account(user);
        account.changeDetails(name, storedPhone, clock.instant());
        accounts.save(account);
        audit.record(AuditEntry.allowed(user.value(), "PROFILE_UPDATE", "USER", user.toString(), "name and phone"));
        return Optional.empty();
    }

    @Transactional
    public Optional<Problem> changePassword(UserId user, String currentPassword, String password, String confirmation) {
        var now = clock.instant();
        String key = user.toString();
        if (wrongCurrentPasswords.exhausted(key, now)) {
            audit.record(AuditEntry.denied(user.value(), "PASSWORD_CHANGE", "USER", key, "too many wrong current passwords"));
            return Optional.of(new Problem("currentPassword", "profile.error.currentPassword.tooMany"));
        }
        var account = account(user);
        if (currentPassword == null || !passwordEncoder.matches(currentPassword, account.getPasswordHash())) {
            wrongCurrentPasswords.tryAcquire(key, now);
            audit.record(AuditEntry.denied(user.value(), "PASSWORD_CHANGE", "USER", key, "wrong current password"));
            return Optional.of(new Problem("currentPassword", "profile.error.currentPassword"));
        }
        var problem = PasswordPolicy.problem(password, confirmation, account.getEmail(), account.getFullName());
        if (problem.isPresent()) {
            return Optional.of(new Problem(PasswordPolicy.MISMATCH.equals(problem.get()) ? "passwordConfirmation" : "password", problem.get()));
        }
        account.changePassword(passwordEncoder.encode(password), now);
        accounts.save(account);
        tokens.revokeOpen(user, now);
        audit.record(AuditEntry.allowed(user.value(), "PASSWORD_CHANGE", "USER", key, "on the profile page"));
        return Optional.empty();
    }

    private Account account(UserId user) {
        return accounts.findById(user.value()).orElseThrow(() -> new IllegalStateException("No account " + user));
    }
}
