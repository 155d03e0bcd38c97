package id.simlayan.knowledge.internal;

import id.simlayan.knowledge.SectionId;

/**
 * What an editor wrote. {@code slug} null: made from the Indonesian title (new article) or kept
 * (existing one). The English texts are optional, but go together.
 */
public record ArticleDraft(SectionId sectionId, Slug slug, String titleId, String titleEn, String bodyId, String bodyEn) {

    public static final int MAX_TITLE = 200;
    public static final int MAX_BODY = 20_000;

    public ArticleDraft {
        titleId = strip(titleId);
        titleEn = strip(titleEn);
        bodyId = strip(bodyId);
        bodyEn = strip(bodyEn);
        if (sectionId == null) {
            throw new KnowledgeRuleViolation("knowledge.form.choose", "sectionId");
        }
        if (titleId == null || bodyId == null) {
            throw new KnowledgeRuleViolation("knowledge.form.required", titleId == null ? "titleId" : "bodyId");
        }
        if ((titleEn == null) != (bodyEn == null)) {
            throw new KnowledgeRuleViolation("knowledge.error.englishPair", titleEn == null ? "titleEn" : "bodyEn");
        }
        if (titleId.length() > MAX_TITLE || (titleEn != null && titleEn.length() > MAX_TITLE)) {
            throw new KnowledgeRuleViolation("knowledge.form.tooLong", titleId.length() > MAX_TITLE ? "titleId" : "titleEn");
        }
        if (bodyId.length() > MAX_BODY || (bodyEn != null && bodyEn.length() > MAX_BODY)) {
            throw new KnowledgeRuleViolation("knowledge.form.tooLong", bodyId.length() > MAX_BODY ? "bodyId" : "bodyEn");
        }
    }

    /** Blank is no text. */
    private static String strip(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
