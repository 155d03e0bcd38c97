package id.simlayan.storage.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;
import org.apache.tika.Tika;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.mime.MediaType;
import org.apache.tika.mime.MediaTypeRegistry;
import org.apache.tika.mime.MimeTypes;

/**
 * Tells what a file is from its bytes alone (never from its name): magic numbers via tika-core,
 * then a look inside ZIP containers (OOXML, OpenDocument) and OLE2 compound files (old Office)
 * to tell documents from other archives. Anything else is not allowed.
 */
class ContentInspector {

    private static final MediaType OLE2 = MediaType.application("x-tika-msoffice");
    private static final int MAX_ZIP_ENTRIES = 10_000;
    private static final int MAX_OLE2_SCAN = 16 * 1024 * 1024;

    private final Tika tika = new Tika();
    private final MediaTypeRegistry registry = MimeTypes.getDefaultMimeTypes().getMediaTypeRegistry();

    /** The allowed type the content is, or empty when it is none of them. */
    Optional<AllowedType> inspect(Path file) throws IOException {
        MediaType detected;
        try (InputStream in = TikaInputStream.get(file)) {
            // an empty Metadata: no file name to guess from
            detected = tika.getDetector().detect(in, new Metadata()).getBaseType();
        }
        return Optional.ofNullable(switch (detected.toString()) {
            case "image/jpeg" -> AllowedType.JPEG;
            case "image/png" -> AllowedType.PNG;
            case "image/gif" -> AllowedType.GIF;
            case "image/webp" -> AllowedType.WEBP;
            case "application/pdf" -> AllowedType.PDF;
            case "text/plain" -> AllowedType.TEXT;
            default -> {
                if (isA(detected, MediaType.APPLICATION_ZIP) || startsWithZipMagic(file)) {
                    yield inspectZip(file);
                }
                if (isA(detected, OLE2)) {
                    yield inspectOle2(file);
                }
                yield null;
            }
        });
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

    /** OOXML by its parts ([Content_Types].xml plus word/, xl/ or ppt/), ODF by its mimetype entry; macros refused. */
    private static AllowedType inspectZip(Path file) throws IOException {
        boolean contentTypes = false;
        boolean word = false;
        boolean excel = false;
        boolean powerPoint = false;
        String odfType = null;
        try (var zip = new ZipFile(file.toFile())) {
            Enumeration<? extends ZipEntry> entries = zip.entries();
            int count = 0;
            while (entries.hasMoreElements()) {
                if (++count > MAX_ZIP_ENTRIES) {
                    return null;
                }
                ZipEntry entry = entries.nextElement();
                String name = entry.getName();
                if (name.toLowerCase(java.util.Locale.ROOT).endsWith("vbaproject.bin")) {
                    return null; // macro-enabled documents are not accepted
                }
                switch (name) {
                    case "[Content_Types].xml" -> contentTypes = true;
                    case "mimetype" -> odfType = readSmallEntry(zip, entry);
                    default -> {
                        word |= name.startsWith("word/");
                        excel |= name.startsWith("xl/");
                        powerPoint |= name.startsWith("ppt/");
                    }
                }
            }
        } catch (ZipException e) {
            return null; // not a readable zip
        }
        if (contentTypes && (word ? 1 : 0) + (excel ? 1 : 0) + (powerPoint ? 1 : 0) == 1) {
            return word ? AllowedType.DOCX : excel ? AllowedType.XLSX : AllowedType.PPTX;
        }
        if (odfType != null) {
            return switch (odfType.trim()) {
                case "application/vnd.oasis.opendocument.text" -> AllowedType.ODT;
                case "application/vnd.oasis.opendocument.spreadsheet" -> AllowedType.ODS;
                case "application/vnd.oasis.opendocument.presentation" -> AllowedType.ODP;
                default -> null;
            };
        }
        return null;
    }

    private static String readSmallEntry(ZipFile zip, ZipEntry entry) throws IOException {
        try (InputStream in = zip.getInputStream(entry)) {
            return new String(in.readNBytes(200), StandardCharsets.US_ASCII);
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
