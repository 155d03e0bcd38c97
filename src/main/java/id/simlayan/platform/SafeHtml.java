package id.simlayan.platform;

import java.util.Objects;

/**
 * HTML that {@link RichText} produced from formatted text and sanitised: the only HTML a
 * template may write unescaped ({@code th:utext}). Not a record on purpose: its constructor is
 * package-private, so no module can wrap an arbitrary string and call it safe.
 */
public final class SafeHtml {

    static final SafeHtml EMPTY = new SafeHtml("");

    private final String html;

    SafeHtml(String html) {
        this.html = Objects.requireNonNull(html);
    }

    public String html() {
        return html;
    }

    public boolean isEmpty() {
        return html.isEmpty();
    }

    /** The HTML itself, so that {@code th:utext="${value}"} works with a model attribute of this type. */
    @Override
    public String toString() {
        return html;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof SafeHtml that && html.equals(that.html);
    }

    @Override
    public int hashCode() {
        return html.hashCode();
    }
}
