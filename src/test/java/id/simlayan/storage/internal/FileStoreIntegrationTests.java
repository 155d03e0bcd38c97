package id.simlayan.storage.internal;

import static id.simlayan.storage.internal.SampleFiles.upload;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.simlayan.IntegrationTest;
import id.simlayan.storage.FileStore;
import id.simlayan.storage.RejectedFileException;
import id.simlayan.storage.StoredFile;
import id.simlayan.storage.StoredFileId;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

class FileStoreIntegrationTests extends IntegrationTest {

    @Autowired
    FileStore files;

    @Autowired
    LocalFolderBlobStore blobs;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TransactionTemplate transactions;

    @Test
    void storesFindsAndOpensAFileWithItsChecksum() throws Exception {
        byte[] bytes = SampleFiles.png();
        UUID uploader = UUID.randomUUID();

        StoredFile stored = files.store(upload("C:\\foto\\denah lantai 2.png", bytes), uploader);

        assertThat(stored.originalName()).isEqualTo("denah lantai 2.png");
        assertThat(stored.mediaType()).isEqualTo("image/png");
        assertThat(stored.size()).isEqualTo(bytes.length);
        assertThat(stored.sha256()).isEqualTo(sha256(bytes));
        assertThat(files.find(stored.id())).contains(stored);
        try (InputStream in = files.open(stored.id())) {
            byte[] read = in.readAllBytes();
            assertThat(read).isEqualTo(bytes);
            assertThat(sha256(read)).isEqualTo(stored.sha256());
        }
        assertThat(jdbc.sql("SELECT stored_by FROM stored_files WHERE id = :id").param("id", stored.id().value())
                .query(UUID.class).single()).isEqualTo(uploader);
    }

    @Test
    void keepsTheBytesUnderAShardedKeyThatIsNotTheUserName() throws IOException {
        var stored = files.store(upload("rahasia.pdf", SampleFiles.pdf()));

        String key = jdbc.sql("SELECT storage_key FROM stored_files WHERE id = :id").param("id", stored.id().value())
                .query(String.class).single();
        String id = stored.id().toString();
        assertThat(key).isEqualTo(id.substring(0, 2) + "/" + id.substring(2, 4) + "/" + id).doesNotContain("rahasia");
        assertThat(blobs.root().resolve(key)).exists().hasBinaryContent(SampleFiles.pdf());
        assertThat(stagedFiles()).isEmpty();
    }

    @Test
    void aRefusedFileLeavesNoRowAndNoBytesBehind() throws IOException {
        long rowsBefore = rows();
        List<Path> blobsBefore = storedBlobs();

        assertThatThrownBy(() -> files.store(upload("foto.jpg", SampleFiles.exe())))
                .isInstanceOfSatisfying(RejectedFileException.class,
                        e -> assertThat(e.messageCode()).isEqualTo("storage.rejected.type"));
        assertThatThrownBy(() -> files.store(upload("surat.docx", SampleFiles.pdf())))
                .isInstanceOfSatisfying(RejectedFileException.class,
                        e -> assertThat(e.messageCode()).isEqualTo("storage.rejected.mismatch"));

        assertThat(rows()).isEqualTo(rowsBefore);
        assertThat(storedBlobs()).isEqualTo(blobsBefore);
        assertThat(stagedFiles()).isEmpty();
    }

    @Test
    void aRolledBackTransactionTakesTheBytesAwayToo() throws IOException {
        StoredFile stored = transactions.execute(status -> {
            var file = files.store(upload("lampiran.txt", SampleFiles.text("isi lampiran")));
            status.setRollbackOnly();
            return file;
        });

        assertThat(files.find(stored.id())).isEmpty();
        assertThat(blobs.root().resolve(CheckingFileStore.keyFor(stored.id()))).doesNotExist();
    }

    @Test
    void openingAnUnknownFileFailsClearly() {
        assertThatThrownBy(() -> files.open(new StoredFileId(UUID.randomUUID()))).isInstanceOf(NoSuchFileException.class);
        assertThat(files.find(new StoredFileId(UUID.randomUUID()))).isEmpty();
    }

    private long rows() {
        return jdbc.sql("SELECT count(*) FROM stored_files").query(Long.class).single();
    }

    private List<Path> storedBlobs() throws IOException {
        try (Stream<Path> walk = Files.walk(blobs.root())) {
            return walk.filter(Files::isRegularFile).filter(p -> !p.startsWith(blobs.root().resolve(".staging"))).sorted().toList();
        }
    }

    private List<Path> stagedFiles() throws IOException {
        try (Stream<Path> list = Files.list(blobs.root().resolve(".staging"))) {
            return list.toList();
        }
    }

    private static String sha256(byte[] bytes) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    }
}
