package id.simlayan;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.attoparser.ParseException;
import org.attoparser.config.ParseConfiguration;
import org.attoparser.dom.DOMMarkupParser;
import org.attoparser.dom.Element;
import org.attoparser.dom.INestableNode;
import org.attoparser.dom.INode;
import org.attoparser.dom.Text;
import org.junit.jupiter.api.Test;

/**
 * UI text comes from the message bundles: no template renders a literal text node or a literal
 * title/placeholder/aria-label/alt. Content that th:text, th:utext, th:replace, th:insert or
 * th:remove="all" replaces is a prototype and does not count. Parsed with AttoParser, the parser
 * Thymeleaf itself uses.
 */
class TemplateTextTests {

    private static final Path TEMPLATES = Path.of("src/main/resources/templates");

    private static final Set<String> REPLACING = Set.of("th:text", "th:utext", "th:replace", "th:insert", "th:include",
            "th:errors", "sec:authentication");
    private static final List<String> TEXT_ATTRIBUTES = List.of("title", "placeholder", "aria-label", "alt");

    /** Symbols, digits and punctuation are no language. */
    private static final Pattern NO_WORDS = Pattern.compile("[\\p{P}\\p{S}\\p{N}\\s×·–—…]*");

    /**
     * Words that are the same in every language on purpose: the product's name; each language
     * named in itself in the language menu (the convention that lets a reader find theirs); and
     * placeholders that show the format of a value (a duration, a time zone, a phone number, the
     * name of the decree that sets the holidays), not words to translate.
     */
    private static final Set<String> ALLOWED = Set.of("SIMLAYAN", "Bahasa Indonesia", "English", "ID", "EN",
            "PT30M, PT8H, 5d", "Asia/Pontianak", "08xxxxxxxxxx", "SKB 3 Menteri 2028");

    @Test
    void templatesCarryNoLiteralUiText() throws IOException {
        List<String> found = new ArrayList<>();
        try (Stream<Path> files = Files.walk(TEMPLATES)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".html")).sorted().toList()) {
                try {
                    var document = new DOMMarkupParser(ParseConfiguration.htmlConfiguration())
                            .parse(file.toString(), Files.newBufferedReader(file, StandardCharsets.UTF_8));
                    collect(document, TEMPLATES.relativize(file).toString(), found);
                } catch (ParseException e) {
                    found.add(file + ": cannot be parsed: " + e.getMessage());
                }
            }
        }
        assertThat(found).as("literal UI text in templates (use th:text=\"#{...}\" or th:title/th:placeholder/th:aria-label/th:alt)")
                .isEmpty();
    }

    private static void collect(INestableNode node, String file, List<String> found) {
        for (INode child : node.getChildren()) {
            if (child instanceof Text text) {
                // character references (&middot;, &rarr;) are symbols too
                String content = text.getContent().strip().replaceAll("&[a-zA-Z]+;|&#[0-9]+;", "·");
                if (!NO_WORDS.matcher(content).matches() && !ALLOWED.contains(content) && !content.startsWith("[[")) {
                    found.add(file + ": text \"" + abbreviate(content) + "\"");
                }
            } else if (child instanceof Element element) {
                String name = element.getElementName().toLowerCase();
                if (name.equals("script") || name.equals("style") || "all".equals(element.getAttributeValue("th:remove"))) {
                    continue;
                }
                Map<String, String> attributes = element.getAttributeMap();
                for (String attribute : TEXT_ATTRIBUTES) {
                    String value = attributes.get(attribute);
                    if (value != null && !attributes.containsKey("th:" + attribute) && !attributes.containsKey("th:attr")
                            && !NO_WORDS.matcher(value).matches() && !ALLOWED.contains(value.strip())) {
                        found.add(file + ": <" + name + " " + attribute + "=\"" + abbreviate(value) + "\">");
                    }
                }
                // <html th:replace="~{layout :: page(~{::title}, ~{::main})}"> keeps its title and main: they are the page
                if (name.equals("html") || attributes.keySet().stream().noneMatch(REPLACING::contains)) {
                    collect(element, file, found);
                }
            }
        }
    }

    private static String abbreviate(String text) {
        String flat = text.replaceAll("\\s+", " ");
        return flat.length() > 60 ? flat.substring(0, 60) + "…" : flat;
    }
}
