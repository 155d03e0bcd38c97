package id.simlayan.storage.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.web.servlet.FlashMap;
import org.springframework.web.servlet.FlashMapManager;
import org.springframework.web.servlet.support.RequestContextUtils;
import org.springframework.web.servlet.support.SessionFlashMapManager;

/**
 * Sends the user back to the page the upload came from (same site only, else the home page)
 * with the reason as the layout's {@code flashError}. htmx requests get {@code HX-Redirect}
 * so the whole page is reloaded instead of swapping a redirect target into a fragment.
 */
final class UploadRefusal {

    private static final SessionFlashMapManager SESSION_FLASH = new SessionFlashMapManager();

    private UploadRefusal() {
    }

    static void sendBack(HttpServletRequest request, HttpServletResponse response, MessageSource messages,
                         Locale locale, String code, Object... arguments) throws IOException {
        String message = messages.getMessage(code, arguments, locale);
        String target = backTarget(request);
        // inside the DispatcherServlet use its flash map and manager; in a filter the session default
        FlashMap flash = RequestContextUtils.getOutputFlashMap(request);
        if (flash == null) {
            flash = new FlashMap();
        }
        FlashMapManager manager = RequestContextUtils.getFlashMapManager(request);
        flash.put("flashError", message);
        flash.setTargetRequestPath(pathOnly(target));
        (manager != null ? manager : SESSION_FLASH).saveOutputFlashMap(flash, request, response);
        String location = request.getContextPath() + target;
        if (request.getHeader("HX-Request") != null) {
            response.setStatus(HttpStatus.OK.value());
            response.setHeader("HX-Redirect", location);
            return;
        }
        response.setStatus(HttpStatus.SEE_OTHER.value());
        response.setHeader("Location", location);
    }

    /** Path and query of a same-site Referer (without the context path), else "/". */
    static String backTarget(HttpServletRequest request) {
        String referer = request.getHeader("Referer");
        if (referer == null || referer.isBlank()) {
            return "/";
        }
        try {
            URI uri = new URI(referer);
            if (uri.getHost() != null && !uri.getHost().equalsIgnoreCase(request.getServerName())) {
                return "/";
            }
            String path = uri.getRawPath();
            if (path == null || !path.startsWith("/") || path.startsWith("//")) {
                return "/";
            }
            String context = request.getContextPath();
            if (!context.isEmpty() && path.startsWith(context)) {
                path = path.substring(context.length());
                if (!path.startsWith("/")) {
                    path = "/" + path;
                }
            }
            return uri.getRawQuery() == null ? path : path + "?" + uri.getRawQuery();
        } catch (URISyntaxException e) {
            return "/";
        }
    }

    private static String pathOnly(String target) {
        int query = target.indexOf('?');
        return query < 0 ? target : target.substring(0, query);
    }
}
