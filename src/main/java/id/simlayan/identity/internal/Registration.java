package id.simlayan.identity.internal;

import id.simlayan.identity.AccountRegistered;
import id.simlayan.identity.UserId;
import id.simlayan.identity.internal.RegistrationRefused.Problem;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Self-registration of a citizen (masyarakat) or a civil servant (ASN). Everything is checked
 * before anything is saved; the account is saved PENDING and {@link AccountRegistered} is
 * published in the same transaction (the Modulith outbox keeps it until its listeners ran).
 */
@Service
public class Registration {

    /** Version of the consent wording shown on the form (message key registration.consent). */
    static final String CONSENT_VERSION = "2026-11";

    public enum Applicant { CITIZEN, ASN }

    /** What the registrant typed. */
    public record Application(Applicant applicant, String fullName, String nik, String email, String phone, String password,
                              String passwordConfirmation, String nip, UUID unitId, boolean consent) {
    }

    private static final String EMAIL_PATTERN = "[^@\\s]+@[^@\\s]+\\.[^@\\s]+";

    private final AccountRepository accounts;
    private final UnitRepository units;
    private final PasswordEncoder passwordEncoder;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate transactions;
    private final Clock clock;

    Registration(AccountRepository accounts, UnitRepository units, PasswordEncoder passwordEncoder, ApplicationEventPublisher events,
                 TransactionTemplate transactions, Clock clock) {
        this.accounts = accounts;
        this.units = units;
        this.passwordEncoder = passwordEncoder;
        this.events = events;
        this.transactions = transactions;
        this.clock = clock;
    }

    /**
     * Saves a pending account.
     *
     * @throws RegistrationRefused with every problem found; nothing is saved
     */
    public UserId register(Application a) {
        String fullName = trim(a.fullName());
        String email = trim(a.email()).toLowerCase(Locale.ROOT);
        String nik = trim(a.nik());
        String nip = a.applicant() == Applicant.ASN ? trim(a.nip()) : null;
        var problems = new ArrayList<Problem>();

        if (a.applicant() == null) {
            problems.add(Problem.invalid("applicant", "registration.error.applicant"));
        }
        if (fullName.length() < 3 || fullName.length() > 150) {
            problems.add(Problem.invalid("fullName", "registration.error.fullName"));
        }
        NikRule.problem(nik).ifPresent(code -> problems.add(Problem.invalid("nik", code)));
        if (!email.matches(EMAIL_PATTERN) || email.length() > 254) {
            problems.add(Problem.invalid("email", "registration.error.email"));
        }
        var phone = PhoneNumbers.normalise(a.phone());
        if (phone.isEmpty()) {
            problems.add(Problem.invalid("phone", PhoneNumbers.INVALID));
        }
        PasswordPolicy.problem(a.password(), a.passwordConfirmation(), email, fullName).ifPresent(code ->
                problems.add(Problem.invalid(PasswordPolicy.MISMATCH.equals(code) ? "passwordConfirmation" : "password", code)));
        if (a.applicant() == Applicant.ASN) {
            NipRule.problem(nip).ifPresent(code -> problems.add(Problem.invalid("nip", code)));
            if (a.unitId() == null || units.findById(a.unitId()).filter(Unit::isActive).isEmpty()) {
                problems.add(Problem.invalid("unitId", "registration.error.unit"));
            }
        }
        if (!a.consent()) {
            problems.add(Problem.invalid("consent", "registration.error.consent"));
        }
        if (!fieldHasProblem(problems, "email") && accounts.existsByEmail(email)) {
            problems.add(Problem.taken("email", "registration.error.email.taken"));
        }
        if (!fieldHasProblem(problems, "nik") && accounts.existsByNik(nik)) {
            problems.add(Problem.taken("nik", "registration.error.nik.taken"));
        }
        if (nip != null && !fieldHasProblem(problems, "nip") && accounts.existsByNip(nip)) {
            problems.add(Problem.taken("nip", "registration.error.nip.taken"));
        }
        if (!problems.isEmpty()) {
            throw new RegistrationRefused(problems);
        }

        var kind = a.applicant() == Applicant.ASN ? Account.Kind.ASN : Account.Kind.CITIZEN;
        var ownUnit = a.applicant() == Applicant.ASN ? a.unitId() : null;
        String hash = passwordEncoder.encode(a.password());
        try {
            return transactions.execute(status -> {
                var now = clock.instant();
                var account = accounts.save(Account.registered(email, fullName, nik, nip, phone.get(), kind, ownUnit, hash, CONSENT_VERSION, now));
                events.publishEvent(new AccountRegistered(account.userId(), account.getFullName(), account.getEmail(), now));
                return account.userId();
            });
        } catch (DataIntegrityViolationException race) {
            // another registration with the same value committed between our check and our insert
            throw new RegistrationRefused(List.of(duplicateFrom(race)));
        }
    }

    private static Problem duplicateFrom(DataIntegrityViolationException e) {
        String message = String.valueOf(e.getMostSpecificCause().getMessage());
        if (message.contains("users_nik_uq")) {
            return Problem.taken("nik", "registration.error.nik.taken");
        }
        if (message.contains("users_nip_uq")) {
            return Problem.taken("nip", "registration.error.nip.taken");
        }
        if (message.contains("users_email_uq")) {
            return Problem.taken("email", "registration.error.email.taken");
        }
        throw e;
    }

    private static boolean fieldHasProblem(List<Problem> problems, String field) {
        return problems.stream().anyMatch(p -> p.field().equals(field));
    }

    private static String trim(String s) {
        return s == null ? "" : s.strip();
    }
}
