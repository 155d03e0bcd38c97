package id.simlayan.identity.internal;

import id.simlayan.identity.AccountRegistered;
import id.simlayan.identity.RegistrationAttemptedForExistingAccount;
import id.simlayan.identity.internal.RegistrationRefused.Problem;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
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
 * An e-mail, NIK or NIP already in use is not a visible error: see {@link Outcome}.
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
    private final RegistrationLimit limit;
    private final Clock clock;

    Registration(AccountRepository accounts, UnitRepository units, PasswordEncoder passwordEncoder, ApplicationEventPublisher events,
                 TransactionTemplate transactions, RegistrationLimit limit, Clock clock) {
        this.limit = limit;
        this.accounts = accounts;
        this.units = units;
        this.passwordEncoder = passwordEncoder;
        this.events = events;
        this.transactions = transactions;
        this.clock = clock;
    }

    /**
     * What happened to a valid application. The registrant is told the same in every case
     * ("check your e-mail"), so that the answer never confirms that an e-mail, NIK or NIP is
     * registered; the outcome is for the caller's logs and tests only.
     */
    public enum Outcome {
        /** A new pending account; {@link AccountRegistered} tells the registrant. */
        REGISTERED,
        /**
         * The e-mail, NIK or NIP belonged to a rejected application only: it takes the new values
         * and is pending again; {@link AccountRegistered} tells the registrant.
         */
        REOPENED,
        /** The e-mail, NIK or NIP is in use by another account: nothing saved, the owners are told by e-mail. */
        EXISTING_ACCOUNT
    }

    /**
     * Saves a pending account, or tells the owners of the e-mail, NIK or NIP that someone tried
     * to register with it.
     *
     * @param clientAddress where the application came from, for the per-address limit; null
     *        when it does not come from a visitor (demo data)
     * @throws RegistrationRefused with every problem found in the values; nothing is saved
     * @throws RegistrationLimited when {@code clientAddress} sent too many registrations recently
     */
    public Outcome register(Application a, String clientAddress) {
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
        if (!problems.isEmpty()) {
            throw new RegistrationRefused(problems);
        }
        // counted only once the values are valid: a visitor correcting typos is not held back
        if (clientAddress != null && !limit.allow(clientAddress)) {
            throw new RegistrationLimited();
        }

        var kind = a.applicant() == Applicant.ASN ? Account.Kind.ASN : Account.Kind.CITIZEN;
        var ownUnit = a.applicant() == Applicant.ASN ? a.unitId() : null;
        // hashed on every path, so that the answer takes as long for a known NIK as for a new one
        String hash = passwordEncoder.encode(a.password());
        for (int attempt = 0; ; attempt++) {
            try {
                return transactions.execute(status -> {
                    var now = clock.instant();
                    var owners = owners(email, nik, nip);
                    var application = Account.registered(email, fullName, nik, nip, phone.get(), kind, ownUnit, hash, CONSENT_VERSION, now);
                    if (owners.isEmpty()) {
                        var account = accounts.save(application);
                        events.publishEvent(new AccountRegistered(account.userId(), now));
                        return Outcome.REGISTERED;
                    }
                    if (owners.size() == 1 && owners.getFirst().isRejected()) {
                        // every value already in use is this rejected application's own: let them try again
                        var rejected = owners.getFirst();
                        rejected.reopen(application, now);
                        accounts.save(rejected);
                        events.publishEvent(new AccountRegistered(rejected.userId(), now));
                        return Outcome.REOPENED;
                    }
                    // the same answer as for a new registration; only the owners hear of it, by e-mail
                    owners.forEach(owner -> events.publishEvent(new RegistrationAttemptedForExistingAccount(owner.userId(), now)));
                    return Outcome.EXISTING_ACCOUNT;
                });
            } catch (DataIntegrityViolationException race) {
                // another registration with the same value committed between our check and our insert:
                // look again, it is an existing account now
                if (attempt > 0 || !isUniqueViolation(race)) {
                    throw race;
                }
            }
        }
    }

    /** The accounts already holding this e-mail, NIK or NIP (at most three, each once). */
    private List<Account> owners(String email, String nik, String nip) {
        var owners = new LinkedHashMap<UUID, Account>();
        accounts.findByEmail(email).ifPresent(a -> owners.put(a.getId(), a));
        accounts.findByNik(nik).ifPresent(a -> owners.put(a.getId(), a));
        if (nip != null) {
            accounts.findByNip(nip).ifPresent(a -> owners.put(a.getId(), a));
        }
        return List.copyOf(owners.values());
    }

    private static boolean isUniqueViolation(DataIntegrityViolationException e) {
        String message = String.valueOf(e.getMostSpecificCause().getMessage());
        return message.contains("users_nik_uq") || message.contains("users_nip_uq") || message.contains("users_email_uq");
    }

    private static String trim(String s) {
        return s == null ? "" : s.strip();
    }
}
