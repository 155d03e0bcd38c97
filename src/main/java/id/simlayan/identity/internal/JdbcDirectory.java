package id.simlayan.identity.internal;

import id.simlayan.identity.Directory;
import id.simlayan.identity.Role;
import id.simlayan.identity.UnitId;
import id.simlayan.identity.UnitSummary;
import id.simlayan.identity.UserContact;
import id.simlayan.identity.UserId;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

@Component
@Transactional(readOnly = true)
class JdbcDirectory implements Directory {

    private final AccountRepository accounts;
    private final UnitRepository units;

    JdbcDirectory(AccountRepository accounts, UnitRepository units) {
        this.accounts = accounts;
        this.units = units;
    }

    @Override
    public Optional<UserContact> contact(UserId id) {
        return accounts.findById(id.value()).map(JdbcDirectory::contactOf);
    }

    @Override
    public Optional<String> rejectionReason(UserId id) {
        return accounts.findById(id.value()).filter(Account::isRejected).map(Account::getStatusReason);
    }

    @Override
    public Optional<UserContact> contactByEmail(String email) {
        if (email == null || email.isBlank()) {
            return Optional.empty();
        }
        return accounts.findByEmail(email.strip()).filter(a -> a.getStatus() == Account.Status.ACTIVE).map(JdbcDirectory::contactOf);
    }

    @Override
    public Optional<UserContact> contactByNik(String nik) {
        if (nik == null || !nik.strip().matches("\\d{16}")) {
            return Optional.empty();
        }
        return accounts.findByNik(nik.strip()).filter(a -> a.getStatus() == Account.Status.ACTIVE).map(JdbcDirectory::contactOf);
    }

    @Override
    public List<UserContact> holders(UnitId unit, Role role) {
        return accounts.findActiveHolders(unit.value(), role.name()).stream().map(JdbcDirectory::contactOf).toList();
    }

    @Override
    public List<UserContact> holdersAnywhere(Role role) {
        return accounts.findActiveHoldersAnywhere(role.name()).stream().map(JdbcDirectory::contactOf).toList();
    }

    @Override
    public List<UnitSummary> units() {
        return units.findAllActive().stream().map(Unit::summary).toList();
    }

    @Override
    public Optional<UnitSummary> unit(UnitId id) {
        return units.findById(id.value()).map(Unit::summary);
    }

    @Override
    public Optional<UnitSummary> unitByCode(String code) {
        return units.findByCode(code).map(Unit::summary);
    }

    @Override
    public UnitSummary frontDesk() {
        return units.findFrontDesk().map(Unit::summary)
                .orElseThrow(() -> new IllegalStateException("No front-desk unit is configured"));
    }

    static UserContact contactOf(Account a) {
        return new UserContact(a.userId(), a.getFullName(), a.getEmail(), a.getPhone());
    }
}
