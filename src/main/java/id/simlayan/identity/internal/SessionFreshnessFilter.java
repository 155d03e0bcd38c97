package id.simlayan.identity.internal;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.authentication.logout.SecurityContextLogoutHandler;
import org.springframework.security.web.context.DelegatingSecurityContextRepository;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.RequestAttributeSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Applies account changes to live sessions on their next request (see {@link SessionFreshness}):
 * changed roles replace the principal before authorization runs; a deactivated account or a
 * changed password ends the session and sends the person to the login page with
 * {@code ?error=ended}. Not a bean: it sits only in the security filter chain.
 */
class SessionFreshnessFilter extends OncePerRequestFilter {

    static final String ENDED = "/masuk?error=ended";

    private final SessionFreshness freshness;
    private final SecurityContextRepository contexts = new DelegatingSecurityContextRepository(
            new RequestAttributeSecurityContextRepository(), new HttpSessionSecurityContextRepository());

    SessionFreshnessFilter(SessionFreshness freshness) {
        this.freshness = freshness;
    }

    /** Static assets change nothing and reveal nothing: no lookup for them. */
    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return path.startsWith("/webjars/") || path.startsWith("/css/") || path.startsWith("/js/") || path.startsWith("/img/")
                || path.equals("/favicon.ico");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        var authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.getPrincipal() instanceof AccountPrincipal principal && !freshness.isCurrent(principal)) {
            var fresh = freshness.refreshed(principal);
            if (fresh.isEmpty()) {
                new SecurityContextLogoutHandler().logout(request, response, authentication);
                toLoginPage(request, response);
                return;
            }
            var context = SessionFreshness.withPrincipal(authentication, fresh.get());
            SecurityContextHolder.setContext(context);
            contexts.saveContext(context, request, response);
        }
        chain.doFilter(request, response);
    }

    /** htmx and event-stream requests get 401 with {@code HX-Redirect}, like an expired session. */
    private static void toLoginPage(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String target = request.getContextPath() + ENDED;
        if (request.getHeader("HX-Request") != null || String.valueOf(request.getHeader("Accept")).contains("text/event-stream")) {
            response.setHeader("HX-Redirect", target);
            response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
        } else {
            response.sendRedirect(target);
        }
    }
}
