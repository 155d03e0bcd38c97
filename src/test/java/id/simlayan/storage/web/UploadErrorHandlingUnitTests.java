package id.simlayan.storage.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import id.simlayan.storage.RejectedFileException;
import id.simlayan.storage.internal.StorageSettings;
import jakarta.servlet.http.Part;
import java.util.Collection;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.stereotype.Controller;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.util.unit.DataSize;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.servlet.i18n.FixedLocaleResolver;
import org.springframework.web.servlet.support.SessionFlashMapManager;

class UploadErrorHandlingUnitTests {

    static final Locale INDONESIAN = Locale.forLanguageTag("id");

    final ResourceBundleMessageSource messages = messages();
    final StorageSettings settings = new StorageSettings(null, DataSize.ofMegabytes(10), null);

    @Controller
    static class FailingUploads {

        @PostMapping("/terlalu-besar")
        String tooLarge() {
            throw new MaxUploadSizeExceededException(10 * 1024 * 1024);
        }

        @PostMapping("/ditolak")
        String rejected() {
            throw new RejectedFileException("storage.rejected.type", "foto.jpg");
        }
    }

    final MockMvc mvc = MockMvcBuilders.standaloneSetup(new FailingUploads())
            .setControllerAdvice(new UploadErrorAdvice(messages, settings))
            .setLocaleResolver(new FixedLocaleResolver(INDONESIAN))
            .build();

    @Test
    void multipartCeilingSendsTheUserBackToTheFormWithAnIndonesianMessage() throws Exception {
        mvc.perform(multipart("/terlalu-besar").file(new MockMultipartFile("berkas", new byte[1]))
                        .header("Referer", "http://localhost/tiket/baru/PMH-01?x=1"))
                .andExpect(status().isSeeOther())
                .andExpect(redirectedUrl("/tiket/baru/PMH-01?x=1"))
                .andExpect(flash().attribute("flashError",
                        "Unggahan terlalu besar dan tidak diproses. Setiap berkas paling besar 10 MB; perkecil atau kurangi berkas lalu coba lagi."));
    }

    @Test
    void aForeignRefererIsNotFollowed() throws Exception {
        mvc.perform(multipart("/terlalu-besar").header("Referer", "https://evil.example/phish"))
                .andExpect(status().isSeeOther())
                .andExpect(redirectedUrl("/"));
    }

    @Test
    void htmxRequestsReloadThePage() throws Exception {
        mvc.perform(multipart("/terlalu-besar").header("HX-Request", "true").header("Referer", "http://localhost/lacak/1"))
                .andExpect(status().isOk())
                .andExpect(header().string("HX-Redirect", "/lacak/1"));
    }

    @Test
    void anUnhandledRejectionShowsItsReason() throws Exception {
        mvc.perform(multipart("/ditolak").header("Referer", "http://localhost/tiket/baru"))
                .andExpect(status().isSeeOther())
                .andExpect(redirectedUrl("/tiket/baru"))
                .andExpect(flash().attribute("flashError",
                        "Jenis berkas \"foto.jpg\" tidak diizinkan. Unggah gambar (JPG, PNG, GIF, WebP), PDF, dokumen Office/OpenDocument (tanpa makro), atau teks (TXT, CSV)."));
    }

    @Test
    void filterAnswersAnOversizedMultipartBodyBeforeSecurityLooksForTheCsrfField() throws Exception {
        var filter = new UploadLimitFilter(messages, new FixedLocaleResolver(INDONESIAN), settings);
        var request = new MockHttpServletRequest("POST", "/tiket/baru") {
            @Override
            public Collection<Part> getParts() {
                // what Tomcat reports when the multipart ceiling is exceeded
                throw new IllegalStateException(new RuntimeException(
                        "The field berkas exceeds its maximum permitted size of 10485760 bytes."));
            }
        };
        request.setContentType("multipart/form-data; boundary=xyz");
        request.addHeader("Referer", "http://localhost/tiket/baru");
        signIn(request);
        var response = new MockHttpServletResponse();
        var chain = new MockFilterChain();

        filter.doFilter(request, response, chain);

        assertThat(chain.getRequest()).as("the rest of the chain is skipped").isNull();
        assertThat(response.getStatus()).isEqualTo(303);
        assertThat(response.getHeader("Location")).isEqualTo("/tiket/baru");
        java.util.Map<String, Object> saved = new SessionFlashMapManager().retrieveAndUpdate(withSession(request), new MockHttpServletResponse());
        assertThat(saved).containsEntry("flashError",
                "Unggahan terlalu besar dan tidak diproses. Setiap berkas paling besar 10 MB; perkecil atau kurangi berkas lalu coba lagi.");
    }

    @Test
    void filterLetsNormalMultipartAndOtherRequestsThrough() throws Exception {
        var filter = new UploadLimitFilter(messages, new FixedLocaleResolver(INDONESIAN), settings);
        var multipartRequest = new MockHttpServletRequest("POST", "/tiket/baru");
        multipartRequest.setContentType("multipart/form-data; boundary=xyz");
        signIn(multipartRequest);
        var plain = new MockHttpServletRequest("POST", "/masuk");
        plain.setContentType("application/x-www-form-urlencoded");

        for (var request : new MockHttpServletRequest[] {multipartRequest, plain}) {
            var chain = new MockFilterChain();
            filter.doFilter(request, new MockHttpServletResponse(), chain);
            assertThat(chain.getRequest()).isSameAs(request);
        }
    }

    @Test
    void filterSendsBackASubmissionWithMoreFilesThanAllowedBeforeAnyIsChecked() throws Exception {
        var filter = new UploadLimitFilter(messages, new FixedLocaleResolver(INDONESIAN), settings);
        var tooMany = multipartWithFiles(settings.maxFilesPerRequest() + 1);
        var response = new MockHttpServletResponse();
        var chain = new MockFilterChain();

        filter.doFilter(tooMany, response, chain);

        assertThat(chain.getRequest()).as("the rest of the chain is skipped").isNull();
        assertThat(response.getStatus()).isEqualTo(303);
        assertThat(response.getHeader("Location")).isEqualTo("/tiket/baru");
        java.util.Map<String, Object> saved = new SessionFlashMapManager().retrieveAndUpdate(withSession(tooMany), new MockHttpServletResponse());
        assertThat(saved).containsEntry("flashError", "Terlalu banyak berkas dalam satu kiriman: paling banyak 5 berkas. "
                        + "Tidak ada yang disimpan; kurangi berkasnya lalu kirim lagi.");
    }

    @Test
    void filterCountsOnlyFieldsThatCarryAFile() throws Exception {
        var filter = new UploadLimitFilter(messages, new FixedLocaleResolver(INDONESIAN), settings);
        var atTheLimit = multipartWithFiles(settings.maxFilesPerRequest());
        // an empty <input type="file"> is sent with a blank file name
        atTheLimit.addPart(new org.springframework.mock.web.MockPart("files", "", new byte[0]));
        atTheLimit.addPart(new org.springframework.mock.web.MockPart("text", "isi".getBytes()));
        var chain = new MockFilterChain();

        filter.doFilter(atTheLimit, new MockHttpServletResponse(), chain);

        assertThat(chain.getRequest()).isSameAs(atTheLimit);
    }

    private static MockHttpServletRequest multipartWithFiles(int count) {
        var request = new MockHttpServletRequest("POST", "/tiket/baru");
        request.setContentType("multipart/form-data; boundary=xyz");
        request.addHeader("Referer", "http://localhost/tiket/baru");
        for (int i = 0; i < count; i++) {
            request.addPart(new org.springframework.mock.web.MockPart("files", "foto" + i + ".png", new byte[] {1}));
        }
        return signIn(request);
    }

    @Test
    void filterRefusesAMultipartBodyFromAClientWithoutSessionWithoutReadingIt() throws Exception {
        var filter = new UploadLimitFilter(messages, new FixedLocaleResolver(INDONESIAN), settings);
        var anonymous = neverRead();
        var response = new MockHttpServletResponse();
        var chain = new MockFilterChain();

        filter.doFilter(anonymous, response, chain);

        assertThat(chain.getRequest()).as("the rest of the chain is skipped").isNull();
        assertThat(response.getStatus()).isEqualTo(403);
        assertThat(response.getHeader("Connection")).isEqualTo("close");
        assertThat(response.getContentAsString()).contains("Perlu masuk", "href=\"/masuk\"");
    }

    @Test
    void filterRefusesAnAnonymousSessionAndSendsHtmxToTheLoginPage() throws Exception {
        var filter = new UploadLimitFilter(messages, new FixedLocaleResolver(INDONESIAN), settings);
        var anonymous = neverRead();
        var context = new org.springframework.security.core.context.SecurityContextImpl(
                new org.springframework.security.authentication.AnonymousAuthenticationToken("key", "anonymousUser",
                        org.springframework.security.core.authority.AuthorityUtils.createAuthorityList("ROLE_ANONYMOUS")));
        anonymous.getSession().setAttribute(
                org.springframework.security.web.context.HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY, context);
        anonymous.addHeader("HX-Request", "true");
        var response = new MockHttpServletResponse();

        filter.doFilter(anonymous, response, new MockFilterChain());

        assertThat(response.getStatus()).isEqualTo(401);
        assertThat(response.getHeader("HX-Redirect")).isEqualTo("/masuk");
    }

    private static MockHttpServletRequest neverRead() {
        var request = new MockHttpServletRequest("POST", "/tiket/baru") {
            @Override
            public Collection<Part> getParts() {
                throw new AssertionError("the body must not be read");
            }

            @Override
            public jakarta.servlet.ServletInputStream getInputStream() {
                throw new AssertionError("the body must not be read");
            }
        };
        request.setContentType("multipart/form-data; boundary=xyz");
        return request;
    }

    /** What the login leaves in the session. */
    private static MockHttpServletRequest signIn(MockHttpServletRequest request) {
        var context = new org.springframework.security.core.context.SecurityContextImpl(
                org.springframework.security.authentication.UsernamePasswordAuthenticationToken.authenticated("budi@example.go.id", null,
                        org.springframework.security.core.authority.AuthorityUtils.createAuthorityList("ROLE_REQUESTER")));
        request.getSession().setAttribute(
                org.springframework.security.web.context.HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY, context);
        return request;
    }

    private static MockHttpServletRequest withSession(MockHttpServletRequest original) {
        var next = new MockHttpServletRequest("GET", "/tiket/baru");
        next.setSession(original.getSession());
        return next;
    }

    private static ResourceBundleMessageSource messages() {
        var source = new ResourceBundleMessageSource();
        source.setBasename("messages/storage");
        source.setDefaultEncoding("UTF-8");
        source.setFallbackToSystemLocale(false);
        return source;
    }
}
