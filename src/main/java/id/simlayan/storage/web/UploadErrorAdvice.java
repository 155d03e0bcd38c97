package id.simlayan.storage.web;

import id.simlayan.storage.RejectedFileException;
import id.simlayan.storage.internal.StorageSettings;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.multipart.MaxUploadSizeExceededException;

/**
 * Upload failures no controller handled become a friendly message on the page the user came
 * from, never an error page: the servlet container's multipart ceiling
 * ({@link MaxUploadSizeExceededException}) and a {@link RejectedFileException}. Controllers
 * that show the reason next to their file field catch {@link RejectedFileException} themselves.
 */
@ControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
class UploadErrorAdvice {

    private final MessageSource messages;
    private final StorageSettings limits;

    UploadErrorAdvice(MessageSource messages, StorageSettings limits) {
        this.messages = messages;
        this.limits = limits;
    }

    @ExceptionHandler(MaxUploadSizeExceededException.class)
    void uploadTooLarge(HttpServletRequest request, HttpServletResponse response) throws IOException {
        UploadRefusal.sendBack(request, response, messages, LocaleContextHolder.getLocale(),
                "storage.rejected.uploadTooLarge", limits.maxFileSizeMegabytes());
    }

    @ExceptionHandler(RejectedFileException.class)
    void fileRejected(RejectedFileException rejected, HttpServletRequest request, HttpServletResponse response) throws IOException {
        UploadRefusal.sendBack(request, response, messages, LocaleContextHolder.getLocale(),
                rejected.messageCode(), rejected.arguments());
    }
}
