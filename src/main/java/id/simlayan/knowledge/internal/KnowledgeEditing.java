package id.simlayan.knowledge.internal;

import id.simlayan.audit.AuditLog;
import id.simlayan.audit.AuditLog.AuditEntry;
import id.simlayan.identity.CurrentUser;
import id.simlayan.identity.Directory;
import id.simlayan.identity.Role;
import id.simlayan.knowledge.ArticleId;
import id.simlayan.knowledge.SectionId;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Keeping the knowledge base: admins and the front-desk agents (who answer the questions the
 * articles are about) write articles, publish and withdraw them, and keep the sections. Every
 * change and every refusal is audited.
 */
@Service
@Transactional
public class KnowledgeEditing {

    static final int MAX_SECTION_TITLE = 120;
    private static final String ARTICLE = "KB_ARTICLE";
    private static final String SECTION = "KB_SECTION";

    private final KnowledgeStore store;
    private final Directory directory;
    private final AuditLog audit;

    KnowledgeEditing(KnowledgeStore store, Directory directory, AuditLog audit) {
        this.store = store;
        this.directory = directory;
        this.audit = audit;
    }

    /** Admins anywhere and agents of the front-desk unit. */
    @Transactional(readOnly = true)
    public boolean mayEdit(CurrentUser user) {
        if (user == null) {
            return false;
        }
        if (user.hasRole(Role.ADMIN)) {
            return true;
        }
        if (user.unitsWhere(Role.AGENT).isEmpty()) {
            return false;
        }
        try {
            return user.hasRoleIn(directory.frontDesk().id(), Role.AGENT);
        } catch (IllegalStateException noFrontDesk) {
            return false;
        }
    }

    /** @throws KnowledgeAccessDenied for anyone who may not edit (audited) */
    @Transactional(readOnly = true)
    public void requireEditor(CurrentUser user, String action) {
        if (!mayEdit(user)) {
            audit.record(AuditEntry.denied(user == null ? null : user.id().value(), action, ARTICLE, null, "not a front-desk agent or admin"));
            throw new KnowledgeAccessDenied(action);
        }
    }

    @Transactional(readOnly = true)
    public List<Article> allArticles(CurrentUser user) {
        requireEditor(user, "KB_ARTICLE_LIST");
        return store.articles(true);
    }

    @Transactional(readOnly = true)
    public Article article(CurrentUser user, ArticleId id) {
        requireEditor(user, "KB_ARTICLE_VIEW");
        return store.article(id).orElseThrow(() -> new KnowledgeNotFound("article"));
    }

    @Transactional(readOnly = true)
    public Section section(CurrentUser user, SectionId id) {
        requireEditor(user, "KB_SECTION_VIEW");
        return store.section(id).orElseThrow(() -> new KnowledgeNotFound("section"));
    }

    /** A new article as a draft; without a slug one is made from the Indonesian title. */
    public ArticleId createArticle(CurrentUser user, ArticleDraft draft) {
        requireEditor(user, "KB_ARTICLE_CREATE");
        requireSection(draft.sectionId());
        Slug slug = draft.slug() != null ? requireFree(draft.slug(), null) : freeSlugFor(draft.titleId());
        var id = store.createArticle(draft, slug, ArticleStatus.DRAFT, user.id().value());
        audit.record(AuditEntry.allowed(user.id().value(), "KB_ARTICLE_CREATE", ARTICLE, id.toString(), slug.value()));
        return id;
    }

    /** @throws KnowledgeRuleViolation {@code knowledge.error.stale} when someone else changed the article since the form was shown */
    public void updateArticle(CurrentUser user, ArticleId id, long version, ArticleDraft draft) {
        requireEditor(user, "KB_ARTICLE_UPDATE");
        var current = store.article(id).orElseThrow(() -> new KnowledgeNotFound("article"));
        requireSection(draft.sectionId());
        Slug slug = draft.slug() != null ? requireFree(draft.slug(), id) : new Slug(current.slug());
        requireChanged(store.updateArticle(id, version, draft, slug, user.id().value()));
        audit.record(AuditEntry.allowed(user.id().value(), "KB_ARTICLE_UPDATE", ARTICLE, id.toString(), slug.value()));
    }

    public void publish(CurrentUser user, ArticleId id, long version) {
        changeStatus(user, id, version, ArticleStatus.PUBLISHED, "KB_ARTICLE_PUBLISH");
    }

    public void unpublish(CurrentUser user, ArticleId id, long version) {
        changeStatus(user, id, version, ArticleStatus.DRAFT, "KB_ARTICLE_UNPUBLISH");
    }

    @Transactional(readOnly = true)
    public List<Section> sections(CurrentUser user) {
        requireEditor(user, "KB_SECTION_LIST");
        return store.sections();
    }

    public SectionId createSection(CurrentUser user, String titleId, String titleEn) {
        requireEditor(user, "KB_SECTION_CREATE");
        checkSectionTitles(titleId, titleEn);
        var id = store.createSection(titleId.strip(), blankToNull(titleEn), user.id().value());
        audit.record(AuditEntry.allowed(user.id().value(), "KB_SECTION_CREATE", SECTION, id.toString(), null));
        return id;
    }

    public void renameSection(CurrentUser user, SectionId id, long version, String titleId, String titleEn) {
        requireEditor(user, "KB_SECTION_RENAME");
        checkSectionTitles(titleId, titleEn);
        requireSection(id);
        requireChanged(store.renameSection(id, version, titleId.strip(), blankToNull(titleEn), user.id().value()));
        audit.record(AuditEntry.allowed(user.id().value(), "KB_SECTION_RENAME", SECTION, id.toString(), null));
    }

    public void moveSection(CurrentUser user, SectionId id, boolean up) {
        requireEditor(user, "KB_SECTION_MOVE");
        requireSection(id);
        if (store.moveSection(id, up, user.id().value())) {
            audit.record(AuditEntry.allowed(user.id().value(), "KB_SECTION_MOVE", SECTION, id.toString(), up ? "up" : "down"));
        }
    }

    // --- internals ----------------------------------------------------------------------

    private void changeStatus(CurrentUser user, ArticleId id, long version, ArticleStatus status, String action) {
        requireEditor(user, action);
        store.article(id).orElseThrow(() -> new KnowledgeNotFound("article"));
        requireChanged(store.setStatus(id, version, status, user.id().value()));
        audit.record(AuditEntry.allowed(user.id().value(), action, ARTICLE, id.toString(), null));
    }

    private void requireSection(SectionId id) {
        if (store.section(id).isEmpty()) {
            throw new KnowledgeRuleViolation("knowledge.error.unknownSection", "sectionId");
        }
    }

    private Slug requireFree(Slug slug, ArticleId except) {
        if (store.slugTaken(slug, except)) {
            throw new KnowledgeRuleViolation("knowledge.error.slugTaken", "slug");
        }
        return slug;
    }

    /** The title's slug, numbered ({@code -2}, {@code -3}, ...) when another article has it. */
    Slug freeSlugFor(String title) {
        Slug base = Slug.fromTitle(title);
        Slug slug = base;
        for (int n = 2; store.slugTaken(slug, null); n++) {
            slug = base.numbered(n);
        }
        return slug;
    }

    private static void requireChanged(int rows) {
        if (rows == 0) {
            throw new KnowledgeRuleViolation("knowledge.error.stale");
        }
    }

    private static void checkSectionTitles(String titleId, String titleEn) {
        if (titleId == null || titleId.isBlank()) {
            throw new KnowledgeRuleViolation("knowledge.form.required", "titleId");
        }
        if (titleId.strip().length() > MAX_SECTION_TITLE || (titleEn != null && titleEn.strip().length() > MAX_SECTION_TITLE)) {
            throw new KnowledgeRuleViolation("knowledge.form.tooLong", titleId.strip().length() > MAX_SECTION_TITLE ? "titleId" : "titleEn");
        }
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
