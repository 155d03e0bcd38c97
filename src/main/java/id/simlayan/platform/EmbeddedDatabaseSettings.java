package id.simlayan.platform;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Embedded PostgreSQL settings ({@code simlayan.embedded-db.*}).
 *
 * @param dataDirectory where the cluster lives; empty means a throw-away cluster (tests)
 * @param port fixed port, or 0 for a free one
 * @param poolSize connection pool size
 */
@ConfigurationProperties("simlayan.embedded-db")
public record EmbeddedDatabaseSettings(String dataDirectory, int port, int poolSize) {

    public EmbeddedDatabaseSettings {
        if (poolSize <= 0) {
            poolSize = 10;
        }
    }

    boolean persistent() {
        return dataDirectory != null && !dataDirectory.isBlank();
    }
}
