package id.simlayan.storage.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;

/**
 * Tells Office Open XML (DOCX, XLSX, PPTX) and OpenDocument files from other ZIP archives
 * (plain ZIP, JAR) and checks what is inside: only the parts such a document consists of, no
 * macros, ActiveX, embedded programs or HTML, and no more inflated bytes or entries than
 * {@link ArchiveLimits} allow (ZIP bombs).
 */
final class OfficeArchive {

    static final String PARTS = "storage.rejected.officeParts";
    static final String BOMB = "storage.rejected.archiveBomb";

    /** Top-level folders of an OOXML package (ECMA-376 part 2 and what Office writes). */
    private static final List<String> OOXML_FOLDERS = List.of("word/", "xl/", "ppt/", "docProps/", "_rels/", "customXml/",
            "_xmlsignatures/", "docMetadata/");

    /** Endings of the parts Office writes: XML, relationships, pictures, fonts, media, embedded Office files, signatures. */
    private static final Set<String> OOXML_ENDINGS = Set.of("xml", "rels", "vml", "png", "jpg", "jpeg", "jpe", "jfif", "gif",
            "bmp", "tif", "tiff", "emf", "wmf", "emz", "wmz", "svg", "wdp", "webp", "ico", "odttf", "fntdata", "ttf",
            "mp3", "mp4", "m4a", "m4v", "wav", "wma", "wmv", "avi", "mov", "docx", "xlsx", "pptx", "sigs");

    /** Macro, ActiveX and program parts by content type in [Content_Types].xml (lower case). */
    private static final List<String> FORBIDDEN_CONTENT_TYPES = List.of("macroenabled", "vbaproject", "vbadata", "activex",
            "text/html", "application/xhtml", "javascript", "x-msdownload", "java-archive", "ms-office.addin", "oleobject");

    /** Never inside a document, in either family. */
    private static final Set<String> FORBIDDEN_ENDINGS = Set.of("htm", "html", "xhtml", "mht", "mhtml", "js", "vbs", "vbe",
            "wsf", "hta", "exe", "dll", "com", "scr", "msi", "bat", "cmd", "ps1", "jar", "class", "sh", "php", "lnk");

    private final ArchiveLimits limits;

    OfficeArchive(ArchiveLimits limits) {
        this.limits = limits;
    }

    /** The document type, a refusal, or {@code null} when the archive is no document at all. */
    Inspection inspect(Path file) throws IOException {
        try (var zip = new ZipFile(file.toFile())) {
            if (zip.size() > limits.maxEntries()) {
                return Inspection.refused(BOMB);
            }
            List<ZipEntry> entries = new ArrayList<>(zip.size());
            zip.stream().forEach(entries::add);
            List<String> names = entries.stream().map(ZipEntry::getName).toList();
            Inspection kind;
            if (names.contains("[Content_Types].xml")) {
                kind = ooxml(zip, names);
            } else if (names.contains("mimetype")) {
                kind = openDocument(zip, names);
            } else {
                return null;
            }
            if (kind instanceof Inspection.Allowed) {
                return withinLimits(zip, entries, Files.size(file)) ? kind : Inspection.refused(BOMB);
            }
            return kind;
        } catch (ZipException e) {
            return null; // not a readable zip
        }
    }

    private Inspection ooxml(ZipFile zip, List<String> names) throws IOException {
        boolean word = false;
        boolean excel = false;
        boolean powerPoint = false;
        for (String name : names) {
            if (name.endsWith("/") || name.equals("[Content_Types].xml")) {
                continue;
            }
            if (!safePath(name) || OOXML_FOLDERS.stream().noneMatch(name::startsWith) || !allowedOoxmlPart(name)) {
                return Inspection.refused(PARTS);
            }
            word |= name.startsWith("word/");
            excel |= name.startsWith("xl/");
            powerPoint |= name.startsWith("ppt/");
        }
        String contentTypes = readText(zip, zip.getEntry("[Content_Types].xml"), 1024 * 1024).toLowerCase(Locale.ROOT);
        if (FORBIDDEN_CONTENT_TYPES.stream().anyMatch(contentTypes::contains)) {
            return Inspection.refused(PARTS);
        }
        if ((word ? 1 : 0) + (excel ? 1 : 0) + (powerPoint ? 1 : 0) != 1) {
            return null;
        }
        return new Inspection.Allowed(word ? AllowedType.DOCX : excel ? AllowedType.XLSX : AllowedType.PPTX);
    }

    private static boolean allowedOoxmlPart(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        if (lower.contains("vbaproject") || lower.contains("vbadata") || lower.contains("/activex/")) {
            return false;
        }
        String ending = FileNames.extension(lower.substring(lower.lastIndexOf('/') + 1));
        // Excel keeps the printer set-up as a binary part; every other .bin (macros, OLE packages) is refused
        if (ending.equals("bin")) {
            return lower.startsWith("xl/printersettings/") || lower.startsWith("word/printersettings/")
                    || lower.startsWith("ppt/printersettings/");
        }
        return OOXML_ENDINGS.contains(ending);
    }

    /** OpenDocument: the family by its mimetype entry; Basic and script folders (macros) refused. */
    private Inspection openDocument(ZipFile zip, List<String> names) throws IOException {
        for (String name : names) {
            String lower = name.toLowerCase(Locale.ROOT);
            if (!safePath(name) || lower.startsWith("basic/") || lower.startsWith("scripts/")
                    || FORBIDDEN_ENDINGS.contains(FileNames.extension(lower.substring(lower.lastIndexOf('/') + 1)))) {
                return Inspection.refused(PARTS);
            }
        }
        String type = readText(zip, zip.getEntry("mimetype"), 200).trim();
        AllowedType allowed = switch (type) {
            case "application/vnd.oasis.opendocument.text" -> AllowedType.ODT;
            case "application/vnd.oasis.opendocument.spreadsheet" -> AllowedType.ODS;
            case "application/vnd.oasis.opendocument.presentation" -> AllowedType.ODP;
            default -> null;
        };
        return allowed == null ? null : new Inspection.Allowed(allowed);
    }

    /** No absolute paths, no backslashes, no climbing out with "..". */
    private static boolean safePath(String name) {
        return !name.startsWith("/") && !name.contains("\\") && !("/" + name + "/").contains("/../");
    }

    /** Inflates every entry, counting real bytes, and stops as soon as the budget is spent. */
    private boolean withinLimits(ZipFile zip, List<ZipEntry> entries, long fileSize) throws IOException {
        long budget = limits.budgetFor(fileSize);
        byte[] buffer = new byte[64 * 1024];
        for (ZipEntry entry : entries) {
            if (entry.isDirectory()) {
                continue;
            }
            try (InputStream in = zip.getInputStream(entry)) {
                int read;
                while ((read = in.read(buffer)) != -1) {
                    budget -= read;
                    if (budget < 0) {
                        return false;
                    }
                }
            }
        }
        return true;
    }

    private static String readText(ZipFile zip, ZipEntry entry, int max) throws IOException {
        try (InputStream in = zip.getInputStream(entry)) {
            return new String(in.readNBytes(max), StandardCharsets.UTF_8);
        }
    }
}
