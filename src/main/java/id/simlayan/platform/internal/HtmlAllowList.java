package id.simlayan.platform.internal;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Entities;
import org.jsoup.safety.Cleaner;
import org.jsoup.safety.Safelist;

/**
 * Second stage of {@code RichText}: jsoup's {@link Cleaner} keeps only the elements and
 * attributes Markdown legitimately produces. It does not trust the first stage: whatever
 * reaches it (an event-handler attribute, a {@code style}, a {@code javascript:} link, an
 * iframe) is dropped here as well. Output in XML syntax (XHTML entities, self-closed void
 * elements) so it is valid both in a page and in the PDF renderer's XML.
 */
public final class HtmlAllowList {

    /** Only to resolve site paths ({@code /layanan/x}) for the protocol check; never written out. */
    private static final String BASE_URI = "https://simlayan.invalid/";

    private static final String LINK_REL = "nofollow noopener noreferrer";

    private final Cleaner cleaner = new Cleaner(safelist());

    static Safelist safelist() {
        return new Safelist()
                .addTags("p", "br", "hr", "em", "strong", "code", "pre", "blockquote",
                        "ul", "ol", "li", "h3", "h4", "h5", "h6",
                        "table", "thead", "tbody", "tr", "th", "td", "a")
                .addAttributes("a", "href", "title")
                .addAttributes("ol", "start")
                .addAttributes("th", "align")
                .addAttributes("td", "align")
                .addProtocols("a", "href", "http", "https", "mailto")
                .addEnforcedAttribute("a", "rel", LINK_REL)
                .preserveRelativeLinks(true);
    }

    public String clean(String html) {
        Document clean = cleaner.clean(Jsoup.parseBodyFragment(html, BASE_URI));
        // a link whose address was refused would still be an <a>: keep only its text
        clean.select("a:not([href])").unwrap();
        clean.outputSettings()
                .prettyPrint(false)
                .syntax(Document.OutputSettings.Syntax.xml)
                .escapeMode(Entities.EscapeMode.xhtml)
                .charset("UTF-8");
        return clean.body().html().strip();
    }
}
