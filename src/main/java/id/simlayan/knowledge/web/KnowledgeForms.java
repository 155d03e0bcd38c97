package id.simlayan.knowledge.web;

import id.simlayan.knowledge.SectionId;
import id.simlayan.knowledge.internal.Article;
import id.simlayan.knowledge.internal.ArticleDraft;
import id.simlayan.knowledge.internal.Slug;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.UUID;

/**
 * Form records of the knowledge-base pages: only what a form may change (status has its own
 * buttons, counts are never posted). {@code version} is the one the editor saw.
 */
final class KnowledgeForms {

    private KnowledgeForms() {
    }

    /** {@code slug} empty: made from the Indonesian title (new) or kept (edit). */
    record ArticleForm(
            @NotNull(message = "{knowledge.form.choose}") UUID sectionId,
            @Size(max = Slug.MAX, message = "{knowledge.form.tooLong}")
            @Pattern(regexp = "|" + Slug.PATTERN, message = "{knowledge.error.slugInvalid}") String slug,
            @NotBlank(message = "{knowledge.form.required}") @Size(max = ArticleDraft.MAX_TITLE, message = "{knowledge.form.tooLong}") String titleId,
            @Size(max = ArticleDraft.MAX_TITLE, message = "{knowledge.form.tooLong}") String titleEn,
            @NotBlank(message = "{knowledge.form.required}") @Size(max = ArticleDraft.MAX_BODY, message = "{knowledge.form.tooLong}") String bodyId,
            @Size(max = ArticleDraft.MAX_BODY, message = "{knowledge.form.tooLong}") String bodyEn,
            Long version) {

        static ArticleForm empty(UUID sectionId) {
            return new ArticleForm(sectionId, "", "", "", "", "", null);
        }

        static ArticleForm of(Article a) {
            return new ArticleForm(a.sectionId().value(), a.slug(), a.titleId(), a.titleEn(), a.bodyId(), a.bodyEn(), a.version());
        }

        /** @throws id.simlayan.knowledge.internal.KnowledgeRuleViolation for a rule the annotations cannot say (reserved slug, English pair) */
        ArticleDraft toDraft() {
            return new ArticleDraft(new SectionId(sectionId), slug == null || slug.isBlank() ? null : new Slug(slug.strip()),
                    titleId, titleEn, bodyId, bodyEn);
        }
    }

    record SectionForm(
            @NotBlank(message = "{knowledge.form.required}") @Size(max = 120, message = "{knowledge.form.tooLong}") String titleId,
            @Size(max = 120, message = "{knowledge.form.tooLong}") String titleEn,
            Long version) {

        static SectionForm empty() {
            return new SectionForm("", "", null);
        }
    }

    record VersionForm(@NotNull(message = "{knowledge.error.stale}") Long version) {
    }

    record VoteForm(@NotNull(message = "{knowledge.form.choose}") Boolean helpful) {
    }
}
