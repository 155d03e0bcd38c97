package id.simlayan.storage.internal;

import java.text.Normalizer;
import java.util.Locale;

/** The display name kept for a file: no folders, no control or direction-changing characters. */
final class FileNames {

    static final int MAX_LENGTH = 200;

    private FileNames() {
    }

    /** The cleaned name; may be blank (then the caller refuses the file). */
    static String sanitize(String originalName) {
        if (originalName == null) {
            return "";
        }
        String name = Normalizer.normalize(originalName, Normalizer.Form.NFC);
        int slash = Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\'));
        name = name.substring(slash + 1);
        var clean = new StringBuilder(name.length());
        name.codePoints()
                .filter(c -> !Character.isISOControl(c) && Character.getType(c) != Character.FORMAT)
                .forEach(clean::appendCodePoint);
        String result = clean.toString().strip();
        // names made only of dots ("." or "..") mean nothing
        return result.chars().allMatch(c -> c == '.') ? "" : result;
    }

    /** Lower-case text after the last dot, or empty. */
    static String extension(String name) {
        int dot = name.lastIndexOf('.');
        return dot < 0 ? "" : name.substring(dot + 1).strip().toLowerCase(Locale.ROOT);
    }
}
