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
 * the account is not active. A locked account is still refused before the password is
 * checked, so guessing cannot continue through the lock.
 */
@Configuration(proxyBeanMethods = false)
class LoginAuthentication {

    @Bean
    AuthenticationProvider loginAuthenticationProvider(AccountDetailsService accounts, PasswordEncoder passwordEncoder) {
        var provider = new DaoAuthenticationProvider(accounts);
        provider.setPasswordEncoder(passwordEncoder);
        provider.setPreAuthenticationChecks(user -> {
            if (!user.isAccountNonLocked()) {
                throw new LockedException("locked");
            }
        });
        provider.setPostAuthenticationChecks(user -> {
            if (!user.isEnabled()) {
                throw new DisabledException("not active");
            }
        });
        return provider;
    }
}
