package id.simlayan.platform;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.hamcrest.Matchers.containsString;

import id.simlayan.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

class ApplicationShellIntegrationTests extends IntegrationTest {

    @Autowired
    MockMvc mvc;

    @Test
    void homePageIsPublicAndIndonesianByDefault() throws Exception {
        mvc.perform(get("/"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("lang=\"id\"")))
                .andExpect(header().string("Content-Security-Policy", containsString("script-src 'self'")));
    }

    @Test
    void englishCanBeChosen() throws Exception {
        mvc.perform(get("/masuk").param("lang", "en"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Log in")));
    }

    @Test
    void languageMenuKeepsTheCurrentPageAndQuery() throws Exception {
        mvc.perform(get("/layanan?x=1"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("href=\"/layanan?x=1&amp;lang=en\"")));
    }

    @Test
    void protectedPagesAskForLogin() throws Exception {
        mvc.perform(get("/tiket/baru")).andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/masuk"));
    }

    /** Through real HTTP: MockMvc does not render the error page (no error dispatch). */
    @Test
    void unknownPagesGetAFriendlyIndonesianPage() {
        var response = http("GET", "/layanan/tidak-ada-halaman-ini/xyz");

        org.assertj.core.api.Assertions.assertThat(response.statusCode()).isEqualTo(404);
        org.assertj.core.api.Assertions.assertThat(response.body())
                .contains("lang=\"id\"", "<h1 class=\"display-6\">Halaman tidak ditemukan</h1>",
                        "Halaman atau data yang Anda cari tidak ada", "href=\"/\">Kembali ke beranda")
                .doesNotContain("Whitelabel", "Tomcat");
    }
}
