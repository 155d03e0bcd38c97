package id.simlayan.identity.internal;

import id.simlayan.identity.AccountProvisioning;
import id.simlayan.identity.Membership;
import id.simlayan.identity.UnitId;
import id.simlayan.identity.UserId;
import java.time.Clock;
import java.util.Set;
import java.util.UUID;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

@Component
class Provisioning implements AccountProvisioning {

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
}
