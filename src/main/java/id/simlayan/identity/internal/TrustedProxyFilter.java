package id.simlayan.identity.internal;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.regex.Pattern;
import org.springframework.security.web.util.matcher.IpAddressMatcher;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Takes the client address from {@code X-Forwarded-For} only when the request comes from a
 * proxy named in {@link TrustedProxySettings}; from anyone else the header is ignored (it would
 * let a guesser rotate addresses past the login throttle and write any address into the audit
 * log). The client is the right-most address in the header that is not itself a trusted proxy:
 * everything to its left was written by the client and proves nothing. Runs before every other
 * filter (see {@code WebFilters}) so that throttling, auditing and logging all see the same
 * address through {@link HttpServletRequest#getRemoteAddr()}.
 */
class TrustedProxyFilter extends OncePerRequestFilter {

    private static final Pattern IP_LITERAL = Pattern.compile("[0-9]{1,3}(\\.[0-9]{1,3}){3}|[0-9A-Fa-f:.]*:[0-9A-Fa-f:.]*");

    private final List<IpAddressMatcher> proxies;

    TrustedProxyFilter(TrustedProxySettings settings) {
        this.proxies = settings.trustedProxies().stream().map(IpAddressMatcher::new).toList();
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (proxies.isEmpty() || !isTrusted(request.getRemoteAddr())) {
            chain.doFilter(request, response);
            return;
        }
        String client = clientAddress(request);
        String proto = request.getHeader("X-Forwarded-Proto");
        boolean https = proto != null ? "https".equalsIgnoreCase(proto.strip()) : request.isSecure();
        chain.doFilter(new Forwarded(request, client, https), response);
    }

    /** The right-most untrusted hop; the peer itself when the header is missing or malformed. */
    private String clientAddress(HttpServletRequest request) {
        List<String> hops = new ArrayList<>();
        for (String header : Collections.list(request.getHeaders("X-Forwarded-For"))) {
            for (String hop : header.split(",")) {
                hops.add(hop.strip());
            }
        }
        String client = request.getRemoteAddr();
        for (int i = hops.size() - 1; i >= 0; i--) {
            String hop = hops.get(i);
            if (!IP_LITERAL.matcher(hop).matches()) {
                // not an address: written by someone we cannot believe; keep the last hop we can
                return client;
            }
            client = hop;
            if (!isTrusted(hop)) {
                return hop;
            }
        }
        return client;
    }

    private boolean isTrusted(String address) {
        if (address == null) {
            return false;
        }
        try {
            return proxies.stream().anyMatch(p -> p.matches(address));
        } catch (IllegalArgumentException notAnAddress) {
            return false;
        }
    }

    private static final class Forwarded extends HttpServletRequestWrapper {

        private final String client;
        private final boolean https;

        Forwarded(HttpServletRequest request, String client, boolean https) {
            super(request);
            this.client = client;
            this.https = https;
        }

        @Override
        public String getRemoteAddr() {
            return client;
        }

        @Override
        public String getRemoteHost() {
            return client;
        }

        @Override
        public String getScheme() {
            return https ? "https" : super.getScheme();
        }

        @Override
        public boolean isSecure() {
            return https || super.isSecure();
        }
    }
}
