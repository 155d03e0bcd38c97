package id.simlayan.knowledge.internal;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Turns what a person typed into a PostgreSQL {@code tsquery} for the {@code simple}
 * configuration: every word must occur, each as a prefix ({@code daftar:*} finds "daftar" and
 * "daftarkan", not "pendaftaran"), since there is no Indonesian stemmer. Only letters and
 * digits pass, so tsquery operators typed by the user cannot change the query's meaning.
 */
public final class SearchQuery {

    static final int MAX_WORDS = 8;
    private static final Pattern SEPARATORS = Pattern.compile("[^\\p{L}\\p{N}]+");

    private SearchQuery() {
    }

    /** The tsquery text; empty when nothing searchable was typed. */
    public static Optional<String> prefixQuery(String typed) {
        if (typed == null) {
            return Optional.empty();
        }
        String query = Arrays.stream(SEPARATORS.split(typed.toLowerCase(Locale.ROOT)))
                .filter(word -> !word.isEmpty())
                .distinct()
                .limit(MAX_WORDS)
                .map(word -> word + ":*")
                .collect(Collectors.joining(" & "));
        return query.isEmpty() ? Optional.empty() : Optional.of(query);
    }
}
