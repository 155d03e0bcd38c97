package id.simlayan.standard;

import java.util.Locale;
import java.util.Set;

/** What a required document may be uploaded as; the storage module still inspects the content. */
public enum DocumentType {
    PDF(Set.of("pdf")),
    IMAGE(Set.of("jpg", "jpeg", "png"));

    private final Set<String> extensions;

    DocumentType(Set<String> extensions) {
        this.extensions = extensions;
    }

    public Set<String> extensions() {
        return extensions;
    }

    /** Whether a file of this name is of this type, judged by its name ending. */
    public boolean fits(String fileName) {
        if (fileName == null) {
            return false;
        }
        int dot = fileName.lastIndexOf('.');
        return dot >= 0 && extensions.contains(fileName.substring(dot + 1).toLowerCase(Locale.ROOT));
    }
}
