package id.simlayan.platform;

import java.util.Set;
import org.springframework.stereotype.Component;
import org.thymeleaf.context.ITemplateContext;
import org.thymeleaf.dialect.AbstractProcessorDialect;
import org.thymeleaf.engine.AttributeName;
import org.thymeleaf.model.IProcessableElementTag;
import org.thymeleaf.processor.IProcessor;
import org.thymeleaf.processor.element.AbstractAttributeTagProcessor;
import org.thymeleaf.processor.element.IElementTagStructureHandler;
import org.thymeleaf.standard.expression.StandardExpressions;
import org.thymeleaf.templatemode.TemplateMode;

/**
 * {@code <div sl:markdown="${standard.text}">}: the element's body becomes the text rendered
 * by {@link RichText} (a {@link SafeHtml} value is written as it is). The way templates show
 * formatted text; {@code th:utext} is for {@link SafeHtml} model values only (Thymeleaf runs
 * {@code th:utext} restricted, so {@code @richText} cannot be called inside it).
 */
@Component
public class RichTextDialect extends AbstractProcessorDialect {

    public static final String PREFIX = "sl";

    private final RichText richText;

    public RichTextDialect(RichText richText) {
        super("SIMLAYAN rich text", PREFIX, 1300);
        this.richText = richText;
    }

    @Override
    public Set<IProcessor> getProcessors(String dialectPrefix) {
        return Set.of(new MarkdownProcessor(dialectPrefix, richText));
    }

    private static final class MarkdownProcessor extends AbstractAttributeTagProcessor {

        private final RichText richText;

        MarkdownProcessor(String prefix, RichText richText) {
            super(TemplateMode.HTML, prefix, null, false, "markdown", true, 1300, true);
            this.richText = richText;
        }

        @Override
        protected void doProcess(ITemplateContext context, IProcessableElementTag tag, AttributeName attributeName,
                String attributeValue, IElementTagStructureHandler structureHandler) {
            Object value = StandardExpressions.getExpressionParser(context.getConfiguration())
                    .parseExpression(context, attributeValue)
                    .execute(context);
            SafeHtml html = value instanceof SafeHtml safe ? safe : richText.render(value == null ? null : value.toString());
            // not processable: the HTML is written as it is, never evaluated as a template
            structureHandler.setBody(html.html(), false);
        }
    }
}
