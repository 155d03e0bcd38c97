package id.simlayan.identity.internal;

import id.simlayan.identity.UserId;
import jakarta.servlet.http.HttpSession;
import java.time.Clock;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Keeps logged-in sessions in step with the account. The principal in a session is loaded at
 * login; {@link SessionFreshnessFilter} asks {@link #isCurrent} on each request (one primary-key
 * lookup of {@code users.security_version}) and, when the account changed since, either gets
 * a fresh principal from {@link #refreshed} (roles changed) or ends the session (the account is
 * no longer active, or its password changed). The value is in the database, so a change made
 * on one node applies to sessions on every node.
 */
@Component
public class SessionFreshness {

    private final JdbcClient jdbc;
    private final AccountRepository accounts;
    private final Clock clock;

    SessionFreshness(JdbcClient jdbc, AccountRepository accounts, Clock clock) {
        this.jdbc = jdbc;
        this.accounts = accounts;
        this.clock = clock;
    }

    boolean isCurrent(AccountPrincipal principal) {
        return jdbc.sql("SELECT security_version FROM users WHERE id = :id")
                .param("id", principal.user().id().value())
                .query(Long.class).optional()
                .filter(version -> version == principal.securityVersion())
                .isPresent();
    }

    /**
     * The principal as the account stands now, or empty when the session must end: the account
     * is gone or not active, or its password is not the one this session logged in with.
     */
    @Transactional(readOnly = true)
    Optional<AccountPrincipal> refreshed(AccountPrincipal stale) {
        return accounts.findById(stale.user().id().value())
                .filter(Account::isActive)
                .filter(account -> AccountPrincipal.stampOf(account.getPasswordHash()).equals(stale.credentialStamp()))
                .map(account -> AccountDetailsService.principalOf(account, clock));
    }

    /**
     * Keeps {@code session} logged in after its own person changed their password (or profile):
     * call it after the change is committed, from the request of that session. Other sessions
     * of the same person still end on their next request. Does nothing when the session does
     * not belong to {@code user} or the account is no longer active.
     */
    @Transactional(readOnly = true)
    public void keepCurrentSession(UserId user, HttpSession session) {
        if (!(session.getAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY) instanceof SecurityContext stored)
                || !(stored.getAuthentication() instanceof Authentication authentication)
                || !(authentication.getPrincipal() instanceof AccountPrincipal principal)
                || !principal.user().id().equals(user)) {
            return;
        }
        accounts.findById(user.value()).filter(Account::isActive).ifPresent(account -> {
            var context = withPrincipal(authentication, AccountDetailsService.principalOf(account, clock));
            session.setAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY, context);
            var current = SecurityContextHolder.getContext().getAuthentication();
            if (current != null && current.getPrincipal() instanceof AccountPrincipal p && p.user().id().equals(user)) {
                SecurityContextHolder.setContext(context);
            }
        });
    }

    /** A new security context holding {@code principal}, keeping the details of {@code previous}. */
    static SecurityContext withPrincipal(Authentication previous, AccountPrincipal principal) {
        var authentication = UsernamePasswordAuthenticationToken.authenticated(principal, null, principal.getAuthorities());
        authentication.setDetails(previous.getDetails());
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(authentication);
        return context;
    }
}
