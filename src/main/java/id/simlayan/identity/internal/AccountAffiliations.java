package id.simlayan.identity.internal;

import id.simlayan.identity.Affiliations;
import id.simlayan.identity.UnitId;
import id.simlayan.identity.UserId;
import java.util.Optional;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Reads the account's kind and own unit. */
@Component
class AccountAffiliations implements Affiliations {

    private final AccountRepository accounts;

    AccountAffiliations(AccountRepository accounts) {
        this.accounts = accounts;
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<Affiliation> of(UserId user) {
        return accounts.findById(user.value()).filter(Account::isActive).map(a -> new Affiliation(
                a.getUserKind() != Account.Kind.CITIZEN, a.getOwnUnitId() == null ? null : new UnitId(a.getOwnUnitId())));
    }
}
