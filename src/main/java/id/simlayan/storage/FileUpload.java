package id.simlayan.storage;

import java.io.IOException;
import java.io.InputStream;
import org.springframework.web.multipart.MultipartFile;

/** A file offered for keeping. */
public record FileUpload(String originalName, long size, Content content) {

    /** Opens the bytes; may be called more than once. */
    @FunctionalInterface
    public interface Content {
        InputStream open() throws IOException;
    }

    /** The file a form sent ({@code <input type="file">}); its name and size are only claims, checked by the store. */
    public static FileUpload from(MultipartFile file) {
        return new FileUpload(file.getOriginalFilename(), file.getSize(), file::getInputStream);
    }
}
