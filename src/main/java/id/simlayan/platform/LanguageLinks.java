package id.simlayan.platform;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Links of the language menu: the current page with its query (filters, page number) and
 * {@code lang} replaced, so switching language does not lose what the user was looking at.
 */
@ControllerAdvice
class LanguageLinks {

    @ModelAttribute("languageLinks")
    Links languageLinks(HttpServletRequest request) {
        return new Links(link(request, "id"), link(request, "en"));
    }

    static String link(HttpServletRequest request, String language) {
        // the page the user asked for, also when an error page or a forward renders it
        String uri = firstNonNull((String) request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI),
                (String) request.getAttribute(RequestDispatcher.FORWARD_REQUEST_URI), request.getRequestURI());
        String query = request.getAttribute(RequestDispatcher.FORWARD_REQUEST_URI) != null
                ? (String) request.getAttribute(RequestDispatcher.FORWARD_QUERY_STRING) : request.getQueryString();
        // path-only (no scheme or host), so the link can only point into this application
        return UriComponentsBuilder.fromPath(uri)
                .query(query)
                .replaceQueryParam("lang", language)
                .build()
                .toUriString();
    }

    private static String firstNonNull(String... values) {
        for (String value : values) {
            if (value != null) {
                return value;
            }
        }
        return "/";
    }

    record Links(String indonesian, String english) {
    }
}
