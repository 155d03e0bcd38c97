package id.simlayan.storage.web;

import id.simlayan.storage.internal.StorageSettings;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.context.MessageSource;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.support.StandardMultipartHttpServletRequest;
import org.springframework.web.servlet.LocaleResolver;

/**
 * Reads multipart bodies before Spring Security, as Spring Security recommends for forms that
 * carry the CSRF token as a body field. Without it, an upload above the container's multipart
 * ceiling loses all its fields, the CSRF check fails and the user sees "access denied"; with
 * it the user is sent back with the size message. Below the ceiling nothing changes: the
 * container keeps the parsed parts for the rest of the request. A submission with more files
 * than {@code simlayan.storage.max-files-per-request} is sent back the same way, before any
 * file is checked or kept.
 */
class UploadLimitFilter extends OncePerRequestFilter {

    private final MessageSource messages;
    private final LocaleResolver locales;
    private final StorageSettings settings;

    UploadLimitFilter(MessageSource messages, LocaleResolver locales, StorageSettings settings) {
        this.messages = messages;
        this.locales = locales;
        this.settings = settings;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String type = request.getContentType();
        return type == null || !type.toLowerCase(java.util.Locale.ROOT).startsWith("multipart/");
    }

    /** Parts that carry a file; an empty file field (a blank file name) is no file. */
    private static long fileCount(HttpServletRequest request) throws IOException, ServletException {
        return request.getParts().stream()
                .filter(part -> part.getSubmittedFileName() != null && !part.getSubmittedFileName().isBlank())
                .count();
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        try {
            // parses eagerly and turns the container's size failures into MaxUploadSizeExceededException
            new StandardMultipartHttpServletRequest(request);
        } catch (MaxUploadSizeExceededException e) {
            UploadRefusal.sendBack(request, response, messages, locales.resolveLocale(request),
                    "storage.rejected.uploadTooLarge", settings.maxFileSizeMegabytes());
            return;
        } catch (RuntimeException e) {
            // another malformed body: let the normal handling report it
            chain.doFilter(request, response);
            return;
        }
        if (fileCount(request) > settings.maxFilesPerRequest()) {
            UploadRefusal.sendBack(request, response, messages, locales.resolveLocale(request),
                    "storage.rejected.tooManyFiles", settings.maxFilesPerRequest());
            return;
        }
        chain.doFilter(request, response);
    }
}
