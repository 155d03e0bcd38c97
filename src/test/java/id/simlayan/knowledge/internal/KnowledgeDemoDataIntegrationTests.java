package id.simlayan.knowledge.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import id.simlayan.IntegrationTest;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.test.web.servlet.MockMvc;

/** The demo runner is not a bean in tests (simlayan.demo.enabled is false); it is built here by hand. */
class KnowledgeDemoDataIntegrationTests extends IntegrationTest {

    /** Seed 000: 14 general questions, 8 about complaints, 13 about tracking. */
    private static final int FAQ_QUESTIONS = 35;

    @Autowired
    KnowledgeStore store;
    @Autowired
    MockMvc mvc;

    @Test
    void demoFaqOfSeed000IsPublishedInItsSectionsInBothLanguagesAndIsIdempotent() throws Exception {
        var demo = new KnowledgeDemoData(store);
        demo.run(new DefaultApplicationArguments());
        int sections = store.sections().size();
        int articles = store.articles(true).size();
        demo.run(new DefaultApplicationArguments());

        assertThat(store.sections()).hasSize(sections);
        assertThat(store.articles(true)).hasSize(articles);
        for (String title : List.of("Umum", "Laporan / Aduan", "Tracking / Lacak")) {
            var section = store.sectionTitled(title).orElseThrow();
            assertThat(store.articles(false)).filteredOn(a -> a.sectionId().equals(section.id())).isNotEmpty();
        }
        var general = store.sectionTitled("Umum").orElseThrow();
        assertThat(general.titleEn()).isEqualTo("General");
        long demoArticles = store.articles(false).stream()
                .filter(a -> store.section(a.sectionId()).orElseThrow().titleId().matches("Umum|Laporan / Aduan|Tracking / Lacak"))
                .count();
        assertThat(demoArticles).isEqualTo(FAQ_QUESTIONS);

        String question = "Apakah data pribadi saya terlihat oleh pengguna lain saat melacak layanan?";
        String slug = Slug.fromTitle(question).value();
        var article = store.articleBySlug(slug).orElseThrow();
        assertThat(article.published()).isTrue();
        assertThat(article.titleEn()).isEqualTo("Can other users see my personal data when tracking a service?");

        // /faq keeps working: it leads to the knowledge base, where the seed's questions are
        mvc.perform(get("/faq")).andExpect(status().isMovedPermanently()).andExpect(header().string("Location", "/bantuan"));
        mvc.perform(get("/bantuan")).andExpect(status().isOk())
                .andExpect(content().string(containsString(">Tracking / Lacak<")))
                .andExpect(content().string(containsString(question)));
        mvc.perform(get("/bantuan/" + slug)).andExpect(status().isOk())
                .andExpect(content().string(containsString("hanya dapat diakses oleh Anda sendiri")));
        mvc.perform(get("/bantuan/" + slug).param("lang", "en")).andExpect(status().isOk())
                .andExpect(content().string(containsString("Can other users see my personal data when tracking a service?")))
                .andExpect(content().string(containsString("can only be accessed by you")));
        mvc.perform(get("/bantuan").param("q", "notifikasi")).andExpect(status().isOk())
                .andExpect(content().string(containsString("Apakah sistem akan memberikan notifikasi")));
    }
}
