package id.simlayan.storage;

import java.io.IOException;
import java.io.InputStream;

/** A file offered for keeping. */
public record FileUpload(String originalName, long size, Content content) {

    /** Opens the bytes; may be called more than once. */
    @FunctionalInterface
    public interface Content {
        InputStream open() throws IOException;
    }
}
