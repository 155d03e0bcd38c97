package id.simlayan;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every environment variable the documentation names is one the application reads: a
 * {@code ${SIMLAYAN_...}} placeholder in an {@code application*.yml}, or the relaxed-binding
 * form of a property named on the same line ({@code simlayan.sla.notice-interval} is
 * {@code SIMLAYAN_SLA_NOTICEINTERVAL}). Documentation that names a variable nothing reads
 * misleads whoever deploys.
 */
class DocumentedSettingsTests {

    private static final Pattern VARIABLE = Pattern.compile("SIMLAYAN_[A-Z0-9_]+");
    private static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{(SIMLAYAN_[A-Z0-9_]+)");
    private static final Pattern PROPERTY = Pattern.compile("`([a-z][a-z0-9-]*(?:\\.[a-z0-9-]+)+)`");

    /** Not settings: the relaxed-binding example and a shell variable in a backup recipe. */
    private static final Set<String> NOT_SETTINGS = Set.of("SIMLAYAN_X_Y", "SIMLAYAN_DB_URL_AS_LIBPQ");

    @Test
    void everyDocumentedEnvironmentVariableIsReadByTheApplication() throws IOException {
        Set<String> read = new HashSet<>();
        try (Stream<Path> configs = Files.list(Path.of("src/main/resources"))) {
            for (Path config : configs.filter(p -> p.getFileName().toString().matches("application.*\\.ya?ml")).toList()) {
                PLACEHOLDER.matcher(Files.readString(config)).results().forEach(m -> read.add(m.group(1)));
            }
        }
        List<Path> docs = new ArrayList<>(List.of(Path.of("README.md")));
        try (Stream<Path> files = Files.list(Path.of("docs"))) {
            files.filter(p -> p.toString().endsWith(".md")).forEach(docs::add);
        }

        List<String> unknown = new ArrayList<>();
        for (Path doc : docs) {
            for (String line : Files.readAllLines(doc)) {
                Set<String> relaxed = new HashSet<>();
                PROPERTY.matcher(line).results().forEach(m -> relaxed.add(relaxed(m.group(1))));
                VARIABLE.matcher(line).results().map(m -> m.group())
                        .filter(variable -> !read.contains(variable) && !relaxed.contains(variable) && !NOT_SETTINGS.contains(variable))
                        .forEach(variable -> unknown.add(doc + ": " + variable));
            }
        }

        assertThat(read).as("placeholders found").contains("SIMLAYAN_UPLOAD_CEILING_FILE", "SIMLAYAN_STORAGE_MAX_FILES");
        assertThat(unknown).as("documented but never read").isEmpty();
    }

    private static String relaxed(String property) {
        return property.toUpperCase(Locale.ROOT).replace('.', '_').replace("-", "");
    }
}
