package id.simlayan.identity.internal;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Map;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.DelegatingPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.savedrequest.HttpSessionRequestCache;
import org.springframework.security.web.savedrequest.RequestCache;
import org.springframework.security.web.util.matcher.AndRequestMatcher;
import org.springframework.security.web.util.matcher.NegatedRequestMatcher;
import org.springframework.security.web.util.matcher.RequestHeaderRequestMatcher;

/**
 * One filter chain for the whole application. Coarse rules by URL area here; each module
 * checks the finer rules (who may see or change which ticket) in its own services.
 */
@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity
class SecurityConfiguration {

    private static final String HTMX_HEADER = "HX-Request";

    static final String[] PUBLIC = {
            "/", "/layanan", "/layanan/**", "/faq", "/bantuan", "/bantuan/**", "/kontak", "/masuk", "/daftar", "/daftar/**", "/lupa-sandi", "/lupa-sandi/**", "/atur-ulang-sandi/**",
            // tracking by access code (the ticket module); /lacak/{id} stays for the signed-in requester
            "/lacak", "/lacak/kode", "/lacak/kode/tiket/*",
            "/webjars/**", "/css/**", "/js/**", "/img/**", "/favicon.ico", "/error", "/actuator/health", "/actuator/health/**"
    };

    @Bean
    SecurityFilterChain securityFilterChain(HttpSecurity http, AuthenticationFailureHandler loginFailureHandler,
                                            LoginSuccessHandler loginSuccessHandler, LoginThrottle loginThrottle,
                                            SessionFreshness sessionFreshness) throws Exception {
        http.addFilterBefore(new LoginThrottleFilter(loginThrottle), UsernamePasswordAuthenticationFilter.class)
                .addFilterBefore(new SessionFreshnessFilter(sessionFreshness), AuthorizationFilter.class)
                .authorizeHttpRequests(auth -> auth
                        .requestMatchers(PUBLIC).permitAll()
                        .requestMatchers("/admin/**", "/actuator/**").hasRole("ADMIN")
                        .requestMatchers("/petugas/**").hasRole("STAFF")
                        .requestMatchers("/api/**").hasAnyRole("STAFF", "ADMIN")
                        .anyRequest().authenticated())
                .formLogin(form -> form
                        .loginPage("/masuk")
                        .loginProcessingUrl("/masuk")
                        .usernameParameter("email")
                        .passwordParameter("password")
                        .failureHandler(loginFailureHandler)
                        .successHandler(loginSuccessHandler)
                        .permitAll())
                .logout(logout -> logout.logoutUrl("/keluar").logoutSuccessUrl("/?keluar"))
                .requestCache(cache -> cache.requestCache(pageRequestCache()))
                .exceptionHandling(exceptions -> exceptions.authenticationEntryPoint(loginEntryPoint()))
                .sessionManagement(session -> session.sessionFixation(fixation -> fixation.changeSessionId()))
                .headers(headers -> headers
                        .contentSecurityPolicy(csp -> csp.policyDirectives(
                                "default-src 'self'; img-src 'self' data:; style-src 'self' 'unsafe-inline'; script-src 'self'; "
                                        + "object-src 'none'; frame-ancestors 'none'; base-uri 'self'; form-action 'self'"))
                        .referrerPolicy(referrer -> referrer.policy(
                                org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy.SAME_ORIGIN)));
        return http.build();
    }

    /**
     * Pages go to the login page; htmx requests get {@link #toLoginFromHtmx}; an event stream
     * gets 401 too (a browser's EventSource stops on 401 instead of reconnecting to a redirect).
     */
    private static AuthenticationEntryPoint loginEntryPoint() {
        var loginPage = new LoginUrlAuthenticationEntryPoint("/masuk");
        return (request, response, e) -> {
            if (request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
                // the JSON API: 401 with a JSON body, never the login page
                response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
                response.setContentType("application/json;charset=UTF-8");
                response.getWriter().write("{\"error\":\"unauthorized\",\"message\":\"Masuk terlebih dahulu (sesi petugas diperlukan).\"}");
            } else if (request.getHeader(HTMX_HEADER) != null || String.valueOf(request.getHeader("Accept")).contains("text/event-stream")) {
                toLoginFromHtmx(request, response, e);
            } else {
                loginPage.commence(request, response, e);
            }
        };
    }

    /**
     * An htmx request (badge polling, a filter, a live refresh) whose session is gone: 401 and
     * {@code HX-Redirect} so that htmx opens the login page as a page, instead of following a
     * redirect and swapping the whole login page into a fragment.
     */
    private static void toLoginFromHtmx(HttpServletRequest request, HttpServletResponse response, AuthenticationException e) {
        response.setHeader("HX-Redirect", request.getContextPath() + "/masuk");
        response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
    }

    /**
     * Remembers only page requests as the place to return to after login: GETs that are not
     * htmx fragments, Server-Sent Events, JSON or script requests (Spring Security's defaults
     * plus htmx).
     */
    private static RequestCache pageRequestCache() {
        var cache = new HttpSessionRequestCache();
        cache.setRequestMatcher(new AndRequestMatcher(
                request -> "GET".equals(request.getMethod()),
                new NegatedRequestMatcher(new RequestHeaderRequestMatcher(HTMX_HEADER)),
                new NegatedRequestMatcher(new RequestHeaderRequestMatcher("X-Requested-With", "XMLHttpRequest")),
                request -> !String.valueOf(request.getHeader("Accept")).contains("text/event-stream")
                        && !String.valueOf(request.getHeader("Accept")).startsWith("application/json")
                        && !request.getRequestURI().endsWith("/favicon.ico")));
        return cache;
    }

    /** Argon2id for new hashes; bcrypt still verifies hashes imported from older systems. */
    @Bean
    PasswordEncoder passwordEncoder() {
        return new DelegatingPasswordEncoder("argon2", Map.of(
                "argon2", Argon2PasswordEncoder.defaultsForSpringSecurity_v5_8(),
                "bcrypt", new BCryptPasswordEncoder()));
    }
}
