package id.simlayan.document;

import java.util.Locale;
import java.util.Map;

/**
 * A document to render.
 *
 * @param templateName a template under {@code templates/}, without {@code .html}, e.g. {@code "catalog/decree-annex"}
 * @param model the template's variables (values, {@code SafeHtml}, view records; never entities)
 * @param locale language of the text ({@code #{...}} messages, dates, the PDF's language)
 * @param title the PDF's title (metadata); also the template variable {@code documentTitle}
 */
public record DocumentRequest(String templateName, Map<String, Object> model, Locale locale, String title) {

    public DocumentRequest {
        if (templateName == null || templateName.isBlank()) {
            throw new IllegalArgumentException("A document needs a template");
        }
        if (title == null || title.isBlank()) {
            throw new IllegalArgumentException("A document needs a title");
        }
        model = model == null ? Map.of() : Map.copyOf(model);
        locale = locale == null ? Locale.forLanguageTag("id-ID") : locale;
    }
}
