package id.simlayan.knowledge.internal;

import id.simlayan.identity.CurrentUser;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reading the knowledge base: the public sees published articles only; a draft is "not found"
 * for everyone but its editors, so its existence does not leak.
 */
@Service
@Transactional(readOnly = true)
public class HelpArticles {

    public static final int SUGGESTIONS = 5;
    static final int RESULTS = 50;

    /** A section with its published articles. */
    public record SectionArticles(Section section, List<Article> articles) {
    }

    private final KnowledgeStore store;
    private final KnowledgeEditing editing;

    HelpArticles(KnowledgeStore store, KnowledgeEditing editing) {
        this.store = store;
        this.editing = editing;
    }

    /** Sections that have at least one published article, in their order. */
    public List<SectionArticles> publishedSections() {
        Map<id.simlayan.knowledge.SectionId, List<Article>> bySection = store.articles(false).stream()
                .collect(Collectors.groupingBy(Article::sectionId, LinkedHashMap::new, Collectors.toList()));
        return store.sections().stream().filter(s -> bySection.containsKey(s.id()))
                .map(s -> new SectionArticles(s, bySection.get(s.id()))).toList();
    }

    /** @throws KnowledgeNotFound when there is no such article, or it is a draft and {@code user} may not edit */
    public Article article(String slug, CurrentUser user) {
        var article = store.articleBySlug(slug).orElseThrow(() -> new KnowledgeNotFound("article"));
        if (!article.published() && !editing.mayEdit(user)) {
            throw new KnowledgeNotFound("article");
        }
        return article;
    }

    public Section sectionOf(Article article) {
        return store.section(article.sectionId()).orElseThrow(() -> new KnowledgeNotFound("section"));
    }

    /** Published articles matching the words, both languages searched; empty for nothing searchable. */
    public List<Article> search(String typed) {
        return SearchQuery.prefixQuery(typed).map(q -> store.search(q, RESULTS)).orElse(List.of());
    }

    /** The few best matches for a subject being typed. */
    public List<Article> suggestions(String typed) {
        return SearchQuery.prefixQuery(typed).map(q -> store.search(q, SUGGESTIONS)).orElse(List.of());
    }

    public Votes votes(Article article, UUID voter) {
        return store.votes(article.id(), voter);
    }

    /** Counts the vote once per voter and published article; a second vote changes nothing. */
    @Transactional
    public Votes vote(String slug, UUID voter, boolean helpful) {
        var article = store.articleBySlug(slug).filter(Article::published).orElseThrow(() -> new KnowledgeNotFound("article"));
        store.vote(article.id(), voter, helpful);
        return store.votes(article.id(), voter);
    }
}
