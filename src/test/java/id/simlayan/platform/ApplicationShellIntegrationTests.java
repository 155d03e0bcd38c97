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
        mvc.perform(get("/lacak")).andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/masuk"));
    }

    @Test
    void unknownPagesGetAFriendlyIndonesianPage() throws Exception {
        mvc.perform(get("/layanan/tidak-ada-halaman-ini/xyz"))
                .andExpect(status().isNotFound());
    }
}
