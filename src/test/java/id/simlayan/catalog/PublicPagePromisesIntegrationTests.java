package id.simlayan.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import id.simlayan.IntegrationTest;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ClassPathResource;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The public pages promise only what the product does: no search in "Lacak", no feedback
 * feature, no SP/SOP on service pages, no reports, no encryption claim; and the help-desk
 * e-mail is a real address (the seeds' one had no top-level domain).
 */
class PublicPagePromisesIntegrationTests extends IntegrationTest {

    private static final List<String> CLAIMS = List.of(
            "enkripsi", "encrypt", "umpan balik", "feedback feature", "standar operasional", "standar pelayanan (sp)",
            "laporan yang relevan", "relevant reports", "cari pengajuan", "look for your request", "2x24", "gafe.pekalongankota");

    @Autowired
    MockMvc mvc;

    @ParameterizedTest
    @ValueSource(strings = {"/", "/bantuan", "/kontak", "/layanan"})
    void thePublicPagesMakeNoClaimOfWhatDoesNotExistInEitherLanguage(String page) throws Exception {
        for (String language : new String[] {"id", "en"}) {
            String html = mvc.perform(get(page).param("lang", language)).andReturn().getResponse().getContentAsString();
            String lower = html.toLowerCase(Locale.ROOT);
            assertThat(CLAIMS).as(page + " in " + language).allSatisfy(claim -> assertThat(lower).doesNotContain(claim));
            assertThat(html).as(page + " in " + language).doesNotContain("SOP");
        }
    }

    /** The FAQ of seed 000 is demo data of the knowledge base now; its text makes the same promises as the pages did. */
    @ParameterizedTest
    @ValueSource(strings = {"demo/knowledge/faq.properties", "demo/knowledge/faq_en.properties"})
    void theDemoFaqMakesNoClaimOfWhatDoesNotExist(String resource) throws Exception {
        String text = new String(new ClassPathResource(resource).getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        String lower = text.toLowerCase(Locale.ROOT);

        assertThat(CLAIMS).as(resource).allSatisfy(claim -> assertThat(lower).doesNotContain(claim));
        assertThat(text).as(resource).doesNotContain("SOP");
    }

    @ParameterizedTest
    @ValueSource(strings = {"/", "/kontak"})
    void theHelpDeskEmailIsAValidConfiguredAddress(String page) throws Exception {
        String html = mvc.perform(get(page)).andReturn().getResponse().getContentAsString();

        assertThat(html).contains("href=\"mailto:diskominfo@pekalongankota.go.id\"");
    }
}
