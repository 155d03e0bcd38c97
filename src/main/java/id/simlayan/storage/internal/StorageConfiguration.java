package id.simlayan.storage.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

/**
 * The local-folder blob store from {@link StorageSettings}; a throw-away folder when none is
 * configured, which the {@code prod} profile refuses.
 */
@Configuration(proxyBeanMethods = false)
class StorageConfiguration {

    private static final Logger log = LoggerFactory.getLogger(StorageConfiguration.class);

    @Bean(destroyMethod = "close")
    LocalFolderBlobStore blobStore(StorageSettings settings, Clock clock, Environment environment) throws IOException {
        if (settings.temporary() && environment.matchesProfiles("prod")) {
            // a throw-away folder in production would lose every attachment at the next restart
            throw new IllegalStateException("Set simlayan.storage.folder (SIMLAYAN_STORAGE_FOLDER) for the prod profile");
        }
        if (settings.temporary()) {
            Path temp = Files.createTempDirectory("simlayan-files-");
            log.info("Files are kept in the throw-away folder {} (set simlayan.storage.folder to keep them)", temp);
            return new LocalFolderBlobStore(temp, true, clock);
        }
        var store = new LocalFolderBlobStore(Path.of(settings.folder()), false, clock);
        log.info("Files are kept in {}", store.root());
        return store;
    }

    @Bean
    UploadChecker uploadChecker(StorageSettings settings) {
        return new UploadChecker(new ContentInspector(ArchiveLimits.DEFAULT), settings);
    }
}
