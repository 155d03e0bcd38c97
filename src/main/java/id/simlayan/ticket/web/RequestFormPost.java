package id.simlayan.ticket.web;

import id.simlayan.standard.FieldKind;
import id.simlayan.standard.FormInput;
import id.simlayan.standard.RequestForm;
import id.simlayan.storage.FileUpload;
import jakarta.servlet.http.HttpServletRequest;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.web.multipart.MultipartRequest;
import org.springframework.web.util.WebUtils;

/**
 * Reads the request-form part of a submission: text inputs named {@code f.<key>} (a LETTER as
 * {@code f.<key>.number} and {@code f.<key>.date}, a MULTI_CHOICE repeated) and file inputs named
 * {@code doc.<key>}. Only keys of the form are taken, so a posted extra name is no answer.
 */
record RequestFormPost(FormInput input, Map<String, List<FileUpload>> documents) {

    static final String VALUE_PREFIX = "f.";
    static final String DOCUMENT_PREFIX = "doc.";

    static RequestFormPost of(RequestForm form, HttpServletRequest request) {
        var values = new LinkedHashMap<String, List<String>>();
        var documents = new LinkedHashMap<String, List<FileUpload>>();
        // security and other filters wrap the request; the multipart one is underneath
        MultipartRequest multipart = WebUtils.getNativeRequest(request, MultipartRequest.class);
        for (var field : form.fields()) {
            if (field.kind() == FieldKind.DOCUMENT) {
                if (multipart != null) {
                    var files = Uploads.of(multipart.getFiles(DOCUMENT_PREFIX + field.key()));
                    if (!files.isEmpty()) {
                        documents.put(field.key(), files);
                    }
                }
            } else if (field.kind() == FieldKind.LETTER) {
                put(values, field.key() + FormInput.LETTER_NUMBER, request);
                put(values, field.key() + FormInput.LETTER_DATE, request);
            } else {
                put(values, field.key(), request);
            }
        }
        return new RequestFormPost(new FormInput(values, Map.of()), documents);
    }

    private static void put(Map<String, List<String>> values, String name, HttpServletRequest request) {
        String[] posted = request.getParameterValues(VALUE_PREFIX + name);
        if (posted != null) {
            values.put(name, List.of(posted));
        }
    }
}
