package id.simlayan.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

/** A basename without a bundle costs a WARN line on every message lookup (100 000 lines a run). */
class MessageSourceConfigurationTests {

    @Test
    @SuppressWarnings("unchecked")
    void everyConfiguredBasenameHasABundleAndEveryBundleIsConfigured() throws IOException {
        Map<String, Object> yaml;
        try (InputStream in = Files.newInputStream(Path.of("src/main/resources/application.yml"))) {
            yaml = new Yaml().load(in);
        }
        var messages = (Map<String, Object>) ((Map<String, Object>) yaml.get("spring")).get("messages");
        List<String> basenames = Arrays.stream(((String) messages.get("basename")).split(",")).map(String::trim).toList();

        assertThat(basenames).allSatisfy(basename ->
                assertThat(Path.of("src/main/resources", basename + ".properties")).as(basename).exists());
        try (var files = Files.list(Path.of("src/main/resources/messages"))) {
            List<String> bundles = files.map(p -> p.getFileName().toString())
                    .filter(name -> name.endsWith(".properties") && !name.contains("_"))
                    .map(name -> "messages/" + name.substring(0, name.length() - ".properties".length()))
                    .toList();
            assertThat(basenames).containsExactlyInAnyOrderElementsOf(bundles);
        }
    }
}
