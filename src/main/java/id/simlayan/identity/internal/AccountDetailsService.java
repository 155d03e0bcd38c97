package id.simlayan.identity.internal;

import id.simlayan.identity.CurrentUser;
import java.time.Clock;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Loads accounts by e-mail for form login. Pending, rejected and disabled accounts cannot log in. */
@Component
class AccountDetailsService implements UserDetailsService {

    private final AccountRepository accounts;
    private final Clock clock;

    AccountDetailsService(AccountRepository accounts, Clock clock) {
        this.accounts = accounts;
        this.clock = clock;
    }

    @Override
    @Transactional(readOnly = true)
    public UserDetails loadUserByUsername(String email) {
        var account = accounts.findByEmail(email == null ? "" : email.trim())
                .orElseThrow(() -> new UsernameNotFoundException("unknown account"));
        return principalOf(account, clock);
    }

    static AccountPrincipal principalOf(Account account, Clock clock) {
        var user = new CurrentUser(account.userId(), account.getFullName(), account.getEmail(), account.memberships());
        return new AccountPrincipal(user, account.getPasswordHash(), account.isActive(), !account.isLockedAt(clock.instant()),
                account.getSecurityVersion());
    }
}
