package id.simlayan.storage.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LocalFolderBlobStoreUnitTests {

    static final String KEY = "3f/2a/3f2a0c1e-7b7d-4c38-9a53-0d5a4f1f2b11";

    @TempDir
    Path root;

    final Clock clock = Clock.fixed(Instant.parse("2026-11-23T08:00:00Z"), ZoneOffset.UTC);

    @Test
    void movesAStagedFileIntoItsShardedPlace() throws IOException {
        var store = new LocalFolderBlobStore(root, false, clock);
        Path staged = store.newStagingFile();
        Files.writeString(staged, "isi");

        store.put(KEY, staged);

        assertThat(staged).doesNotExist();
        assertThat(root.resolve("3f/2a/3f2a0c1e-7b7d-4c38-9a53-0d5a4f1f2b11")).hasContent("isi");
        try (InputStream in = store.open(KEY)) {
            assertThat(in.readAllBytes()).asString().isEqualTo("isi");
        }
        store.delete(KEY);
        assertThat(root.resolve(KEY)).doesNotExist();
    }

    @Test
    void refusesKeysThatCouldLeaveTheFolder() throws IOException {
        var store = new LocalFolderBlobStore(root, false, clock);

        assertThatThrownBy(() -> store.open("../../etc/passwd")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> store.delete("3f/2a/../../x")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void removesOnlyStagingFilesAbandonedForMoreThanAnHour() throws IOException {
        Path staging = Files.createDirectories(root.resolve(".staging"));
        Path abandoned = Files.writeString(staging.resolve("upload-1.part"), "x");
        Files.setLastModifiedTime(abandoned, FileTime.from(clock.instant().minus(Duration.ofHours(2))));
        Path recent = Files.writeString(staging.resolve("upload-2.part"), "y");
        Files.setLastModifiedTime(recent, FileTime.from(clock.instant().minus(Duration.ofMinutes(5))));

        new LocalFolderBlobStore(root, false, clock);

        assertThat(abandoned).doesNotExist();
        assertThat(recent).exists();
    }

    @Test
    void aThrowAwayFolderIsRemovedOnCloseAKeptOneIsNot() throws IOException {
        Path temporary = Files.createDirectories(root.resolve("temp"));
        Path kept = Files.createDirectories(root.resolve("kept"));
        var throwAway = new LocalFolderBlobStore(temporary, true, clock);
        var persistent = new LocalFolderBlobStore(kept, false, clock);
        Path staged = throwAway.newStagingFile();
        throwAway.put(KEY, staged);

        throwAway.close();
        persistent.close();

        assertThat(temporary).doesNotExist();
        assertThat(kept).exists();
    }
}
