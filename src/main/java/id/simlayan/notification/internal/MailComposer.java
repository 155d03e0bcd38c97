package id.simlayan.notification.internal;

import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

/**
 * Lays out {@link MailContent} with the Thymeleaf templates {@code notification/mail/message.html}
 * (through the application's engine) and {@code notification/mail/message.txt} (plain-text part).
 */
@Component
public class MailComposer {

    static final String TEMPLATE = "notification/mail/message";

    private final ITemplateEngine htmlEngine;
    private final SpringTemplateEngine textEngine;
    private final NotificationTexts texts;

    public MailComposer(ITemplateEngine htmlEngine, MessageSource messageSource, NotificationTexts texts) {
        this.htmlEngine = htmlEngine;
        this.texts = texts;
        var resolver = new ClassLoaderTemplateResolver();
        resolver.setPrefix("templates/");
        resolver.setSuffix(".txt");
        resolver.setTemplateMode(TemplateMode.TEXT);
        resolver.setCharacterEncoding("UTF-8");
        resolver.setCacheable(true);
        this.textEngine = new SpringTemplateEngine();
        this.textEngine.setTemplateResolver(resolver);
        this.textEngine.setTemplateEngineMessageSource(messageSource);
    }

    public RenderedMail compose(MailContent content) {
        var context = new Context(texts.locale(), Map.of("mail", content));
        return new RenderedMail(content.subject(), textEngine.process(TEMPLATE, context).strip() + "\n",
                htmlEngine.process(TEMPLATE, context));
    }
}
