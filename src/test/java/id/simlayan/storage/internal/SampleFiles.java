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
    static byte[] odf(String mimeType, String... extraEntries) {
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
            for (String extra : extraEntries) {
                zip.putNextEntry(new ZipEntry(extra));
                zip.write("<?xml version=\"1.0\"?><x/>".getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
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

    // --- hostile files -----------------------------------------------------------------

    /** {@code image} with {@code payload} appended after its end marker: a polyglot. */
    static byte[] withTrailer(byte[] image, byte[] payload) {
        var out = new ByteArrayOutputStream();
        out.writeBytes(image);
        out.writeBytes(payload);
        return out.toByteArray();
    }

    static byte[] html() {
        return text("<html><body><script>fetch('/admin/pengguna').then(r => r.text()).then(alert)</script></body></html>");
    }

    static byte[] script() {
        return text("\n;alert(document.cookie);//");
    }

    /** A PNG with a text chunk carrying a script, before IEND (no trailing data). */
    static byte[] pngWithScriptChunk() {
        byte[] png = png();
        byte[] text = text("Comment\0<script>alert(1)</script>");
        var chunk = new ByteArrayOutputStream();
        chunk.writeBytes(be32(text.length));
        chunk.writeBytes(text("tEXt"));
        chunk.writeBytes(text);
        var crc = new CRC32();
        crc.update(text("tEXt"));
        crc.update(text);
        chunk.writeBytes(be32((int) crc.getValue()));
        var out = new ByteArrayOutputStream();
        out.write(png, 0, 33); // signature and IHDR
        out.writeBytes(chunk.toByteArray());
        out.write(png, 33, png.length - 33);
        return out.toByteArray();
    }

    /** A one-page-less PDF whose catalog dictionary also holds {@code catalogExtra} (raw PDF syntax). */
    static byte[] pdfWith(String catalogExtra) {
        return ("""
                %PDF-1.4
                1 0 obj << /Type /Catalog /Pages 2 0 R""" + " " + catalogExtra + """
                 >> endobj
                2 0 obj << /Type /Pages /Kids [] /Count 0 >> endobj
                trailer << /Root 1 0 R >>
                %%EOF
                """).getBytes(StandardCharsets.ISO_8859_1);
    }

    /**
     * A PDF 1.5 whose catalog names an OpenAction object that lives inside a compressed object
     * stream, where a plain byte search does not see it; {@code filterName} is the stream's filter.
     */
    static byte[] pdfWithObjectStream(String objects, String filterName, boolean compress) {
        byte[] content = ("3 0 " + objects).getBytes(StandardCharsets.ISO_8859_1);
        byte[] data = compress ? deflate(content) : content;
        var out = new ByteArrayOutputStream();
        out.writeBytes(text("""
                %%PDF-1.5
                1 0 obj << /Type /Catalog /Pages 2 0 R /OpenAction 3 0 R >> endobj
                2 0 obj << /Type /Pages /Kids [] /Count 0 >> endobj
                4 0 obj << /Type /ObjStm /N 1 /First 4 /Filter /%s /Length %d >>
                stream
                """.formatted(filterName, data.length)));
        out.writeBytes(data);
        out.writeBytes(text("\nendstream\nendobj\ntrailer << /Root 1 0 R >>\n%%EOF\n"));
        return out.toByteArray();
    }

    /** A PDF with a page content stream of random compressed bytes (as every real PDF has). */
    static byte[] pdfWithBinaryStream(long seed) {
        byte[] data = new byte[512 * 1024];
        new java.util.Random(seed).nextBytes(data);
        var out = new ByteArrayOutputStream();
        out.writeBytes(text("""
                %%PDF-1.4
                1 0 obj << /Type /Catalog /Pages 2 0 R /OpenAction [3 0 R /Fit] >> endobj
                2 0 obj << /Type /Pages /Kids [3 0 R] /Count 1 >> endobj
                3 0 obj << /Type /Page /Parent 2 0 R /Contents 4 0 R >> endobj
                4 0 obj << /Length %d /Filter /DCTDecode >>
                stream
                """.formatted(data.length)));
        out.writeBytes(data);
        out.writeBytes(text("\nendstream\nendobj\ntrailer << /Root 1 0 R >>\n%%EOF\n"));
        return out.toByteArray();
    }

    static byte[] deflate(byte[] content) {
        var out = new ByteArrayOutputStream();
        try (var deflating = new java.util.zip.DeflaterOutputStream(out)) {
            deflating.write(content);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** A DOCX with one more part. */
    static byte[] docxWith(String partName, String content) {
        var entries = ooxmlEntries("word/document.xml", "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml");
        entries.put(partName, content);
        return zip(entries);
    }

    /** An XLSX whose content types declare a macro-enabled workbook (no vbaProject part needed to say so). */
    static byte[] xlsm() {
        return ooxml("xl/workbook.xml", "application/vnd.ms-excel.sheet.macroEnabled.main+xml");
    }

    /** A Java archive: manifest and a class file (its magic number), named whatever the sender likes. */
    static byte[] jar() {
        var out = new ByteArrayOutputStream();
        try (var zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry("META-INF/MANIFEST.MF"));
            zip.write(text("Manifest-Version: 1.0\nMain-Class: Evil\n"));
            zip.closeEntry();
            zip.putNextEntry(new ZipEntry("Evil.class"));
            zip.write(new byte[] {(byte) 0xCA, (byte) 0xFE, (byte) 0xBA, (byte) 0xBE, 0, 0, 0, 65});
            zip.closeEntry();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** A JAR dressed as a DOCX: the OOXML parts plus a manifest and a class. */
    static byte[] jarDressedAsDocx() {
        var entries = ooxmlEntries("word/document.xml", "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml");
        entries.put("META-INF/MANIFEST.MF", "Manifest-Version: 1.0\nMain-Class: Evil\n");
        entries.put("Evil.class", "\u00ca\u00fe\u00ba\u00be");
        return zip(entries);
    }

    /**
     * A DOCX whose document part inflates to {@code inflatedBytes} zeros: about a thousandth of
     * that when compressed (the "1 MB becomes 1 GiB" ZIP bomb).
     */
    static byte[] docxBomb(long inflatedBytes) {
        var out = new ByteArrayOutputStream();
        try (var zip = new ZipOutputStream(out)) {
            for (var entry : ooxmlEntries("word/document.xml", "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml").entrySet()) {
                zip.putNextEntry(new ZipEntry(entry.getKey()));
                zip.write(entry.getValue().getBytes(StandardCharsets.UTF_8));
                if (entry.getKey().equals("word/document.xml")) {
                    byte[] zeros = new byte[1024 * 1024];
                    for (long written = 0; written < inflatedBytes; written += zeros.length) {
                        zip.write(zeros, 0, (int) Math.min(zeros.length, inflatedBytes - written));
                    }
                }
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** A DOCX with {@code count} tiny extra parts (allowed names, far too many of them). */
    static byte[] docxWithParts(int count) {
        var entries = ooxmlEntries("word/document.xml", "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml");
        for (int i = 0; i < count; i++) {
            entries.put("customXml/item" + i + ".xml", "<a/>");
        }
        return zip(entries);
    }

    private static byte[] be32(int value) {
        return new byte[] {(byte) (value >> 24), (byte) (value >> 16), (byte) (value >> 8), (byte) value};
    }

    private static byte[] le32(int value) {
        return new byte[] {(byte) value, (byte) (value >> 8), (byte) (value >> 16), (byte) (value >> 24)};
    }
}
