package id.simlayan.platform;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.HandlerInterceptor;

/**
 * Refuses request values no form of ours produces, before any of them reaches a controller,
 * the database (PostgreSQL refuses NUL in text), a redirect header or a log line: control
 * characters in parameters and headers, and overlong values in GET requests. The answer is
 * 400 with the error page naming the reason ({@link #REASON}).
 *
 * <p>Runs first in the filter chain. In a GET a line break is refused too (no link of ours has
 * one); in a form body it is allowed (a textarea). A multipart body is not read here (that would parse an
 * anonymous upload before security has looked at it): its query is checked here and its
 * text fields by {@link #multipartFields()} once Spring MVC has parsed it.
 */
class RequestValueGuard extends OncePerRequestFilter {

    /** Request attribute with the message code of the reason, shown by the 400 page. */
    static final String REASON = "simlayan.badRequest.reason";

    static final String CONTROL_CHARACTERS = "error.badRequest.controlCharacters";
    static final String TOO_LONG = "error.badRequest.tooLong";
    static final String MALFORMED = "error.badRequest.malformed";

    /** The search box allows 200 characters; a longer {@code q} is no search of ours. */
    static final int MAX_QUERY_LENGTH = 200;
    /** Longest single value of a GET: links and filters of ours are far shorter. */
    static final int MAX_GET_VALUE_LENGTH = 2000;

    private static final Logger log = LoggerFactory.getLogger(RequestValueGuard.class);

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Optional<String> reason = headerProblem(request).or(() -> parameterProblem(request));
        if (reason.isPresent()) {
            refuse(request, response, reason.get());
            return;
        }
        chain.doFilter(request, response);
    }

    private static Optional<String> headerProblem(HttpServletRequest request) {
        for (String name : Collections.list(request.getHeaderNames())) {
            for (String value : Collections.list(request.getHeaders(name))) {
                if (hasControl(value, false)) {
                    return Optional.of(CONTROL_CHARACTERS);
                }
            }
        }
        return Optional.empty();
    }

    /**
     * The query is checked on its own (a line break is never part of a link of ours); the
     * parameters of a form body may hold line breaks (a textarea). A multipart body is left
     * to {@link #multipartFields()}.
     */
    private static Optional<String> parameterProblem(HttpServletRequest request) {
        if (isRead(request)) {
            return parameters(request).map(all -> check(all, false, true)).orElse(Optional.of(MALFORMED));
        }
        Optional<Map<String, List<String>>> query = parseQuery(request.getQueryString());
        if (query.isEmpty()) {
            return Optional.of(MALFORMED);
        }
        Optional<String> queryProblem = check(query.get(), false, false);
        if (queryProblem.isPresent() || isMultipart(request)) {
            return queryProblem;
        }
        return parameters(request).map(all -> check(all, true, false)).orElse(Optional.of(MALFORMED));
    }

    /** All parameters (query and form body), or empty when the container cannot parse them. */
    private static Optional<Map<String, List<String>>> parameters(HttpServletRequest request) {
        Map<String, List<String>> parameters = new LinkedHashMap<>();
        try {
            request.getParameterMap().forEach((name, values) -> parameters.put(name, List.of(values)));
        } catch (IllegalStateException unparsable) {
            // Tomcat refuses broken percent-encoding or too many parameters
            return Optional.empty();
        }
        return Optional.of(parameters);
    }

    /**
     * The rules on one request's parameters. Tab is allowed everywhere, CR and LF only where a
     * textarea may send them; every other C0 character and DEL never (NUL least of all: PostgreSQL
     * refuses it in text). Names carry no control character at all.
     */
    static Optional<String> check(Map<String, List<String>> parameters, boolean lineBreaksAllowed, boolean read) {
        for (var entry : parameters.entrySet()) {
            if (hasControl(entry.getKey(), false)) {
                return Optional.of(CONTROL_CHARACTERS);
            }
            for (String value : entry.getValue()) {
                if (hasControl(value, lineBreaksAllowed)) {
                    return Optional.of(CONTROL_CHARACTERS);
                }
                if (read && (value.length() > MAX_GET_VALUE_LENGTH
                        || ("q".equals(entry.getKey()) && value.length() > MAX_QUERY_LENGTH))) {
                    return Optional.of(TOO_LONG);
                }
            }
        }
        return Optional.empty();
    }

    static boolean hasControl(String value, boolean lineBreaksAllowed) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == '\t' || (lineBreaksAllowed && (c == '\n' || c == '\r'))) {
                continue;
            }
            if (c < 0x20 || c == 0x7F) {
                return true;
            }
        }
        return false;
    }

    /** The query string's parameters, or empty when it is not valid percent-encoding. */
    static Optional<Map<String, List<String>>> parseQuery(String query) {
        Map<String, List<String>> parameters = new LinkedHashMap<>();
        if (query == null || query.isEmpty()) {
            return Optional.of(parameters);
        }
        try {
            for (String pair : query.split("&")) {
                int eq = pair.indexOf('=');
                String name = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
                String value = eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
                parameters.computeIfAbsent(name, n -> new java.util.ArrayList<>()).add(value);
            }
        } catch (IllegalArgumentException malformed) {
            return Optional.empty();
        }
        return Optional.of(parameters);
    }

    private static boolean isRead(HttpServletRequest request) {
        return "GET".equals(request.getMethod()) || "HEAD".equals(request.getMethod());
    }

    private static boolean isMultipart(HttpServletRequest request) {
        String type = request.getContentType();
        return type != null && type.toLowerCase(java.util.Locale.ROOT).startsWith("multipart/");
    }

    private static void refuse(HttpServletRequest request, HttpServletResponse response, String reason) throws IOException {
        // the path only: the offending value is exactly what must not reach the log
        log.info("Refused {} {}: {}", request.getMethod(), request.getRequestURI(), reason);
        request.setAttribute(REASON, reason);
        response.sendError(HttpStatus.BAD_REQUEST.value());
    }

    /** The same rules on the text fields of a multipart form, after Spring MVC has parsed it. */
    static HandlerInterceptor multipartFields() {
        return new HandlerInterceptor() {
            @Override
            public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) throws IOException {
                if (!isMultipart(request)) {
                    return true;
                }
                Map<String, List<String>> parameters = new LinkedHashMap<>();
                request.getParameterMap().forEach((name, values) -> parameters.put(name, List.of(values)));
                Optional<String> reason = check(parameters, true, false);
                if (reason.isPresent()) {
                    refuse(request, response, reason.get());
                    return false;
                }
                return true;
            }
        };
    }
}
