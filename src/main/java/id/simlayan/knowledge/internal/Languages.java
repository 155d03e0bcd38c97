package id.simlayan.knowledge.internal;

import java.util.Locale;

/** Indonesian is the language every text is written in; English where an editor added it. */
final class Languages {

    private Languages() {
    }

    static boolean isEnglish(Locale locale) {
        return locale != null && "en".equals(locale.getLanguage());
    }

    static String pick(Locale locale, String indonesian, String english) {
        return isEnglish(locale) && english != null && !english.isBlank() ? english : indonesian;
    }
}
