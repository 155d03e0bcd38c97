package id.simlayan.storage.internal;

import static id.simlayan.storage.internal.SampleFiles.upload;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.simlayan.storage.FileUpload;
import id.simlayan.storage.RejectedFileException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.util.unit.DataSize;

class UploadCheckerUnitTests {

    @TempDir
    Path dir;

    Path staging;

    final UploadChecker checker = new UploadChecker(new ContentInspector(ArchiveLimits.DEFAULT), new StorageSettings(null, null, null));

    @BeforeEach
    void staging() throws IOException {
        staging = Files.createTempFile(dir, "staging", ".part");
    }

    static Stream<Arguments> acceptedFiles() {
        return Stream.of(
                Arguments.of("foto.jpg", SampleFiles.jpeg(), "image/jpeg"),
                Arguments.of("FOTO.JPEG", SampleFiles.jpeg(), "image/jpeg"),
                Arguments.of("denah.png", SampleFiles.png(), "image/png"),
                Arguments.of("animasi.gif", SampleFiles.gif(), "image/gif"),
                Arguments.of("gambar.webp", SampleFiles.webp(), "image/webp"),
                Arguments.of("surat.pdf", SampleFiles.pdf(), "application/pdf"),
                Arguments.of("surat.docx", SampleFiles.docx(), "application/vnd.openxmlformats-officedocument.wordprocessingml.document"),
                Arguments.of("data.xlsx", SampleFiles.xlsx(), "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
                Arguments.of("paparan.pptx", SampleFiles.pptx(), "application/vnd.openxmlformats-officedocument.presentationml.presentation"),
                Arguments.of("surat.odt", SampleFiles.odf("application/vnd.oasis.opendocument.text"), "application/vnd.oasis.opendocument.text"),
                Arguments.of("data.ods", SampleFiles.odf("application/vnd.oasis.opendocument.spreadsheet"), "application/vnd.oasis.opendocument.spreadsheet"),
                Arguments.of("paparan.odp", SampleFiles.odf("application/vnd.oasis.opendocument.presentation"), "application/vnd.oasis.opendocument.presentation"),
                Arguments.of("lama.doc", SampleFiles.ole2("WordDocument", "1Table"), "application/msword"),
                Arguments.of("lama.xls", SampleFiles.ole2("Workbook"), "application/vnd.ms-excel"),
                Arguments.of("lama.ppt", SampleFiles.ole2("PowerPoint Document", "Current User"), "application/vnd.ms-powerpoint"),
                Arguments.of("catatan.txt", SampleFiles.text("Printer di ruang rapat macet.\n"), "text/plain"),
                Arguments.of("daftar.csv", SampleFiles.text("nama;unit\nBudi;Bappeda\n"), "text/csv"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("acceptedFiles")
    void acceptsAllowedTypesWhoseNameFitsTheContent(String name, byte[] bytes, String mediaType) throws Exception {
        var accepted = checker.check(upload(name, bytes), staging);

        assertThat(accepted.mediaType()).isEqualTo(mediaType);
        assertThat(accepted.name()).isEqualTo(name);
        assertThat(accepted.size()).isEqualTo(bytes.length);
        assertThat(accepted.sha256()).isEqualTo(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes)));
        assertThat(Files.readAllBytes(staging)).isEqualTo(bytes);
    }

    static Stream<Arguments> refusedFiles() {
        return Stream.of(
                Arguments.of("program exe renamed .jpg", "foto.jpg", SampleFiles.exe(), "storage.rejected.type"),
                Arguments.of("program exe", "setup.exe", SampleFiles.exe(), "storage.rejected.type"),
                Arguments.of("plain zip renamed .docx", "surat.docx", SampleFiles.plainZip(), "storage.rejected.type"),
                Arguments.of("plain zip", "arsip.zip", SampleFiles.plainZip(), "storage.rejected.type"),
                Arguments.of("macro-enabled docx", "surat.docx", SampleFiles.docm(), "storage.rejected.officeParts"),
                Arguments.of("OLE2 without Office streams (e.g. MSI)", "lama.doc", SampleFiles.ole2("SummaryInformation"), "storage.rejected.type"),
                Arguments.of("OLE2 Word with macros", "lama.doc", SampleFiles.ole2("WordDocument", "Macros", "_VBA_PROJECT"), "storage.rejected.type"),
                Arguments.of("HTML renamed .txt", "catatan.txt", SampleFiles.text("<html><body><script>alert(1)</script></body></html>"), "storage.rejected.type"),
                Arguments.of("PDF named .docx", "surat.docx", SampleFiles.pdf(), "storage.rejected.mismatch"),
                Arguments.of("docx named .pdf", "surat.pdf", SampleFiles.docx(), "storage.rejected.mismatch"),
                Arguments.of("xlsx named .docx", "data.docx", SampleFiles.xlsx(), "storage.rejected.mismatch"),
                Arguments.of("PNG named .jpg", "foto.jpg", SampleFiles.png(), "storage.rejected.mismatch"),
                Arguments.of("xls named .doc", "lama.doc", SampleFiles.ole2("Workbook"), "storage.rejected.mismatch"),
                Arguments.of("PNG without extension", "foto", SampleFiles.png(), "storage.rejected.mismatch"),
                Arguments.of("text named .pdf", "surat.pdf", SampleFiles.text("bukan pdf"), "storage.rejected.mismatch"),
                Arguments.of("empty file", "kosong.pdf", new byte[0], "storage.rejected.empty"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("refusedFiles")
    void refusesByContentNeverByName(String description, String name, byte[] bytes, String code) {
        assertThatThrownBy(() -> checker.check(upload(name, bytes), staging))
                .isInstanceOfSatisfying(RejectedFileException.class, e -> {
                    assertThat(e.messageCode()).isEqualTo(code);
                    assertThat(e.arguments()[0]).isEqualTo(name);
                });
    }

    @Test
    void refusesAFileAboveTheConfiguredLimitWithTheLimitInMegabytes() {
        var small = new UploadChecker(new ContentInspector(ArchiveLimits.DEFAULT), new StorageSettings(null, DataSize.ofMegabytes(1), null));
        byte[] bytes = new byte[1024 * 1024 + 1];

        assertThatThrownBy(() -> small.check(upload("besar.txt", bytes), staging))
                .isInstanceOfSatisfying(RejectedFileException.class, e -> {
                    assertThat(e.messageCode()).isEqualTo("storage.rejected.tooLarge");
                    assertThat(e.arguments()).containsExactly("besar.txt", 1L);
                });
    }

    @Test
    void stopsReadingJustPastTheLimitWhenTheDeclaredSizeLies() throws IOException {
        var small = new UploadChecker(new ContentInspector(ArchiveLimits.DEFAULT), new StorageSettings(null, DataSize.ofKilobytes(1), null));
        byte[] bytes = SampleFiles.text("x".repeat(5000));
        var lying = new FileUpload("catatan.txt", 10, () -> new ByteArrayInputStream(bytes));

        assertThatThrownBy(() -> small.check(lying, staging))
                .isInstanceOfSatisfying(RejectedFileException.class,
                        e -> assertThat(e.messageCode()).isEqualTo("storage.rejected.tooLarge"));
        assertThat(Files.size(staging)).isEqualTo(1025);
    }

    @Test
    void refusesByDeclaredSizeBeforeReadingAnything() {
        var small = new UploadChecker(new ContentInspector(ArchiveLimits.DEFAULT), new StorageSettings(null, DataSize.ofKilobytes(1), null));
        var neverRead = new FileUpload("besar.pdf", 2048, () -> {
            throw new AssertionError("content must not be read");
        });

        assertThatThrownBy(() -> small.check(neverRead, staging))
                .isInstanceOfSatisfying(RejectedFileException.class,
                        e -> assertThat(e.messageCode()).isEqualTo("storage.rejected.tooLarge"));
    }

    @Test
    void defaultLimitIsTenMegabytes() {
        var settings = new StorageSettings("", null, null);

        assertThat(settings.maxFileSize().toBytes()).isEqualTo(10_485_760L);
        assertThat(settings.temporary()).isTrue();
    }

    @Test
    void keepsOnlyTheFileNameWithoutFoldersOrControlCharacters() throws IOException {
        var accepted = checker.check(upload("C:\\Users\\budi\\Dokumen/..\\laporan\u0000\u202E\tbulanan.pdf", SampleFiles.pdf()), staging);

        assertThat(accepted.name()).isEqualTo("laporanbulanan.pdf");
    }

    @Test
    void refusesABlankName() {
        assertThatThrownBy(() -> checker.check(upload("  /tmp/ \u0007 ", SampleFiles.pdf()), staging))
                .isInstanceOfSatisfying(RejectedFileException.class,
                        e -> assertThat(e.messageCode()).isEqualTo("storage.rejected.name"));
        assertThatThrownBy(() -> checker.check(upload("..", SampleFiles.pdf()), staging))
                .isInstanceOfSatisfying(RejectedFileException.class,
                        e -> assertThat(e.messageCode()).isEqualTo("storage.rejected.name"));
    }

    @Test
    void refusesANameLongerThanTwoHundredCharacters() throws IOException {
        String fits = "a".repeat(196) + ".pdf";
        assertThat(checker.check(upload(fits, SampleFiles.pdf()), staging).name()).hasSize(200);

        assertThatThrownBy(() -> checker.check(upload("a" + fits, SampleFiles.pdf()), staging))
                .isInstanceOfSatisfying(RejectedFileException.class, e -> {
                    assertThat(e.messageCode()).isEqualTo("storage.rejected.nameTooLong");
                    assertThat(e.arguments()).containsExactly(200);
                });
    }
}
