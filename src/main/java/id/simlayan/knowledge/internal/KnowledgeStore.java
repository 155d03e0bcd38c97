package id.simlayan.knowledge.internal;

import id.simlayan.knowledge.ArticleId;
import id.simlayan.knowledge.SectionId;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The tables of the knowledge base ({@code kb_sections}, {@code kb_articles}, {@code kb_votes}).
 * No permission checks here: {@link KnowledgeEditing} and {@link HelpArticles} decide who may do what.
 * Every change bumps {@code version}; updates name the version the editor saw and change nothing
 * when it moved on (0 rows).
 */
@Repository
public class KnowledgeStore {

    private final JdbcClient jdbc;
    private final Clock clock;

    KnowledgeStore(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    // --- sections -----------------------------------------------------------------------

    public List<Section> sections() {
        return jdbc.sql("SELECT * FROM kb_sections ORDER BY sort_order, title_id, id").query(KnowledgeStore::section).list();
    }

    public Optional<Section> section(SectionId id) {
        return jdbc.sql("SELECT * FROM kb_sections WHERE id = :id").param("id", id.value()).query(KnowledgeStore::section).optional();
    }

    public Optional<Section> sectionTitled(String titleId) {
        return jdbc.sql("SELECT * FROM kb_sections WHERE lower(title_id) = lower(:title) ORDER BY sort_order LIMIT 1")
                .param("title", titleId).query(KnowledgeStore::section).optional();
    }

    public SectionId createSection(String titleId, String titleEn, UUID by) {
        var id = UUID.randomUUID();
        jdbc.sql("""
                        INSERT INTO kb_sections (id, title_id, title_en, sort_order, created_at, created_by, updated_at, updated_by)
                        VALUES (:id, :titleId, :titleEn, (SELECT coalesce(max(sort_order), 0) + 10 FROM kb_sections), :now, :by, :now, :by)
                        """)
                .param("id", id).param("titleId", titleId).param("titleEn", titleEn).param("now", now()).param("by", by).update();
        return new SectionId(id);
    }

    public int renameSection(SectionId id, long version, String titleId, String titleEn, UUID by) {
        return jdbc.sql("""
                        UPDATE kb_sections SET title_id = :titleId, title_en = :titleEn, updated_at = :now, updated_by = :by,
                        version = version + 1 WHERE id = :id AND version = :version
                        """)
                .param("id", id.value()).param("version", version).param("titleId", titleId).param("titleEn", titleEn)
                .param("now", now()).param("by", by).update();
    }

    /** Swaps the section with its neighbour above ({@code up}) or below; false at the edge. */
    public boolean moveSection(SectionId id, boolean up, UUID by) {
        var all = sections();
        int at = -1;
        for (int i = 0; i < all.size(); i++) {
            if (all.get(i).id().equals(id)) {
                at = i;
            }
        }
        int other = up ? at - 1 : at + 1;
        if (at < 0 || other < 0 || other >= all.size()) {
            return false;
        }
        // positions, not the stored numbers: two sections may share a number after concurrent creation
        setSectionOrder(all.get(at).id(), (other + 1) * 10, by);
        setSectionOrder(all.get(other).id(), (at + 1) * 10, by);
        for (int i = 0; i < all.size(); i++) {
            if (i != at && i != other && all.get(i).sortOrder() != (i + 1) * 10) {
                setSectionOrder(all.get(i).id(), (i + 1) * 10, by);
            }
        }
        return true;
    }

    private void setSectionOrder(SectionId id, int order, UUID by) {
        jdbc.sql("UPDATE kb_sections SET sort_order = :order, updated_at = :now, updated_by = :by, version = version + 1 WHERE id = :id")
                .param("id", id.value()).param("order", order).param("now", now()).param("by", by).update();
    }

    // --- articles -----------------------------------------------------------------------

    /** Articles in section order, then their own order; drafts only when asked for. */
    public List<Article> articles(boolean withDrafts) {
        return jdbc.sql("""
                        SELECT a.* FROM kb_articles a JOIN kb_sections s ON s.id = a.section_id
                        WHERE :drafts OR a.status = 'PUBLISHED'
                        ORDER BY s.sort_order, s.id, a.sort_order, a.title_id, a.id
                        """)
                .param("drafts", withDrafts).query(KnowledgeStore::article).list();
    }

    public Optional<Article> article(ArticleId id) {
        return jdbc.sql("SELECT * FROM kb_articles WHERE id = :id").param("id", id.value()).query(KnowledgeStore::article).optional();
    }

    public Optional<Article> articleBySlug(String slug) {
        return jdbc.sql("SELECT * FROM kb_articles WHERE slug = :slug").param("slug", slug).query(KnowledgeStore::article).optional();
    }

    public boolean slugTaken(Slug slug, ArticleId except) {
        return jdbc.sql("SELECT count(*) FROM kb_articles WHERE slug = :slug AND id <> :except")
                .param("slug", slug.value()).param("except", except == null ? new UUID(0, 0) : except.value())
                .query(Long.class).single() > 0;
    }

    public ArticleId createArticle(ArticleDraft draft, Slug slug, ArticleStatus status, UUID by) {
        var id = UUID.randomUUID();
        jdbc.sql("""
                        INSERT INTO kb_articles (id, section_id, slug, title_id, title_en, body_id, body_en, status, sort_order,
                                                 published_at, created_at, created_by, updated_at, updated_by)
                        VALUES (:id, :section, :slug, :titleId, :titleEn, :bodyId, :bodyEn, :status,
                                (SELECT coalesce(max(sort_order), 0) + 10 FROM kb_articles WHERE section_id = :section),
                                :publishedAt, :now, :by, :now, :by)
                        """)
                .param("id", id).param("section", draft.sectionId().value()).param("slug", slug.value())
                .param("titleId", draft.titleId()).param("titleEn", draft.titleEn()).param("bodyId", draft.bodyId())
                .param("bodyEn", draft.bodyEn()).param("status", status.name()).param("now", now()).param("by", by)
                .param("publishedAt", publishedAt(status), Types.TIMESTAMP_WITH_TIMEZONE).update();
        return new ArticleId(id);
    }

    public int updateArticle(ArticleId id, long version, ArticleDraft draft, Slug slug, UUID by) {
        return jdbc.sql("""
                        UPDATE kb_articles SET section_id = :section, slug = :slug, title_id = :titleId, title_en = :titleEn,
                        body_id = :bodyId, body_en = :bodyEn, updated_at = :now, updated_by = :by, version = version + 1
                        WHERE id = :id AND version = :version
                        """)
                .param("id", id.value()).param("version", version).param("section", draft.sectionId().value())
                .param("slug", slug.value()).param("titleId", draft.titleId()).param("titleEn", draft.titleEn())
                .param("bodyId", draft.bodyId()).param("bodyEn", draft.bodyEn()).param("now", now()).param("by", by).update();
    }

    public int setStatus(ArticleId id, long version, ArticleStatus status, UUID by) {
        return jdbc.sql("""
                        UPDATE kb_articles SET status = :status, updated_at = :now, updated_by = :by, version = version + 1,
                        published_at = coalesce(:publishedAt, published_at)
                        WHERE id = :id AND version = :version
                        """)
                .param("id", id.value()).param("version", version).param("status", status.name()).param("now", now())
                .param("by", by).param("publishedAt", publishedAt(status), Types.TIMESTAMP_WITH_TIMEZONE)
                .update();
    }

    /** Published articles matching the query (see {@link SearchQuery}), best first. */
    public List<Article> search(String tsquery, int limit) {
        return jdbc.sql("""
                        SELECT * FROM kb_articles WHERE status = 'PUBLISHED' AND search @@ to_tsquery('simple', :q)
                        ORDER BY ts_rank(search, to_tsquery('simple', :q)) DESC, title_id, id LIMIT :limit
                        """)
                .param("q", tsquery).param("limit", limit).query(KnowledgeStore::article).list();
    }

    // --- votes --------------------------------------------------------------------------

    /** False when this voter already voted on the article (the first vote stays). */
    public boolean vote(ArticleId article, UUID voter, boolean helpful) {
        return jdbc.sql("""
                        INSERT INTO kb_votes (article_id, voter, helpful, voted_at) VALUES (:article, :voter, :helpful, :now)
                        ON CONFLICT (article_id, voter) DO NOTHING
                        """)
                .param("article", article.value()).param("voter", voter).param("helpful", helpful).param("now", now()).update() == 1;
    }

    public Votes votes(ArticleId article, UUID voter) {
        return jdbc.sql("""
                        SELECT count(*) FILTER (WHERE helpful) AS yes, count(*) FILTER (WHERE NOT helpful) AS no,
                               bool_or(voter = :voter) AS voted
                        FROM kb_votes WHERE article_id = :article
                        """)
                .param("article", article.value()).param("voter", voter == null ? new UUID(0, 0) : voter)
                .query((rs, n) -> new Votes(rs.getLong("yes"), rs.getLong("no"), rs.getBoolean("voted"))).single();
    }

    /** Typed, as the parameter may be null; an OffsetDateTime since the driver maps only that to timestamptz. */
    private OffsetDateTime publishedAt(ArticleStatus status) {
        return status == ArticleStatus.PUBLISHED ? clock.instant().atOffset(ZoneOffset.UTC) : null;
    }

    private Timestamp now() {
        return Timestamp.from(clock.instant());
    }

    private static Section section(ResultSet rs, int row) throws SQLException {
        return new Section(new SectionId(rs.getObject("id", UUID.class)), rs.getString("title_id"), rs.getString("title_en"),
                rs.getInt("sort_order"), rs.getLong("version"));
    }

    private static Article article(ResultSet rs, int row) throws SQLException {
        return new Article(new ArticleId(rs.getObject("id", UUID.class)), new SectionId(rs.getObject("section_id", UUID.class)),
                rs.getString("slug"), rs.getString("title_id"), rs.getString("title_en"), rs.getString("body_id"), rs.getString("body_en"),
                ArticleStatus.valueOf(rs.getString("status")), rs.getInt("sort_order"), rs.getTimestamp("updated_at").toInstant(),
                rs.getLong("version"));
    }
}
