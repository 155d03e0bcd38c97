package id.simlayan.knowledge.internal;

/** Drafts are seen by editors only; published articles by everyone. */
public enum ArticleStatus {
    DRAFT,
    PUBLISHED
}
