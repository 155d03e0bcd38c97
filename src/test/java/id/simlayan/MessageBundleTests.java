package id.simlayan;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every Indonesian message has an English twin and the other way round. */
class MessageBundleTests {

    static Stream<Path> bundles() throws IOException {
        try (var files = Files.list(Path.of("src/main/resources/messages"))) {
            return files.filter(p -> p.getFileName().toString().endsWith(".properties"))
                    .filter(p -> !p.getFileName().toString().contains("_")).toList().stream();
        }
    }

    @ParameterizedTest
    @MethodSource("bundles")
    void englishBundleHasTheSameKeys(Path indonesian) throws IOException {
        Path english = indonesian.resolveSibling(indonesian.getFileName().toString().replace(".properties", "_en.properties"));
        assertThat(english).exists();
        assertThat(new TreeSet<>(load(english).stringPropertyNames()))
                .as(english.getFileName().toString())
                .isEqualTo(new TreeSet<>(load(indonesian).stringPropertyNames()));
    }

    private static Properties load(Path path) throws IOException {
        var properties = new Properties();
        try (InputStream in = Files.newInputStream(path)) {
            properties.load(new java.io.InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }
}
