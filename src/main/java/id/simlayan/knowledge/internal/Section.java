package id.simlayan.knowledge.internal;

import id.simlayan.knowledge.SectionId;
import java.util.Locale;

/** A section as shown and edited; without an English title the Indonesian one is shown. */
public record Section(SectionId id, String titleId, String titleEn, int sortOrder, long version) {

    public String title(Locale locale) {
        return Languages.pick(locale, titleId, titleEn);
    }
}
