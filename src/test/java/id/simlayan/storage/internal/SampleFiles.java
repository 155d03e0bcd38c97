package id.simlayan.storage.internal;

import id.simlayan.storage.FileUpload;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import javax.imageio.ImageIO;

/** Real bytes of the kinds of file the checks must tell apart, built in memory. */
final class SampleFiles {

    private SampleFiles() {
    }

    static FileUpload upload(String name, byte[] bytes) {
        return new FileUpload(name, bytes.length, () -> new ByteArrayInputStream(bytes));
    }

    static byte[] image(String format) {
        var image = new BufferedImage(4, 3, BufferedImage.TYPE_INT_RGB);
        image.setRGB(1, 1, 0x2255aa);
        var out = new ByteArrayOutputStream();
        try {
            if (!ImageIO.write(image, format, out)) {
                throw new IllegalStateException("no writer for " + format);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    static byte[] png() {
        return image("png");
    }

    static byte[] jpeg() {
        return image("jpeg");
    }

    static byte[] gif() {
        return image("gif");
    }

    /** A RIFF/WEBP container with a lossless VP8L chunk header. */
    static byte[] webp() {
        byte[] chunk = {0x2f, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00};
        var out = new ByteArrayOutputStream();
        out.writeBytes("RIFF".getBytes(StandardCharsets.US_ASCII));
        out.writeBytes(le32(4 + 8 + chunk.length));
        out.writeBytes("WEBPVP8L".getBytes(StandardCharsets.US_ASCII));
        out.writeBytes(le32(chunk.length));
        out.writeBytes(chunk);
        return out.toByteArray();
    }

    static byte[] pdf() {
        return """
                %PDF-1.4
                1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj
                2 0 obj << /Type /Pages /Kids [] /Count 0 >> endobj
                trailer << /Root 1 0 R >>
                %%EOF
                """.getBytes(StandardCharsets.US_ASCII);
    }

    static byte[] text(String content) {
        return content.getBytes(StandardCharsets.UTF_8);
    }

    /** The start of a Windows executable (DOS stub "MZ" + PE signature). */
    static byte[] exe() {
        byte[] bytes = new byte[256];
        bytes[0] = 'M';
        bytes[1] = 'Z';
        bytes[0x3c] = (byte) 0x80;
        bytes[0x80] = 'P';
        bytes[0x81] = 'E';
        byte[] message = "This program cannot be run in DOS mode.".getBytes(StandardCharsets.US_ASCII);
        System.arraycopy(message, 0, bytes, 0x4e, message.length);
        return bytes;
    }

    static byte[] docx() {
        return ooxml("word/document.xml", "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml");
    }

    static byte[] xlsx() {
        return ooxml("xl/workbook.xml", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml");
    }

    static byte[] pptx() {
        return ooxml("ppt/presentation.xml", "application/vnd.openxmlformats-officedocument.presentationml.presentation.main+xml");
    }

    static byte[] docm() {
        var entries = ooxmlEntries("word/document.xml", "application/vnd.ms-word.document.macroEnabled.main+xml");
        entries.put("word/vbaProject.bin", "macro");
        return zip(entries);
    }

    private static byte[] ooxml(String mainPart, String contentType) {
        return zip(ooxmlEntries(mainPart, contentType));
    }

    private static Map<String, String> ooxmlEntries(String mainPart, String contentType) {
        var entries = new LinkedHashMap<String, String>();
        entries.put("[Content_Types].xml", """
                <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
                <Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">
                <Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>
                <Default Extension="xml" ContentType="application/xml"/>
                <Override PartName="/%s" ContentType="%s"/>
                </Types>
                """.formatted(mainPart, contentType));
        entries.put("_rels/.rels", """
                <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
                <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
                <Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="%s"/>
                </Relationships>
                """.formatted(mainPart));
        entries.put(mainPart, "<?xml version=\"1.0\" encoding=\"UTF-8\"?><root/>");
        return entries;
    }

    /** OpenDocument: an uncompressed "mimetype" entry first, as the specification requires. */
    static byte[] odf(String mimeType) {
        var out = new ByteArrayOutputStream();
        try (var zip = new ZipOutputStream(out)) {
            byte[] type = mimeType.getBytes(StandardCharsets.US_ASCII);
            var entry = new ZipEntry("mimetype");
            entry.setMethod(ZipEntry.STORED);
            entry.setSize(type.length);
            var crc = new CRC32();
            crc.update(type);
            entry.setCrc(crc.getValue());
            zip.putNextEntry(entry);
            zip.write(type);
            zip.closeEntry();
            zip.putNextEntry(new ZipEntry("content.xml"));
            zip.write("<?xml version=\"1.0\"?><office:document-content/>".getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
            zip.putNextEntry(new ZipEntry("META-INF/manifest.xml"));
            zip.write("<?xml version=\"1.0\"?><manifest:manifest/>".getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    static byte[] plainZip() {
        var entries = new LinkedHashMap<String, String>();
        entries.put("readme.txt", "hello");
        entries.put("data/list.csv", "a,b\n1,2\n");
        return zip(entries);
    }

    static byte[] zip(Map<String, String> entries) {
        var out = new ByteArrayOutputStream();
        try (var zip = new ZipOutputStream(out)) {
            for (var entry : entries.entrySet()) {
                zip.putNextEntry(new ZipEntry(entry.getKey()));
                zip.write(entry.getValue().getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /**
     * An OLE2 compound file as far as the checks look: the signature and a directory sector
     * naming {@code streamNames} (UTF-16LE, NUL-terminated, as in a real directory entry).
     */
    static byte[] ole2(String... streamNames) {
        byte[] bytes = new byte[512 * 4];
        byte[] signature = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1};
        System.arraycopy(signature, 0, bytes, 0, signature.length);
        bytes[0x1A] = 0x3E; // minor/major version 3
        bytes[0x1C] = (byte) 0xFE; // byte order mark
        bytes[0x1D] = (byte) 0xFF;
        bytes[0x1E] = 0x09; // 512-byte sectors
        int offset = 512 * 2;
        for (String name : ("Root Entry," + String.join(",", streamNames)).split(",")) {
            byte[] utf16 = (name + "\0").getBytes(StandardCharsets.UTF_16LE);
            System.arraycopy(utf16, 0, bytes, offset, utf16.length);
            bytes[offset + 64] = (byte) utf16.length;
            offset += 128;
        }
        return bytes;
    }

    private static byte[] le32(int value) {
        return new byte[] {(byte) value, (byte) (value >> 8), (byte) (value >> 16), (byte) (value >> 24)};
    }
}
