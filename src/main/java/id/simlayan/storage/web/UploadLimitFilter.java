package id.simlayan.storage.web;

import id.simlayan.storage.internal.StorageSettings;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpHeaders;
import org.springframework.security.authentication.AuthenticationTrustResolver;
import org.springframework.security.authentication.AuthenticationTrustResolverImpl;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.multipart.support.StandardMultipartHttpServletRequest;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.util.HtmlUtils;

/**
 * The gate of every multipart request, just before Spring Security:
 *
 * <ol>
 *   <li>From a client without a signed-in session it is refused before a byte of the body is
 *       read (403, or 401 with {@code HX-Redirect} to the login page for htmx). Every upload
 *       form needs a signed-in person, and the CSRF check would otherwise parse the whole body
 *       (tens of megabytes, to temporary files) just to find the token missing.</li>
 *   <li>The body is then read here, as Spring Security recommends for forms that carry the CSRF
 *       token as a body field. Without that, an upload above the container's multipart ceiling
 *       loses all its fields, the CSRF check fails and the user sees "access denied"; with it
 *       the user is sent back with the size message.</li>
 *   <li>A body that is no readable multipart (no boundary, broken framing) gets 400 with a
 *       message and goes no further: nothing is changed.</li>
 *   <li>More files than {@code simlayan.storage.max-files-per-request} (or more parts than
 *       Tomcat's {@code max-part-count}) are sent back with a message before any file is
 *       checked or kept.</li>
 * </ol>
 * Otherwise nothing changes: the container keeps the parsed parts for the rest of the request.
 */
class UploadLimitFilter extends OncePerRequestFilter {

    private static final AuthenticationTrustResolver TRUST = new AuthenticationTrustResolverImpl();

    private final MessageSource messages;
    private final LocaleResolver locales;
    private final StorageSettings settings;
    private final HttpSessionSecurityContextRepository sessions = new HttpSessionSecurityContextRepository();

    UploadLimitFilter(MessageSource messages, LocaleResolver locales, StorageSettings settings) {
        this.messages = messages;
        this.locales = locales;
        this.settings = settings;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String type = request.getContentType();
        return type == null || !type.toLowerCase(Locale.ROOT).startsWith("multipart/");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (!signedIn(request)) {
            refuseAnonymous(request, response);
            return;
        }
        Locale locale = locales.resolveLocale(request);
        try {
            // parses eagerly and turns the container's size failures into MaxUploadSizeExceededException
            new StandardMultipartHttpServletRequest(request);
        } catch (MultipartException e) {
            // Spring reports Tomcat's part-count limit as a size failure too
            if (tooManyParts(e)) {
                UploadRefusal.sendBack(request, response, messages, locale, "storage.rejected.tooManyFiles", settings.maxFilesPerRequest());
            } else if (e instanceof MaxUploadSizeExceededException) {
                UploadRefusal.sendBack(request, response, messages, locale, "storage.rejected.uploadTooLarge", settings.maxFileSizeMegabytes());
            } else {
                page(response, HttpServletResponse.SC_BAD_REQUEST, locale, "storage.malformed.title", "storage.malformed.text",
                        request.getContextPath() + "/");
            }
            return;
        }
        if (fileCount(request) > settings.maxFilesPerRequest()) {
            UploadRefusal.sendBack(request, response, messages, locale, "storage.rejected.tooManyFiles", settings.maxFilesPerRequest());
            return;
        }
        chain.doFilter(request, response);
    }

    /** Looks only at the session: the body is not read and no security filter has run yet. */
    private boolean signedIn(HttpServletRequest request) {
        if (!sessions.containsContext(request)) {
            return false;
        }
        var authentication = sessions.loadDeferredContext(request).get().getAuthentication();
        return TRUST.isAuthenticated(authentication);
    }

    private void refuseAnonymous(HttpServletRequest request, HttpServletResponse response) throws IOException {
        // the unread body makes the connection unusable for a next request
        response.setHeader(HttpHeaders.CONNECTION, "close");
        if (request.getHeader("HX-Request") != null) {
            response.setHeader("HX-Redirect", request.getContextPath() + "/masuk");
            response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
            return;
        }
        // written here, not through the error page: rendering it would parse the body after all
        page(response, HttpServletResponse.SC_FORBIDDEN, locales.resolveLocale(request), "storage.signIn.title",
                "storage.signIn.text", request.getContextPath() + "/masuk");
    }

    /** A small page of its own (the layout needs the request's parameters, and those are the multipart body). */
    private void page(HttpServletResponse response, int status, Locale locale, String titleCode, String textCode, String link)
            throws IOException {
        String title = HtmlUtils.htmlEscape(messages.getMessage(titleCode, null, locale));
        String text = HtmlUtils.htmlEscape(messages.getMessage(textCode, null, locale));
        String linkText = HtmlUtils.htmlEscape(messages.getMessage(textCode + ".link", null, locale));
        response.setStatus(status);
        response.setContentType("text/html;charset=UTF-8");
        response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
        response.getWriter().write("<!DOCTYPE html><html lang=\"" + HtmlUtils.htmlEscape(locale.getLanguage()) + "\"><head>"
                + "<meta charset=\"utf-8\"><meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
                + "<title>" + title + " | SIMLAYAN</title></head><body><main><h1>" + title + "</h1><p>" + text + "</p>"
                + "<p><a href=\"" + HtmlUtils.htmlEscape(link) + "\">" + linkText + "</a></p></main></body></html>");
    }

    /** Tomcat's part-count limit ({@code server.tomcat.max-part-count}), which it reports only by its exception's type. */
    private static boolean tooManyParts(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause.getClass().getSimpleName().equals("FileCountLimitExceededException")) {
                return true;
            }
        }
        return false;
    }

    /** Parts that carry a file; an empty file field (a blank file name) is no file. */
    private static long fileCount(HttpServletRequest request) throws IOException, ServletException {
        return request.getParts().stream()
                .filter(part -> part.getSubmittedFileName() != null && !part.getSubmittedFileName().isBlank())
                .count();
    }
}
