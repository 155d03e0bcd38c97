package id.simlayan.knowledge;

import java.util.Objects;
import java.util.UUID;

/** Identifies a knowledge-base article. */
public record ArticleId(UUID value) {

    public ArticleId {
        Objects.requireNonNull(value, "value");
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
