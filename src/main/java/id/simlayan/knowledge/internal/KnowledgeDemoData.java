package id.simlayan.knowledge.internal;

import id.simlayan.knowledge.SectionId;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Properties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The demo knowledge base: the FAQ of seed 000 (three sections, each question an article, both
 * languages, published), behind {@code simlayan.demo.enabled}. The text lives in
 * {@code demo/knowledge/faq*.properties}. Idempotent: a section is found by its Indonesian title,
 * an article by its slug, so a second run adds nothing and an editor's changes to an article stay.
 * Needs no other module's demo data, so it runs early (order 12): after the ticket demo data the
 * listeners of its events keep the connection pool busy for a while. One transaction, one connection.
 */
@Component
@Order(12)
@ConditionalOnProperty(name = "simlayan.demo.enabled", havingValue = "true")
class KnowledgeDemoData implements ApplicationRunner {

    /** The seed's sections, in its order. */
    static final List<String> SECTIONS = List.of("general", "complaints", "tracking");

    private static final Logger log = LoggerFactory.getLogger(KnowledgeDemoData.class);

    private final KnowledgeStore store;

    KnowledgeDemoData(KnowledgeStore store) {
        this.store = store;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        Properties indonesian = load("demo/knowledge/faq.properties");
        Properties english = load("demo/knowledge/faq_en.properties");
        for (String key : SECTIONS) {
            String prefix = "faq." + key;
            String title = indonesian.getProperty(prefix);
            SectionId section = store.sectionTitled(title)
                    .map(Section::id)
                    .orElseGet(() -> store.createSection(title, english.getProperty(prefix), null));
            for (int i = 1; indonesian.containsKey(prefix + "." + i + ".q"); i++) {
                String q = indonesian.getProperty(prefix + "." + i + ".q");
                Slug slug = Slug.fromTitle(q);
                if (store.articleBySlug(slug.value()).isPresent()) {
                    continue;
                }
                var draft = new ArticleDraft(section, slug, q, english.getProperty(prefix + "." + i + ".q"),
                        indonesian.getProperty(prefix + "." + i + ".a"), english.getProperty(prefix + "." + i + ".a"));
                store.createArticle(draft, slug, ArticleStatus.PUBLISHED, null);
                log.info("Demo data: help article {}", slug);
            }
        }
    }

    private static Properties load(String path) {
        var properties = new Properties();
        try (var in = new InputStreamReader(new ClassPathResource(path).getInputStream(), StandardCharsets.UTF_8)) {
            properties.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return properties;
    }
}
