package id.simlayan.knowledge.internal;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The last part of an article's address ({@code /bantuan/cara-mendaftar-akun}): lower-case
 * letters a-z, digits and single hyphens between them, 3 to 80 characters. Words the help pages
 * use for themselves ({@code saran}) cannot be slugs, or the article would be unreachable.
 */
public record Slug(String value) {

    public static final int MIN = 3;
    public static final int MAX = 80;
    /** The rule as a regular expression, also used by the editor's form. */
    public static final String PATTERN = "[a-z0-9]+(-[a-z0-9]+)*";
    static final Set<String> RESERVED = Set.of("saran", "baru", "cari");

    private static final Pattern VALID = Pattern.compile(PATTERN);
    private static final Pattern NOT_ALNUM = Pattern.compile("[^a-z0-9]+");
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");

    public Slug {
        if (!isValid(value)) {
            throw new KnowledgeRuleViolation("knowledge.error.slugInvalid");
        }
    }

    public static boolean isValid(String value) {
        return value != null && value.length() >= MIN && value.length() <= MAX && VALID.matcher(value).matches()
                && !RESERVED.contains(value);
    }

    /**
     * A slug made from a title: accents dropped, lower case, anything else between words a
     * hyphen, cut at a word boundary to fit; {@code "artikel"} plus the rest when too short.
     */
    public static Slug fromTitle(String title) {
        String plain = MARKS.matcher(Normalizer.normalize(title == null ? "" : title, Normalizer.Form.NFD)).replaceAll("");
        String slug = NOT_ALNUM.matcher(plain.toLowerCase(Locale.ROOT)).replaceAll("-").replaceAll("^-+|-+$", "");
        if (slug.length() > MAX) {
            int cut = slug.lastIndexOf('-', MAX);
            slug = slug.substring(0, cut >= MIN ? cut : MAX).replaceAll("-+$", "");
        }
        if (slug.length() < MIN || RESERVED.contains(slug)) {
            slug = slug.isEmpty() ? "artikel" : "artikel-" + slug;
        }
        return new Slug(slug);
    }

    /** This slug with {@code -n} appended, shortened so that it still fits. */
    public Slug numbered(int n) {
        String suffix = "-" + n;
        String base = value.length() + suffix.length() > MAX ? value.substring(0, MAX - suffix.length()).replaceAll("-+$", "") : value;
        return new Slug(base + suffix);
    }

    @Override
    public String toString() {
        return value;
    }
}
