package id.simlayan.ticket.web;

import id.simlayan.storage.FileUpload;
import java.util.List;
import org.springframework.web.multipart.MultipartFile;

/** Turns the files of a multipart form into uploads for the storage module; an empty file field is no file. */
final class Uploads {

    private Uploads() {
    }

    static List<FileUpload> of(List<MultipartFile> files) {
        if (files == null) {
            return List.of();
        }
        return files.stream()
                .filter(f -> !f.isEmpty() || (f.getOriginalFilename() != null && !f.getOriginalFilename().isBlank()))
                .map(f -> new FileUpload(f.getOriginalFilename() == null ? "" : f.getOriginalFilename(), f.getSize(), f::getInputStream))
                .toList();
    }
}
