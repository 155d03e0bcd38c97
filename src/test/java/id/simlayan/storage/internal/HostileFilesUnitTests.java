package id.simlayan.storage.internal;

import static id.simlayan.storage.internal.SampleFiles.upload;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.simlayan.storage.RejectedFileException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.stream.LongStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.util.unit.DataSize;

/** Files built to get past a content check: polyglots, active PDFs, ZIP bombs, disguised archives, CSV formulas. */
class HostileFilesUnitTests {

    /**
     * 128 MiB of zeros in a DOCX of about 128 KiB: the ratio of the reported bomb (1 MB that
     * unfolds to 1 GiB) at an eighth of the size, because deflating a gigabyte takes a shared
     * build machine over ten seconds. Built once.
     */
    static final byte[] BOMB = SampleFiles.docxBomb(128L * 1024 * 1024);

    @TempDir
    Path dir;

    Path staging;

    /** The real limits, with a file size limit that lets the 1 GiB bomb's megabyte in. */
    final UploadChecker checker = new UploadChecker(new ContentInspector(ArchiveLimits.DEFAULT),
            new StorageSettings(null, DataSize.ofMegabytes(10), null));

    @BeforeEach
    void staging() throws IOException {
        staging = Files.createTempFile(dir, "staging", ".part");
    }

    static Stream<Arguments> hostileFiles() {
        String docxMain = "word/document.xml";
        return Stream.of(
                // images carrying something else after their end marker, or markup inside
                Arguments.of("PNG + HTML after IEND", "foto.png", SampleFiles.withTrailer(SampleFiles.png(), SampleFiles.html()), "storage.rejected.imageData"),
                Arguments.of("PNG + Windows program after IEND", "foto.png", SampleFiles.withTrailer(SampleFiles.png(), SampleFiles.exe()), "storage.rejected.imageData"),
                Arguments.of("PNG + ZIP after IEND", "foto.png", SampleFiles.withTrailer(SampleFiles.png(), SampleFiles.plainZip()), "storage.rejected.imageData"),
                Arguments.of("PNG with a script in a text chunk", "foto.png", SampleFiles.pngWithScriptChunk(), "storage.rejected.imageData"),
                Arguments.of("GIF + Windows program after the trailer", "animasi.gif", SampleFiles.withTrailer(SampleFiles.gif(), SampleFiles.exe()), "storage.rejected.imageData"),
                Arguments.of("GIF + HTML after the trailer", "animasi.gif", SampleFiles.withTrailer(SampleFiles.gif(), SampleFiles.html()), "storage.rejected.imageData"),
                Arguments.of("JPEG + HTML after EOI", "foto.jpg", SampleFiles.withTrailer(SampleFiles.jpeg(), SampleFiles.html()), "storage.rejected.imageData"),
                Arguments.of("JPEG + Windows program after EOI", "foto.jpg", SampleFiles.withTrailer(SampleFiles.jpeg(), SampleFiles.exe()), "storage.rejected.imageData"),
                Arguments.of("WebP + HTML after the RIFF end", "gambar.webp", SampleFiles.withTrailer(SampleFiles.webp(), SampleFiles.html()), "storage.rejected.imageData"),
                Arguments.of("PNG cut short before IEND", "foto.png", Arrays.copyOf(SampleFiles.png(), SampleFiles.png().length - 12), "storage.rejected.damaged"),
                // PDFs with active content
                Arguments.of("PDF OpenAction JavaScript", "surat.pdf", SampleFiles.pdfWith("/OpenAction << /S /JavaScript /JS (app.alert(1)) >>"), "storage.rejected.pdfActive"),
                Arguments.of("PDF document-level JavaScript, #-escaped", "surat.pdf", SampleFiles.pdfWith("/Names << /J#61vaScript << /Names [(a) 5 0 R] >> >>"), "storage.rejected.pdfActive"),
                Arguments.of("PDF /JS written as /J#53", "surat.pdf", SampleFiles.pdfWith("/Outlines << /A << /S /GoTo /J#53 (x) >> >>"), "storage.rejected.pdfActive"),
                Arguments.of("PDF additional actions", "surat.pdf", SampleFiles.pdfWith("/AA << /WC 5 0 R >>"), "storage.rejected.pdfActive"),
                Arguments.of("PDF Launch action", "surat.pdf", SampleFiles.pdfWith("/OpenAction 5 0 R >> endobj 5 0 obj << /S /Launch /F (cmd.exe)"), "storage.rejected.pdfActive"),
                Arguments.of("PDF embedded file", "surat.pdf", SampleFiles.pdfWith("/Names << /EmbeddedFiles << /Names [(x.exe) 6 0 R] >> >>"), "storage.rejected.pdfActive"),
                Arguments.of("PDF XFA form", "surat.pdf", SampleFiles.pdfWith("/AcroForm << /XFA 7 0 R >>"), "storage.rejected.pdfActive"),
                Arguments.of("PDF JavaScript inside a compressed object stream", "surat.pdf",
                        SampleFiles.pdfWithObjectStream("<< /S /JavaScript /JS (app.alert(1)) >>", "FlateDecode", true), "storage.rejected.pdfActive"),
                Arguments.of("PDF object stream that cannot be inspected", "surat.pdf",
                        SampleFiles.pdfWithObjectStream("<< /S /GoTo /D [2 0 R] >>", "ASCIIHexDecode", false), "storage.rejected.pdfUnreadable"),
                Arguments.of("PDF object stream whose Flate data is not Flate (encrypted)", "surat.pdf",
                        SampleFiles.pdfWithObjectStream("<< /S /GoTo /D [2 0 R] >>", "FlateDecode", false), "storage.rejected.pdfUnreadable"),
                // archives named as Office documents
                Arguments.of("ZIP bomb named .docx (ratio 1000)", "surat.docx", BOMB, "storage.rejected.archiveBomb"),
                Arguments.of("DOCX with more parts than allowed", "surat.docx", SampleFiles.docxWithParts(ArchiveLimits.DEFAULT.maxEntries()), "storage.rejected.archiveBomb"),
                Arguments.of("DOCX with an HTML part (altChunk)", "surat.docx", SampleFiles.docxWith("word/afchunk.htm", "<html><script>alert(1)</script></html>"), "storage.rejected.officeParts"),
                Arguments.of("DOCX with macros (vbaProject.bin)", "surat.docx", SampleFiles.docm(), "storage.rejected.officeParts"),
                Arguments.of("XLSX declared macro-enabled", "data.xlsx", SampleFiles.xlsm(), "storage.rejected.officeParts"),
                Arguments.of("DOCX with an embedded OLE package", "surat.docx", SampleFiles.docxWith("word/embeddings/oleObject1.bin", "MZ"), "storage.rejected.officeParts"),
                Arguments.of("DOCX with ActiveX", "surat.docx", SampleFiles.docxWith("word/activeX/activeX1.xml", "<ax/>"), "storage.rejected.officeParts"),
                Arguments.of("DOCX with a part outside the OOXML folders", "surat.docx", SampleFiles.docxWith("payload/run.xml", "<x/>"), "storage.rejected.officeParts"),
                Arguments.of("DOCX with a program in its media", "surat.docx", SampleFiles.docxWith(docxMain.replace("document.xml", "media/setup.exe"), "MZ"), "storage.rejected.officeParts"),
                Arguments.of("JAR named .docx", "surat.docx", SampleFiles.jar(), "storage.rejected.type"),
                Arguments.of("JAR dressed as a DOCX", "surat.docx", SampleFiles.jarDressedAsDocx(), "storage.rejected.officeParts"),
                Arguments.of("ODT with Basic macros", "surat.odt", SampleFiles.odf("application/vnd.oasis.opendocument.text", "Basic/Standard/Module1.xml"), "storage.rejected.officeParts"),
                Arguments.of("ODT with scripts", "surat.odt", SampleFiles.odf("application/vnd.oasis.opendocument.text", "Scripts/python/run.py"), "storage.rejected.officeParts"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("hostileFiles")
    void refusesHostileFilesWithTheirOwnReason(String description, String name, byte[] bytes, String code) {
        assertThatThrownBy(() -> checker.check(upload(name, bytes), staging))
                .isInstanceOfSatisfying(RejectedFileException.class, e -> {
                    assertThat(e.messageCode()).isEqualTo(code);
                    assertThat(e.arguments()[0]).isEqualTo(name);
                });
    }

    @Test
    void aBombMayUnfoldOnlyAHundredTimesItsSizeAndNeverBeyondTheCeiling() {
        assertThat(BOMB.length).isLessThan(256 * 1024);
        assertThat(ArchiveLimits.DEFAULT.budgetFor(BOMB.length)).isEqualTo(ArchiveLimits.DEFAULT.ratioFloorBytes());
        assertThat(ArchiveLimits.DEFAULT.budgetFor(1024 * 1024)).isEqualTo(100L * 1024 * 1024);
        assertThat(ArchiveLimits.DEFAULT.budgetFor(10 * 1024 * 1024)).isEqualTo(ArchiveLimits.DEFAULT.maxInflatedBytes());
    }

    @Test
    void countsInflatedBytesAgainstTheAbsoluteCeilingToo() {
        var tight = new UploadChecker(new ContentInspector(new ArchiveLimits(100, 1024 * 1024, 1_000_000, 0)),
                new StorageSettings(null, null, null));
        byte[] twoMegabytes = SampleFiles.docxBomb(2L * 1024 * 1024);

        assertThatThrownBy(() -> tight.check(upload("surat.docx", twoMegabytes), staging))
                .isInstanceOfSatisfying(RejectedFileException.class,
                        e -> assertThat(e.messageCode()).isEqualTo("storage.rejected.archiveBomb"));
    }

    static Stream<Arguments> formulaCsv() {
        return Stream.of(
                Arguments.of("=1+1\n", 1),
                Arguments.of("nama;nilai\nBudi;=HYPERLINK(\"http://evil.example\";\"klik\")\n", 2),
                Arguments.of("nama,nilai\nBudi,10\nAni,@SUM(A1:A2)\n", 3),
                Arguments.of("a,+cmd|' /C calc'!A0\n", 1),
                Arguments.of("a,-2+3+cmd|' /C calc'!A0\n", 1),
                Arguments.of("a,\t=HYPERLINK(\"x\")\n", 1),
                Arguments.of("a,\r=1\n", 1),
                Arguments.of("a,\"=cmd|'/C calc'!A0\"\n", 1),
                Arguments.of("a,\"  =1\"\n", 1),
                Arguments.of("catatan,\"baris satu\nbaris dua\"\nb,=1\n", 3),
                Arguments.of("a\tb\tc\n1\t2\t=3\n", 2));
    }

    @ParameterizedTest(name = "{index}: formula on line {1}")
    @MethodSource("formulaCsv")
    void refusesCsvWithFormulaCellsNamingTheLine(String csv, int line) {
        assertThatThrownBy(() -> checker.check(upload("daftar.csv", SampleFiles.text(csv)), staging))
                .isInstanceOfSatisfying(RejectedFileException.class, e -> {
                    assertThat(e.messageCode()).isEqualTo("storage.rejected.csvFormula");
                    assertThat(e.arguments()).containsExactly("daftar.csv", line);
                });
    }

    static Stream<Arguments> harmlessFiles() {
        return Stream.of(
                Arguments.of("CSV with negative numbers, phone numbers, quoted text and = inside", "daftar.csv",
                        SampleFiles.text("nama;telepon;selisih;catatan\nBudi;+62 812-3456-7890;-5;'=bukan rumus\nAni;(0285) 123;-1.250,50;a = b\n-;+;\"kata \"\"=\"\" di tengah\";\n")),
                Arguments.of("a .txt may start a line with =", "catatan.txt", SampleFiles.text("=== Catatan rapat ===\n- poin satu\n")),
                Arguments.of("PDF opening at a page (OpenAction destination)", "surat.pdf", SampleFiles.pdfWith("/OpenAction [3 0 R /Fit]")),
                Arguments.of("PDF with a link (URI action)", "surat.pdf", SampleFiles.pdfWith("/Outlines << /A << /S /URI /URI (https://pekalongankota.go.id) >> >>")),
                Arguments.of("PDF 1.5 with a harmless compressed object stream", "surat.pdf",
                        SampleFiles.pdfWithObjectStream("<< /S /GoTo /D [2 0 R /Fit] >>", "FlateDecode", true)),
                Arguments.of("DOCX with printer settings, pictures and properties", "surat.docx", docxAsOfficeWritesIt()),
                Arguments.of("DOCX with an embedded spreadsheet (chart data)", "surat.docx",
                        SampleFiles.docxWith("word/embeddings/Microsoft_Excel_Worksheet.xlsx", "PK")),
                Arguments.of("ODT with pictures", "surat.odt", SampleFiles.odf("application/vnd.oasis.opendocument.text", "Pictures/1.png")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("harmlessFiles")
    void acceptsHarmlessFilesThatLookLikeTheHostileOnes(String description, String name, byte[] bytes) throws IOException {
        assertThat(checker.check(upload(name, bytes), staging).size()).isEqualTo(bytes.length);
    }

    static Stream<Arguments> imagesWithTrailers() {
        byte[] video = SampleFiles.withTrailer(SampleFiles.text("\0\0\0\u0018ftypmp42"), new byte[4096]);
        return Stream.of(
                Arguments.of("JPEG motion photo (video after EOI)", "foto.jpg", SampleFiles.jpeg(), video),
                Arguments.of("JPEG with a second picture after EOI (MPF)", "foto.jpg", SampleFiles.jpeg(), SampleFiles.jpeg()),
                Arguments.of("PNG with zero padding after IEND", "foto.png", SampleFiles.png(), new byte[16]),
                Arguments.of("GIF + JavaScript after the trailer (GIF/JS polyglot)", "animasi.gif", SampleFiles.gif(), SampleFiles.script()),
                Arguments.of("WebP with vendor data after the RIFF end", "gambar.webp", SampleFiles.webp(), SampleFiles.text("VENDORDATA")));
    }

    /** A phone's motion photo must still be accepted; whatever follows the picture, harmless or a script, is not kept. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("imagesWithTrailers")
    void keepsAnImageOnlyUpToItsEndMarker(String description, String name, byte[] image, byte[] trailer) throws Exception {
        var accepted = checker.check(upload(name, SampleFiles.withTrailer(image, trailer)), staging);

        assertThat(Files.readAllBytes(staging)).isEqualTo(image);
        assertThat(accepted.size()).isEqualTo(image.length);
        assertThat(accepted.sha256()).isEqualTo(java.util.HexFormat.of().formatHex(
                java.security.MessageDigest.getInstance("SHA-256").digest(image)));
    }

    static LongStream seeds() {
        return LongStream.range(0, 20);
    }

    /** Real PDFs hold megabytes of compressed bytes; two-letter names like /JS occur there by chance and must not refuse them. */
    @ParameterizedTest
    @MethodSource("seeds")
    void acceptsPdfsWhoseBinaryStreamsHappenToHoldNameLikeBytes(long seed) throws IOException {
        byte[] pdf = SampleFiles.pdfWithBinaryStream(seed);

        assertThat(checker.check(upload("scan.pdf", pdf), staging).mediaType()).isEqualTo("application/pdf");
    }

    private static byte[] docxAsOfficeWritesIt() {
        var entries = new java.util.LinkedHashMap<String, String>();
        entries.put("word/media/image1.png", "png");
        entries.put("word/printerSettings/printerSettings1.bin", "bin");
        entries.put("word/theme/theme1.xml", "<theme/>");
        entries.put("word/_rels/document.xml.rels", "<Relationships/>");
        entries.put("docProps/core.xml", "<core/>");
        entries.put("docProps/app.xml", "<app/>");
        entries.put("customXml/item1.xml", "<item/>");
        entries.put("docMetadata/LabelInfo.xml", "<label/>");
        byte[] base = SampleFiles.docx();
        return SampleFiles.zip(merge(base, entries));
    }

    private static java.util.Map<String, String> merge(byte[] zip, java.util.Map<String, String> extra) {
        var all = new java.util.LinkedHashMap<String, String>();
        try (var in = new java.util.zip.ZipInputStream(new java.io.ByteArrayInputStream(zip))) {
            java.util.zip.ZipEntry entry;
            while ((entry = in.getNextEntry()) != null) {
                all.put(entry.getName(), new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8));
            }
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        all.putAll(extra);
        return all;
    }
}
