package id.simlayan.standard;

import java.util.List;
import java.util.Map;

/**
 * What a requester (or an agent for them, or an API client) entered on a request form, before
 * any check. Values are keyed by field key; a LETTER field is entered as two keys,
 * {@code <key>.number} and {@code <key>.date} (ISO date). Documents are the names and sizes of
 * the files given per DOCUMENT field; their content is checked by the storage module when kept.
 */
public record FormInput(Map<String, List<String>> values, Map<String, List<Upload>> documents) {

    public static final String LETTER_NUMBER = ".number";
    public static final String LETTER_DATE = ".date";

    public record Upload(String fileName, long size) {
    }

    public FormInput {
        values = values == null ? Map.of() : Map.copyOf(values);
        documents = documents == null ? Map.of() : Map.copyOf(documents);
    }

    public static FormInput empty() {
        return new FormInput(Map.of(), Map.of());
    }

    /** Non-blank values given for the key, stripped. */
    public List<String> all(String key) {
        return values.getOrDefault(key, List.of()).stream().filter(v -> v != null && !v.isBlank()).map(String::strip).toList();
    }

    /** The first non-blank value, or null. */
    public String first(String key) {
        var all = all(key);
        return all.isEmpty() ? null : all.getFirst();
    }

    public List<Upload> documents(String key) {
        return documents.getOrDefault(key, List.of());
    }
}
