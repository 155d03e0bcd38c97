package id.simlayan.platform.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.commonmark.Extension;
import org.commonmark.ext.autolink.AutolinkExtension;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Heading;
import org.commonmark.node.Image;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;

/**
 * First stage of {@code RichText}: CommonMark (with GitHub tables and bare-URL links) to HTML.
 * Raw HTML is escaped, links other than http(s), mailto and site paths lose their link (the
 * text stays), images become their description, headings move down two levels. Parser and
 * renderer are immutable and thread-safe.
 */
public final class MarkdownToHtml {

    /** Judged on the destination after CommonMark decoded entities and escapes, before it is percent-encoded. */
    private static final Pattern ALLOWED_DESTINATION =
            Pattern.compile("^(?:https?://\\S+|mailto:\\S+|/(?![/\\\\]).*)$", Pattern.CASE_INSENSITIVE | Pattern.DOTALL);

    static final int HEADING_SHIFT = 2;

    private final Parser parser;
    private final HtmlRenderer renderer;

    public MarkdownToHtml() {
        List<Extension> extensions = List.of(TablesExtension.create(), AutolinkExtension.create());
        this.parser = Parser.builder().extensions(extensions).build();
        this.renderer = HtmlRenderer.builder()
                .extensions(extensions)
                .escapeHtml(true)
                .sanitizeUrls(true)
                .build();
    }

    public String render(String markdown) {
        Node document = parser.parse(markdown);
        document.accept(new Policy());
        return renderer.render(document);
    }

    static boolean allowedDestination(String destination) {
        return destination != null && ALLOWED_DESTINATION.matcher(destination).matches();
    }

    private static final class Policy extends AbstractVisitor {

        @Override
        public void visit(Link link) {
            visitChildren(link);
            if (!allowedDestination(link.getDestination())) {
                unwrap(link);
            }
        }

        @Override
        public void visit(Image image) {
            visitChildren(image);
            unwrap(image);
        }

        @Override
        public void visit(Heading heading) {
            heading.setLevel(Math.min(6, heading.getLevel() + HEADING_SHIFT));
            visitChildren(heading);
        }

        /** Replaces the node by its children (a link's text, an image's description). */
        private static void unwrap(Node node) {
            List<Node> children = new ArrayList<>();
            for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
                children.add(child);
            }
            for (Node child : children) {
                node.insertBefore(child);
            }
            node.unlink();
        }
    }
}
