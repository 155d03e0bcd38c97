package id.simlayan.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import id.simlayan.IntegrationTest;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/** Pages link static files by versioned URLs, which browsers may keep for a year; pages themselves are never stored. */
class StaticAssetCachingIntegrationTests extends IntegrationTest {

    private static final Pattern ASSET = Pattern.compile("(?:href|src)=\"(/(?:css|js|webjars)/[^\"]+)\"");

    @Autowired
    MockMvc mvc;

    @Test
    void pagesLinkContentHashedStylesAndScriptsAndVersionedWebJars() throws Exception {
        List<String> assets = assetsOf("/");
        assertThat(assets).anyMatch(url -> url.matches("/css/app-[0-9a-f]{32}\\.css"));
        assertThat(assets).anyMatch(url -> url.matches("/js/app-[0-9a-f]{32}\\.js"));
        assertThat(assets).anyMatch(url -> url.matches("/webjars/bootstrap/5[.0-9]+/css/bootstrap\\.min\\.css"));
        assertThat(assets).anyMatch(url -> url.matches("/webjars/htmx\\.org/2[.0-9]+/dist/htmx\\.min\\.js"));
    }

    @Test
    void versionedAssetsAreCachedForAYearAsImmutable() throws Exception {
        List<String> assets = assetsOf("/");
        assertThat(assets).hasSizeGreaterThanOrEqualTo(4);
        for (String url : assets) {
            mvc.perform(get(url))
                    .andExpect(status().isOk())
                    .andExpect(header().string("Cache-Control", "max-age=31536000, public, immutable"));
        }
    }

    @Test
    void plainAssetNamesAreRevalidatedSoANewReleaseIsSeen() throws Exception {
        for (String url : List.of("/css/app.css", "/js/app.js", "/webjars/bootstrap/css/bootstrap.min.css")) {
            mvc.perform(get(url))
                    .andExpect(status().isOk())
                    .andExpect(header().string("Cache-Control", "no-cache"));
        }
    }

    @Test
    void pagesAreNeverStored() throws Exception {
        mvc.perform(get("/"))
                .andExpect(status().isOk())
                .andExpect(header().string("Cache-Control", org.hamcrest.Matchers.containsString("no-store")));
    }

    private List<String> assetsOf(String page) throws Exception {
        String html = mvc.perform(get(page)).andReturn().getResponse().getContentAsString();
        var matcher = ASSET.matcher(html);
        var found = new ArrayList<String>();
        while (matcher.find()) {
            found.add(matcher.group(1));
        }
        return found;
    }
}
