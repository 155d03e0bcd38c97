package id.simlayan.storage.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.tika.Tika;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.mime.MediaType;
import org.apache.tika.mime.MediaTypeRegistry;
import org.apache.tika.mime.MimeTypes;

/**
 * Tells what a file is from its bytes alone (never from its name): magic numbers via tika-core,
 * then a look inside ZIP containers (OOXML, OpenDocument: {@link OfficeArchive}) and OLE2
 * compound files (old Office) to tell documents from other archives. An allowed type must also
 * be harmless: images are kept only up to their end marker and refused when what follows it
 * or what is inside is a program, an archive or markup ({@link ImageStructure}); PDFs carry no
 * active content ({@link PdfActiveContent}). Anything else is not allowed.
 */
class ContentInspector {

    static final String NOT_ALLOWED = "storage.rejected.type";

    private static final MediaType OLE2 = MediaType.application("x-tika-msoffice");
    private static final int MAX_OLE2_SCAN = 16 * 1024 * 1024;

    private final Tika tika = new Tika();
    private final MediaTypeRegistry registry = MimeTypes.getDefaultMimeTypes().getMediaTypeRegistry();
    private final OfficeArchive archives;

    ContentInspector(ArchiveLimits limits) {
        this.archives = new OfficeArchive(limits);
    }

    /** The allowed type the content is, or why it is refused. */
    Inspection inspect(Path file) throws IOException {
        MediaType detected;
        try (InputStream in = TikaInputStream.get(file)) {
            // an empty Metadata: no file name to guess from
            detected = tika.getDetector().detect(in, new Metadata()).getBaseType();
        }
        return switch (detected.toString()) {
            case "image/jpeg" -> image(AllowedType.JPEG, file);
            case "image/png" -> image(AllowedType.PNG, file);
            case "image/gif" -> image(AllowedType.GIF, file);
            case "image/webp" -> image(AllowedType.WEBP, file);
            case "application/pdf" -> pdf(file);
            case "text/plain" -> new Inspection.Allowed(AllowedType.TEXT);
            default -> {
                Inspection found = null;
                if (isA(detected, MediaType.APPLICATION_ZIP) || startsWithZipMagic(file)) {
                    found = archives.inspect(file);
                } else if (isA(detected, OLE2)) {
                    AllowedType old = inspectOle2(file);
                    found = old == null ? null : new Inspection.Allowed(old);
                }
                yield found != null ? found : Inspection.refused(NOT_ALLOWED);
            }
        };
    }

    private static Inspection image(AllowedType type, Path file) throws IOException {
        byte[] bytes = Files.readAllBytes(file);
        long end = ImageStructure.end(type, bytes);
        if (end == ImageStructure.BROKEN) {
            return Inspection.refused("storage.rejected.damaged", type.label());
        }
        if (ImageStructure.containsActiveText(bytes, 0, (int) end) || ImageStructure.hasHostileTrailer(bytes, end)) {
            return Inspection.refused("storage.rejected.imageData");
        }
        return new Inspection.Allowed(type, end < bytes.length ? end : Inspection.Allowed.ALL);
    }

    private static Inspection pdf(Path file) throws IOException {
        return switch (PdfActiveContent.scan(Files.readAllBytes(file))) {
            case CLEAN -> new Inspection.Allowed(AllowedType.PDF);
            case ACTIVE -> Inspection.refused("storage.rejected.pdfActive");
            case UNREADABLE -> Inspection.refused("storage.rejected.pdfUnreadable");
        };
    }

    private boolean isA(MediaType detected, MediaType family) {
        return detected.equals(family) || registry.isInstanceOf(detected, family);
    }

    private static boolean startsWithZipMagic(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            byte[] head = in.readNBytes(4);
            return head.length == 4 && head[0] == 'P' && head[1] == 'K' && head[2] == 3 && head[3] == 4;
        }
    }

    /**
     * Old Office files are OLE2 compound files, like MSI installers and Outlook messages. The
     * directory names the streams (UTF-16LE): WordDocument, Workbook/Book, PowerPoint Document.
     */
    private static AllowedType inspectOle2(Path file) throws IOException {
        byte[] bytes;
        try (InputStream in = Files.newInputStream(file)) {
            bytes = in.readNBytes(MAX_OLE2_SCAN);
        }
        if (contains(bytes, utf16("_VBA_PROJECT"))) {
            return null; // macros
        }
        boolean word = contains(bytes, utf16("WordDocument"));
        boolean excel = contains(bytes, utf16("Workbook")) || contains(bytes, utf16Entry("Book"));
        boolean powerPoint = contains(bytes, utf16("PowerPoint Document"));
        if ((word ? 1 : 0) + (excel ? 1 : 0) + (powerPoint ? 1 : 0) != 1) {
            return null;
        }
        return word ? AllowedType.DOC : excel ? AllowedType.XLS : AllowedType.PPT;
    }

    private static byte[] utf16(String name) {
        return name.getBytes(StandardCharsets.UTF_16LE);
    }

    /** A directory entry name stored whole: the name followed by its terminating NUL character. */
    private static byte[] utf16Entry(String name) {
        return (name + "\0").getBytes(StandardCharsets.UTF_16LE);
    }

    static boolean contains(byte[] haystack, byte[] needle) {
        outer:
        for (int i = 0; i <= haystack.length - needle.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return true;
        }
        return false;
    }
}
