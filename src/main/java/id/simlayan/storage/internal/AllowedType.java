package id.simlayan.storage.internal;

import java.util.Set;

/** The kinds of file SIMLAYAN keeps, each with the media type we record and the name endings that fit it. */
enum AllowedType {

    JPEG("image/jpeg", "JPG", "jpg", "jpeg", "jpe"),
    PNG("image/png", "PNG", "png"),
    GIF("image/gif", "GIF", "gif"),
    WEBP("image/webp", "WebP", "webp"),
    PDF("application/pdf", "PDF", "pdf"),
    DOC("application/msword", "Word (DOC)", "doc"),
    XLS("application/vnd.ms-excel", "Excel (XLS)", "xls"),
    PPT("application/vnd.ms-powerpoint", "PowerPoint (PPT)", "ppt"),
    DOCX("application/vnd.openxmlformats-officedocument.wordprocessingml.document", "Word (DOCX)", "docx"),
    XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "Excel (XLSX)", "xlsx"),
    PPTX("application/vnd.openxmlformats-officedocument.presentationml.presentation", "PowerPoint (PPTX)", "pptx"),
    ODT("application/vnd.oasis.opendocument.text", "OpenDocument Text (ODT)", "odt"),
    ODS("application/vnd.oasis.opendocument.spreadsheet", "OpenDocument Spreadsheet (ODS)", "ods"),
    ODP("application/vnd.oasis.opendocument.presentation", "OpenDocument Presentation (ODP)", "odp"),
    /** Plain text; recorded as text/csv when the name ends in .csv. */
    TEXT("text/plain", "TXT/CSV", "txt", "csv");

    private final String mediaType;
    private final String label;
    private final Set<String> extensions;

    AllowedType(String mediaType, String label, String... extensions) {
        this.mediaType = mediaType;
        this.label = label;
        this.extensions = Set.of(extensions);
    }

    String label() {
        return label;
    }

    boolean fitsExtension(String extension) {
        return extensions.contains(extension);
    }

    String mediaTypeFor(String extension) {
        return this == TEXT && "csv".equals(extension) ? "text/csv" : mediaType;
    }
}
