package id.simlayan.platform;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;

/**
 * Starts an embedded PostgreSQL when no external database is configured
 * ({@code spring.datasource.url}, usually from {@code SIMLAYAN_DB_URL}, is empty).
 * With a data directory the cluster persists across restarts; without one (tests) it lives
 * in a fresh temporary directory.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnExpression("'${spring.datasource.url:}'.isEmpty()")
@Profile("!prod") // production must name its database: SIMLAYAN_DB_URL
class EmbeddedDatabaseConfiguration {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedDatabaseConfiguration.class);

    @Bean(destroyMethod = "close")
    EmbeddedPostgres embeddedPostgres(EmbeddedDatabaseSettings settings) throws IOException {
        var builder = EmbeddedPostgres.builder()
                // durable commits: zonky turns them off by default because it targets tests
                .setServerConfig("synchronous_commit", settings.persistent() ? "on" : "off")
                .setServerConfig("fsync", settings.persistent() ? "on" : "off")
                .setServerConfig("max_connections", "100");
        if (settings.persistent()) {
            Path dir = Path.of(settings.dataDirectory()).toAbsolutePath();
            Files.createDirectories(dir);
            builder.setDataDirectory(dir).setCleanDataDirectory(false);
            log.info("Embedded PostgreSQL with persistent data in {}", dir);
        }
        if (settings.port() > 0) {
            builder.setPort(settings.port());
        }
        try {
            return builder.start();
        } catch (IOException e) {
            throw new UncheckedIOException("Embedded PostgreSQL could not start", e);
        }
    }

    @Bean(destroyMethod = "close")
    HikariDataSource dataSource(EmbeddedPostgres postgres, EmbeddedDatabaseSettings settings) {
        var config = new HikariConfig();
        config.setJdbcUrl(postgres.getJdbcUrl("postgres", "postgres"));
        config.setUsername("postgres");
        config.setPassword("postgres");
        config.setMaximumPoolSize(settings.poolSize());
        // zonky stops PostgreSQL from its own JVM shutdown hook, racing Spring's shutdown: a
        // short wait keeps test JVMs from hanging at exit. A running server waits longer so a
        // burst of requests queues for a connection instead of failing (docs/performance.md).
        config.setConnectionTimeout(settings.persistent() ? 10_000 : 2_000);
        config.setPoolName("simlayan-embedded");
        return new HikariDataSource(config);
    }
}
