package id.simlayan.platform;

import id.simlayan.platform.internal.HtmlAllowList;
import id.simlayan.platform.internal.MarkdownToHtml;
import org.springframework.stereotype.Component;

/**
 * The one renderer for formatted text that people write (service standards, knowledge-base
 * articles, notes): Markdown with lists, links, emphasis, headings and tables in, sanitised
 * HTML out. Text is stored as written and rendered on the way out, so a better policy applies
 * to old text too.
 *
 * <p>What survives: paragraphs, line breaks, emphasis, code, quotes, lists, tables, horizontal
 * rules, headings shifted down by two levels ({@code #} becomes {@code <h3>}, so a text never
 * competes with the page's own {@code <h1>}/{@code <h2>}), and links to {@code http:},
 * {@code https:}, {@code mailto:} or a path on this site ({@code /layanan/...}), each with
 * {@code rel="nofollow noopener noreferrer"}. Raw HTML in the text is shown as text, never
 * interpreted; images are replaced by their description. The HTML then goes through an
 * allow-list sanitiser as a second, independent line of defence. Output is well-formed XML
 * as well as HTML, so the PDF renderer can take it too.
 *
 * <p>Templates: {@code <div sl:markdown="${standard.text}">} ({@link RichTextDialect}), or a
 * {@link SafeHtml} model attribute in {@code th:utext="${body}"}; {@code @richText.html(text)}
 * in {@code th:with} where a string is needed. Never {@code th:utext} on anything else.
 * (Thymeleaf evaluates {@code th:utext} in restricted mode, where {@code @bean} calls are refused.)
 */
@Component("richText")
public class RichText {

    private final MarkdownToHtml markdown = new MarkdownToHtml();
    private final HtmlAllowList allowList = new HtmlAllowList();

    /** Sanitised HTML of the text; empty for {@code null} or blank text. */
    public SafeHtml render(String text) {
        if (text == null || text.isBlank()) {
            return SafeHtml.EMPTY;
        }
        return new SafeHtml(allowList.clean(markdown.render(text)));
    }

    /** {@link #render} as a string. */
    public String html(String text) {
        return render(text).html();
    }
}
