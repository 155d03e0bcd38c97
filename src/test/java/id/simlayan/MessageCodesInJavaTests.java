package id.simlayan;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Message codes written in Java (passed to MessageSource, carried by domain exceptions, put in
 * the model for the templates) exist in the Indonesian bundles. A code is a string literal whose
 * first segment is the first segment of some bundle key ({@code "ticket.error.forbidden"}); one
 * ending with a dot, or tested with {@code startsWith}, is a prefix completed at run time
 * ({@code "ticket.status." + status}) and must begin at least one key.
 */
class MessageCodesInJavaTests {

    private static final Pattern LITERAL = Pattern.compile("\"([a-z][A-Za-z0-9]*(?:\\.[A-Za-z0-9_-]+)+\\.?)\"");

    /** Literals that look like codes but are not: audit action names. */
    private static final Set<String> NOT_CODES = Set.of("sla.extend");

    @Test
    void everyMessageCodeInJavaIsInTheBundles() throws IOException {
        Set<String> keys = keys();
        Set<String> namespaces = keys.stream().map(k -> k.substring(0, k.indexOf('.') < 0 ? k.length() : k.indexOf('.')))
                .collect(Collectors.toCollection(TreeSet::new));
        List<String> missing = new ArrayList<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).sorted().toList()) {
                var matcher = LITERAL.matcher(Files.readString(file));
                while (matcher.find()) {
                    String code = matcher.group(1);
                    String namespace = code.substring(0, code.indexOf('.'));
                    if (!namespaces.contains(namespace) || NOT_CODES.contains(code)) {
                        continue;
                    }
                    boolean prefix = code.endsWith(".") || Files.readString(file).startsWith("startsWith(", matcher.start() - "startsWith(".length());
                    boolean known = prefix ? keys.stream().anyMatch(k -> k.startsWith(code)) : keys.contains(code);
                    if (!known) {
                        missing.add(file.getFileName() + ": " + code);
                    }
                }
            }
        }
        assertThat(missing).as("message codes used in Java but missing from src/main/resources/messages/*.properties").isEmpty();
    }

    private static Set<String> keys() throws IOException {
        Set<String> keys = new TreeSet<>();
        try (Stream<Path> files = Files.list(Path.of("src/main/resources/messages"))) {
            for (Path bundle : files.filter(p -> p.toString().endsWith(".properties") && !p.getFileName().toString().contains("_")).toList()) {
                var properties = new Properties();
                try (Reader in = Files.newBufferedReader(bundle, StandardCharsets.UTF_8)) {
                    properties.load(in);
                }
                keys.addAll(properties.stringPropertyNames());
            }
        }
        return keys;
    }
}
