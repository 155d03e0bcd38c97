package id.simlayan.identity.internal;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Form login checks the password before it says anything about the account: a pending,
 * rejected or disabled account with a wrong password answers exactly like an unknown e-mail
 * (and the failure is counted by {@link LoginThrottle}); only the right password learns that
 * the account is not active (and a rejected applicant why). A locked account is still refused before the password is
 * checked, so guessing cannot continue through the lock.
 */
@Configuration(proxyBeanMethods = false)
class LoginAuthentication {

    @Bean
    AuthenticationProvider loginAuthenticationProvider(AccountDetailsService details, AccountRepository accounts,
                                                       PasswordEncoder passwordEncoder) {
        var provider = new DaoAuthenticationProvider(details);
        provider.setPasswordEncoder(passwordEncoder);
        provider.setPreAuthenticationChecks(user -> {
            if (!user.isAccountNonLocked()) {
                throw new LockedException("locked");
            }
        });
        provider.setPostAuthenticationChecks(user -> {
            if (!user.isEnabled()) {
                var rejected = user instanceof AccountPrincipal principal
                        ? accounts.findById(principal.user().id().value()).filter(Account::isRejected) : java.util.Optional.<Account>empty();
                if (rejected.isPresent()) {
                    throw new RejectedLogin(rejected.get().getStatusReason());
                }
                throw new DisabledException("not active");
            }
        });
        return provider;
    }
}
