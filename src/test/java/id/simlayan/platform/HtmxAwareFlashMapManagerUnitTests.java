package id.simlayan.platform;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.web.servlet.FlashMap;

class HtmxAwareFlashMapManagerUnitTests {

    private final HtmxAwareFlashMapManager manager = new HtmxAwareFlashMapManager();
    private final MockHttpSession session = new MockHttpSession();

    @Test
    void htmxRefreshOfTheTargetPageLeavesTheMessageForTheFullPage() {
        saveFlashFor("/petugas/tiket/42", "Disposisi dikembalikan.");

        var htmx = request("/petugas/tiket/42");
        htmx.addHeader("HX-Request", "true");
        assertThat((Object) manager.retrieveAndUpdate(htmx, new MockHttpServletResponse())).isNull();

        var page = manager.retrieveAndUpdate(request("/petugas/tiket/42"), new MockHttpServletResponse());
        assertThat((Object) page).isNotNull();
        assertThat(page.get("flash")).isEqualTo("Disposisi dikembalikan.");
    }

    @Test
    void theFullPageConsumesTheMessageOnce() {
        saveFlashFor("/lacak/7", "Tiket ditutup.");

        assertThat((Object) manager.retrieveAndUpdate(request("/lacak/7"), new MockHttpServletResponse())).isNotNull();
        assertThat((Object) manager.retrieveAndUpdate(request("/lacak/7"), new MockHttpServletResponse())).isNull();
    }

    private void saveFlashFor(String path, String message) {
        var flash = new FlashMap();
        flash.put("flash", message);
        flash.setTargetRequestPath(path);
        manager.saveOutputFlashMap(flash, request("/petugas/aksi"), new MockHttpServletResponse());
    }

    private MockHttpServletRequest request(String path) {
        var request = new MockHttpServletRequest("GET", path);
        request.setSession(session);
        return request;
    }
}
