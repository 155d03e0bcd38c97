package id.simlayan.platform;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.DispatcherServlet;
import org.springframework.web.servlet.FlashMap;
import org.springframework.web.servlet.FlashMapManager;
import org.springframework.web.servlet.support.SessionFlashMapManager;

/**
 * Keeps flash attributes (the success message after a POST-redirect-GET) for the full page they
 * were meant for. An htmx request to the same path (a live refresh of the page the user is
 * leaving, or of the same page in another tab) would otherwise consume the message before the
 * browser follows the redirect, and the user would see no confirmation. The bean name
 * {@code flashMapManager} makes the DispatcherServlet use it (Boot then skips its own).
 */
@Component(DispatcherServlet.FLASH_MAP_MANAGER_BEAN_NAME)
class HtmxAwareFlashMapManager implements FlashMapManager {

    static final String HTMX_HEADER = "HX-Request";

    private final FlashMapManager session = new SessionFlashMapManager();

    @Override
    public FlashMap retrieveAndUpdate(HttpServletRequest request, HttpServletResponse response) {
        if (request.getHeader(HTMX_HEADER) != null) {
            return null;
        }
        return session.retrieveAndUpdate(request, response);
    }

    @Override
    public void saveOutputFlashMap(FlashMap flashMap, HttpServletRequest request, HttpServletResponse response) {
        session.saveOutputFlashMap(flashMap, request, response);
    }
}
