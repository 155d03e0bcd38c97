package id.simlayan.knowledge.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.simlayan.knowledge.SectionId;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Slugs, the rules of a draft and the search query, without Spring. */
class KnowledgeRulesUnitTests {

    private static final SectionId SECTION = new SectionId(UUID.randomUUID());

    @Test
    void slugFromTitleDropsAccentsPunctuationAndCase() {
        assertThat(Slug.fromTitle("Bagaimana cara mendaftar akun?").value()).isEqualTo("bagaimana-cara-mendaftar-akun");
        assertThat(Slug.fromTitle("  Café — Ümlaut & e-Budgeting 2026!  ").value()).isEqualTo("cafe-umlaut-e-budgeting-2026");
    }

    @Test
    void slugFromALongTitleIsCutAtAWordBoundary() {
        String title = "Apa langkah yang harus diambil jika informasi status proses tidak sesuai dengan keadaan yang sebenarnya terjadi";
        Slug slug = Slug.fromTitle(title);

        assertThat(slug.value().length()).isLessThanOrEqualTo(Slug.MAX);
        assertThat(slug.value()).doesNotEndWith("-").startsWith("apa-langkah-yang-harus-diambil");
        assertThat("-" + title.toLowerCase(Locale.ROOT).replace(' ', '-') + "-").contains("-" + slug.value() + "-");
    }

    @Test
    void slugFromATitleWithoutLettersOrAReservedWordStillGivesAValidSlug() {
        assertThat(Slug.fromTitle("?!").value()).isEqualTo("artikel");
        assertThat(Slug.fromTitle("Saran").value()).isEqualTo("artikel-saran");
        assertThat(Slug.fromTitle("Ya").value()).isEqualTo("artikel-ya");
    }

    @ParameterizedTest
    @ValueSource(strings = {"ab", "Huruf-Besar", "dua--tanda", "-awal", "akhir-", "spasi di", "garis_bawah", "saran", "baru", "ñandu"})
    void invalidSlugsAreRefused(String value) {
        assertThat(Slug.isValid(value)).isFalse();
        assertThatThrownBy(() -> new Slug(value)).isInstanceOf(KnowledgeRuleViolation.class)
                .extracting(e -> ((KnowledgeRuleViolation) e).messageCode()).isEqualTo("knowledge.error.slugInvalid");
    }

    @Test
    void slugsUpToTheLimitAreAccepted() {
        assertThat(Slug.isValid("abc")).isTrue();
        assertThat(Slug.isValid("a".repeat(Slug.MAX))).isTrue();
        assertThat(Slug.isValid("a".repeat(Slug.MAX + 1))).isFalse();
        assertThat(Slug.isValid("cara-mendaftar-2")).isTrue();
    }

    @Test
    void aNumberedSlugStillFits() {
        assertThat(new Slug("cara-mendaftar").numbered(2).value()).isEqualTo("cara-mendaftar-2");
        Slug numbered = new Slug("a".repeat(Slug.MAX)).numbered(12);
        assertThat(numbered.value()).hasSize(Slug.MAX).endsWith("-12");
    }

    @Test
    void aDraftNeedsSectionIndonesianTitleAndBody() {
        assertThat(violation(() -> new ArticleDraft(null, null, "Judul", null, "Isi", null))).isEqualTo("knowledge.form.choose");
        assertThat(violation(() -> new ArticleDraft(SECTION, null, "  ", null, "Isi", null))).isEqualTo("knowledge.form.required");
        assertThat(violation(() -> new ArticleDraft(SECTION, null, "Judul", null, "", null))).isEqualTo("knowledge.form.required");
    }

    @Test
    void englishTitleAndBodyGoTogether() {
        assertThat(violation(() -> new ArticleDraft(SECTION, null, "Judul", "Title", "Isi", " "))).isEqualTo("knowledge.error.englishPair");
        assertThat(violation(() -> new ArticleDraft(SECTION, null, "Judul", null, "Isi", "Body"))).isEqualTo("knowledge.error.englishPair");
        var draft = new ArticleDraft(SECTION, null, " Judul ", "", "Isi", "  ");
        assertThat(draft.titleId()).isEqualTo("Judul");
        assertThat(draft.titleEn()).isNull();
        assertThat(draft.bodyEn()).isNull();
    }

    @Test
    void tooLongTextsAreRefused() {
        assertThat(violation(() -> new ArticleDraft(SECTION, null, "j".repeat(ArticleDraft.MAX_TITLE + 1), null, "Isi", null)))
                .isEqualTo("knowledge.form.tooLong");
        assertThat(violation(() -> new ArticleDraft(SECTION, null, "Judul", "Title", "Isi", "b".repeat(ArticleDraft.MAX_BODY + 1))))
                .isEqualTo("knowledge.form.tooLong");
    }

    @Test
    void anArticleWithoutEnglishShowsIndonesianToEnglishReaders() {
        var article = new Article(null, SECTION, "judul", "Judul", null, "Isi", null, ArticleStatus.PUBLISHED, 10, null, 0);

        assertThat(article.title(Locale.ENGLISH)).isEqualTo("Judul");
        assertThat(article.body(Locale.ENGLISH)).isEqualTo("Isi");
        var both = new Article(null, SECTION, "judul", "Judul", "Title", "Isi", "Body", ArticleStatus.PUBLISHED, 10, null, 0);
        assertThat(both.title(Locale.ENGLISH)).isEqualTo("Title");
        assertThat(both.body(Locale.ENGLISH)).isEqualTo("Body");
        assertThat(both.body(Locale.forLanguageTag("id"))).isEqualTo("Isi");
    }

    @Test
    void searchQueryIsEveryWordAsAPrefixAndLetsNoOperatorThrough() {
        assertThat(SearchQuery.prefixQuery("Cara  daftar akun")).contains("cara:* & daftar:* & akun:*");
        assertThat(SearchQuery.prefixQuery("akun | !sandi & (x):*")).contains("akun:* & sandi:* & x:*");
        assertThat(SearchQuery.prefixQuery("e-Budgeting")).contains("e:* & budgeting:*");
        assertThat(SearchQuery.prefixQuery("  !?  ")).isEmpty();
        assertThat(SearchQuery.prefixQuery(null)).isEmpty();
        assertThat(SearchQuery.prefixQuery("a b c d e f g h i j").orElseThrow().split(" & ")).hasSize(SearchQuery.MAX_WORDS);
    }

    private static String violation(Runnable action) {
        try {
            action.run();
        } catch (KnowledgeRuleViolation e) {
            return e.messageCode();
        }
        throw new AssertionError("no rule violated");
    }
}
