package id.simlayan.platform;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.servlet.RequestDispatcher;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;

class LanguageLinksUnitTests {

    @Test
    void keepsThePageAndItsFiltersAndReplacesTheLanguage() {
        var request = new MockHttpServletRequest("GET", "/petugas/antrean");
        request.setQueryString("status=DITERIMA&hal=2&lang=id");

        assertThat(LanguageLinks.link(request, "en")).isEqualTo("/petugas/antrean?status=DITERIMA&hal=2&lang=en");
    }

    @Test
    void pointsAtTheRequestedPageWhenAnErrorPageIsRendered() {
        var request = new MockHttpServletRequest("GET", "/error");
        request.setAttribute(RequestDispatcher.ERROR_REQUEST_URI, "/lacak/tidak-ada");

        assertThat(LanguageLinks.link(request, "en")).isEqualTo("/lacak/tidak-ada?lang=en");
    }

    @Test
    void neverLeavesTheApplication() {
        var request = new MockHttpServletRequest("GET", "/layanan");
        request.setQueryString("next=https%3A%2F%2Fevil.example");

        assertThat(LanguageLinks.link(request, "id")).startsWith("/layanan?").doesNotStartWith("//");
    }
}
