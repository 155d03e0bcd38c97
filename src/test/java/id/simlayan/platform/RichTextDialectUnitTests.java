package id.simlayan.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.context.Context;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.StringTemplateResolver;

class RichTextDialectUnitTests {

    private final RichText richText = new RichText();
    private final SpringTemplateEngine engine = engine();

    private SpringTemplateEngine engine() {
        var resolver = new StringTemplateResolver();
        resolver.setTemplateMode(TemplateMode.HTML);
        var engine = new SpringTemplateEngine();
        engine.setTemplateResolver(resolver);
        engine.addDialect(new RichTextDialect(richText));
        return engine;
    }

    private String process(String template, Map<String, Object> variables) {
        return engine.process(template, new Context(Locale.ROOT, new HashMap<>(variables)));
    }

    @Test
    void rendersMarkdownAsTheElementsBody() {
        String html = process("<div class=\"uraian\" sl:markdown=\"${text}\">contoh</div>",
                Map.of("text", "Bawa **KTP**.\n\n- satu\n- dua"));

        assertThat(html).isEqualTo("<div class=\"uraian\"><p>Bawa <strong>KTP</strong>.</p>\n<ul>\n<li>satu</li>\n<li>dua</li>\n</ul></div>");
    }

    @Test
    void sanitisesWhatItRenders() {
        String html = process("<div sl:markdown=\"${text}\"></div>",
                Map.of("text", "<img src=x onerror=alert(1)> [klik](javascript:alert(1))"));

        assertThat(html).doesNotContain("<img").doesNotContain("href").contains("&lt;img src=x onerror=alert(1)&gt; klik");
    }

    @Test
    void writesSafeHtmlAsItIs() {
        SafeHtml safe = richText.render("*penting*");

        assertThat(process("<div sl:markdown=\"${safe}\"></div>", Map.of("safe", safe))).isEqualTo("<div><p><em>penting</em></p></div>");
        assertThat(process("<div th:utext=\"${safe}\"></div>", Map.of("safe", safe))).isEqualTo("<div><p><em>penting</em></p></div>");
    }

    @Test
    void rendersNothingForMissingText() {
        assertThat(process("<div sl:markdown=\"${missing}\">contoh</div>", Map.of())).isEqualTo("<div></div>");
    }

    @Test
    void neverEvaluatesTheRenderedTextAsATemplate() {
        String html = process("<div sl:markdown=\"${text}\"></div>", Map.of("text", "[[${secret}]] <span th:text=\"${secret}\">x</span>", "secret", "rahasia"));

        assertThat(html).doesNotContain("rahasia").contains("[[${secret}]]");
    }
}
