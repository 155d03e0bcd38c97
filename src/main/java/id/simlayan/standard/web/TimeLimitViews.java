package id.simlayan.standard.web;

import id.simlayan.calendar.Target;
import id.simlayan.catalog.ServiceCatalog;
import id.simlayan.catalog.ServiceOfferingId;
import id.simlayan.standard.ServiceTimeLimits;
import id.simlayan.standard.ServiceTimeLimits.TimeLimit;
import id.simlayan.standard.internal.TimeLimitText;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** The SLA policies' targets of a service in words, shown next to the standard's "jangka waktu". */
@Component
class TimeLimitViews {

    /** The key of the component these targets belong to (internal/StandardComponents). */
    static final String COMPONENT_KEY = "jangka-waktu";

    /** One policy in words: "Kategori Pointing antena: penyelesaian 3 jam kerja; tanggapan pertama 30 menit kerja". */
    record Line(String text) {
    }

    private final ServiceTimeLimits limits;
    private final ServiceCatalog catalog;
    private final MessageSource messages;

    TimeLimitViews(ServiceTimeLimits limits, ServiceCatalog catalog, MessageSource messages) {
        this.limits = limits;
        this.catalog = catalog;
        this.messages = messages;
    }

    List<Line> lines(ServiceOfferingId service, Locale locale) {
        var offering = catalog.find(service);
        return limits.forService(service).stream().map(limit -> {
            var parts = new ArrayList<String>();
            if (limit.categoryId() != null) {
                parts.add(msg("standard.timeLimit.category", locale, offering.flatMap(o -> o.anyCategory(limit.categoryId()))
                        .map(c -> c.name()).orElse("?")));
            }
            if (limit.priority() != null) {
                parts.add(msg("standard.timeLimit.priority", locale, msg("standard.timeLimit.priority." + limit.priority(), locale)));
            }
            String terms = msg("standard.timeLimit.resolution", locale, words(limit.resolution(), locale));
            if (limit.response() != null) {
                terms = msg("standard.timeLimit.withResponse", locale, terms, words(limit.response(), locale));
            }
            return new Line(parts.isEmpty() ? terms : msg("standard.timeLimit.scoped", locale, String.join(", ", parts), terms));
        }).toList();
    }

    /** How the office's text compares with the resolution targets (the admin's warning). */
    TimeLimitText.Verdict verdict(ServiceOfferingId service, String text) {
        return TimeLimitText.compare(text, limits.forService(service).stream().map(TimeLimit::resolution).toList());
    }

    /** The one wording of a time limit ({@link Target#wordsCode()}), so it reads the same here as on a ticket. */
    private String words(Target target, Locale locale) {
        return msg(target.wordsCode(), locale, target.wordsAmount());
    }

    private String msg(String code, Locale locale, Object... args) {
        return messages.getMessage(code, args, locale);
    }
}
