package id.simlayan.knowledge.internal;

import id.simlayan.knowledge.ArticleId;
import id.simlayan.knowledge.SectionId;
import java.time.Instant;
import java.util.Locale;

/**
 * An article as shown and edited. Title and body are written in Indonesian; the English ones
 * are optional and the Indonesian text is shown where they are missing. Bodies are Markdown,
 * shown only through the shared renderer ({@code sl:markdown}).
 */
public record Article(ArticleId id, SectionId sectionId, String slug, String titleId, String titleEn, String bodyId, String bodyEn,
                      ArticleStatus status, int sortOrder, Instant updatedAt, long version) {

    public String title(Locale locale) {
        return Languages.pick(locale, titleId, titleEn);
    }

    /** The body in the reader's language, as a pair with the title (an English title goes with an English body). */
    public String body(Locale locale) {
        return Languages.isEnglish(locale) && titleEn != null && bodyEn != null && !bodyEn.isBlank() ? bodyEn : bodyId;
    }

    public boolean published() {
        return status == ArticleStatus.PUBLISHED;
    }
}
