package id.simlayan.identity.internal;

import id.simlayan.identity.AccountProvisioning;
import id.simlayan.identity.ContactRefused;
import id.simlayan.identity.Membership;
import id.simlayan.identity.UnitId;
import id.simlayan.identity.UserId;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

@Component
class Provisioning implements AccountProvisioning {

    private static final String EMAIL_PATTERN = "[^@\\s]+@[^@\\s]+\\.[^@\\s]+";
    private static final SecureRandom RANDOM = new SecureRandom();

    private final AccountRepository accounts;
    private final UnitRepository units;
    private final PasswordEncoder passwordEncoder;
    private final Clock clock;

    Provisioning(AccountRepository accounts, UnitRepository units, PasswordEncoder passwordEncoder, Clock clock) {
        this.accounts = accounts;
        this.units = units;
        this.passwordEncoder = passwordEncoder;
        this.clock = clock;
    }

    @Override
    @Transactional
    public UnitId createUnit(String code, String name, boolean frontDesk) {
        var unit = new Unit(UUID.randomUUID(), code, name, frontDesk, clock.instant());
        return new UnitId(units.save(unit).getId());
    }

    @Override
    @Transactional
    public UserId createActiveAccount(NewAccount a, Set<Membership> memberships) {
        var kind = !memberships.isEmpty() ? Account.Kind.STAFF : a.nip() != null ? Account.Kind.ASN : Account.Kind.CITIZEN;
        var now = clock.instant();
        var account = new Account(UUID.randomUUID(), a.email().trim(), a.fullName().trim(), a.nik(), a.nip(), a.phone(), kind,
                a.ownUnit() == null ? null : a.ownUnit().value(), passwordEncoder.encode(a.rawPassword()), Account.Status.ACTIVE, now);
        memberships.forEach(m -> account.grant(m, now));
        return accounts.save(account).userId();
    }

    @Override
    @Transactional(readOnly = true)
    public Map<String, String> contactProblems(NewContact c) {
        var problems = new LinkedHashMap<String, String>();
        String name = blankToNull(c.fullName());
        if (name == null || name.length() < 3 || name.length() > 150) {
            problems.put("fullName", "identity.contact.error.name");
        }
        String email = blankToNull(c.email());
        String phone = blankToNull(c.phone());
        if (email == null && phone == null) {
            problems.put("email", "identity.contact.error.emailOrPhone");
        }
        if (email != null && (email.length() > 254 || !email.matches(EMAIL_PATTERN))) {
            problems.put("email", "identity.contact.error.email");
        }
        if (phone != null && PhoneNumbers.normalise(phone).isEmpty()) {
            problems.put("phone", PhoneNumbers.INVALID);
        }
        String nik = blankToNull(c.nik());
        if (nik != null) {
            NikRule.problem(nik).ifPresent(code -> problems.put("nik", code));
        }
        if (c.ownUnit() != null && units.findById(c.ownUnit().value()).filter(Unit::isActive).isEmpty()) {
            problems.put("ownUnit", "identity.contact.error.unit");
        }
        return problems;
    }

    @Override
    @Transactional
    public UserId createContactWithoutLogin(NewContact c, UserId recordedBy) {
        var problems = new LinkedHashMap<>(contactProblems(c));
        String email = blankToNull(c.email());
        String nik = blankToNull(c.nik());
        // an active owner would have been matched by the caller; this one is pending, rejected or disabled
        if (email != null && !problems.containsKey("email") && accounts.existsByEmail(email)) {
            problems.put("email", "identity.contact.error.emailTaken");
        }
        if (nik != null && !problems.containsKey("nik") && accounts.existsByNik(nik)) {
            problems.put("nik", "identity.contact.error.nikTaken");
        }
        if (!problems.isEmpty()) {
            throw new ContactRefused(problems);
        }
        String phone = blankToNull(c.phone()) == null ? null : PhoneNumbers.normalise(c.phone()).orElseThrow();
        var account = Account.contactWithoutLogin(email, c.fullName().strip(), nik, phone, c.ownUnit() == null ? null : c.ownUnit().value(),
                passwordEncoder.encode(unusableSecret()), Registration.CONSENT_VERSION, recordedBy.value(), clock.instant());
        return accounts.save(account).userId();
    }

    /** 256 random bits nobody is told: the account exists, but no password opens it. */
    private static String unusableSecret() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
