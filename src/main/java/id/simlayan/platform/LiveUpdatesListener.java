package id.simlayan.platform;

import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Properties;
import javax.sql.DataSource;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * One per node: LISTENs on {@value PostgresLiveUpdates#CHANNEL} over its own connection and
 * hands every notification to this node's {@link LocalSubscribers}. The connection is opened
 * with the pool's URL and credentials but outside the pool (it is held for the node's
 * lifetime); only when the DataSource is not a Hikari pool is a pooled connection borrowed.
 * A lost connection is reopened with a growing pause (0.2 s up to 10 s). Stopped with the
 * application context within about a second.
 */
@Component
class LiveUpdatesListener implements SmartLifecycle {

    static final String APPLICATION_NAME = "simlayan-live-listener";

    private static final Logger log = LoggerFactory.getLogger(LiveUpdatesListener.class);
    private static final int POLL_MILLIS = 500;
    private static final long VALIDATE_EVERY_NANOS = Duration.ofSeconds(30).toNanos();
    private static final Duration FIRST_RETRY = Duration.ofMillis(200);
    private static final Duration LAST_RETRY = Duration.ofSeconds(10);

    private final DataSource dataSource;
    private final LocalSubscribers subscribers;

    private volatile boolean running;
    private volatile boolean listening;
    private volatile Thread worker;
    /** The current connection came from the pool (no Hikari URL to open one of our own). */
    private volatile boolean borrowed;

    LiveUpdatesListener(DataSource dataSource, LocalSubscribers subscribers) {
        this.dataSource = dataSource;
        this.subscribers = subscribers;
    }

    /** True while a connection is LISTENing (for tests and diagnostics). */
    boolean listening() {
        return listening;
    }

    @Override
    public synchronized void start() {
        if (running) {
            return;
        }
        running = true;
        Connection first = null;
        try {
            // listen before the application reports itself started, so no early event is missed
            first = connect();
        } catch (SQLException | RuntimeException e) {
            log.warn("Live updates: cannot LISTEN yet ({}); retrying in the background", e.getMessage());
        }
        Connection initial = first;
        worker = Thread.ofVirtual().name(APPLICATION_NAME).start(() -> run(initial));
    }

    @Override
    public synchronized void stop() {
        running = false;
        Thread thread = worker;
        worker = null;
        if (thread == null) {
            return;
        }
        thread.interrupt();
        try {
            thread.join(Duration.ofSeconds(2));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    private void run(Connection initial) {
        Connection connection = initial;
        Duration pause = FIRST_RETRY;
        boolean reported = false;
        while (running) {
            try {
                if (connection == null) {
                    connection = connect();
                    if (reported) {
                        log.info("Live updates: listening again");
                    }
                }
                pause = FIRST_RETRY;
                reported = false;
                listen(connection);
            } catch (SQLException | RuntimeException e) {
                listening = false;
                close(connection);
                connection = null;
                if (!running) {
                    break;
                }
                if (!reported) {
                    log.warn("Live updates: listener connection lost ({}); reconnecting", e.getMessage());
                    reported = true;
                } else {
                    log.debug("Live updates: reconnect failed", e);
                }
                try {
                    Thread.sleep(pause);
                } catch (InterruptedException interrupted) {
                    break;
                }
                pause = pause.multipliedBy(2).compareTo(LAST_RETRY) > 0 ? LAST_RETRY : pause.multipliedBy(2);
            }
        }
        listening = false;
        close(connection);
    }

    /** Forwards notifications until the node stops; throws when the connection fails. */
    private void listen(Connection connection) throws SQLException {
        PGConnection postgres = connection.unwrap(PGConnection.class);
        long lastCheck = System.nanoTime();
        while (running) {
            PGNotification[] notifications = postgres.getNotifications(POLL_MILLIS);
            if (notifications != null) {
                for (PGNotification notification : notifications) {
                    forward(notification);
                }
            }
            if (System.nanoTime() - lastCheck > VALIDATE_EVERY_NANOS) {
                // a silently dropped TCP connection never reports anything; ask it
                if (!connection.isValid(5)) {
                    throw new SQLException("listener connection is no longer valid");
                }
                lastCheck = System.nanoTime();
            }
        }
    }

    private void forward(PGNotification notification) {
        if (!PostgresLiveUpdates.CHANNEL.equals(notification.getName())) {
            return;
        }
        LiveMessage message = LiveMessage.parse(notification.getParameter());
        if (message != null) {
            subscribers.deliver(message.topic(), message.eventName());
        }
    }

    private Connection connect() throws SQLException {
        Connection connection = openOutsidePool();
        borrowed = connection == null;
        if (borrowed) {
            connection = dataSource.getConnection();
        }
        try {
            connection.setAutoCommit(true);
            try (Statement statement = connection.createStatement()) {
                statement.execute("LISTEN " + PostgresLiveUpdates.CHANNEL);
            }
        } catch (SQLException | RuntimeException e) {
            close(connection);
            throw e;
        }
        listening = true;
        return connection;
    }

    /** A connection with the pool's settings that the pool does not count, or null. */
    private Connection openOutsidePool() throws SQLException {
        HikariDataSource hikari;
        try {
            hikari = dataSource instanceof HikariDataSource h ? h
                    : dataSource.isWrapperFor(HikariDataSource.class) ? dataSource.unwrap(HikariDataSource.class) : null;
        } catch (SQLException e) {
            return null;
        }
        if (hikari == null || hikari.getJdbcUrl() == null || !hikari.getJdbcUrl().startsWith("jdbc:postgresql:")) {
            return null;
        }
        var properties = new Properties();
        properties.putAll(hikari.getDataSourceProperties());
        if (hikari.getUsername() != null) {
            properties.setProperty("user", hikari.getUsername());
        }
        if (hikari.getPassword() != null) {
            properties.setProperty("password", hikari.getPassword());
        }
        properties.setProperty("ApplicationName", APPLICATION_NAME);
        properties.setProperty("connectTimeout", "5");
        properties.setProperty("tcpKeepAlive", "true");
        return new org.postgresql.Driver().connect(hikari.getJdbcUrl(), properties);
    }

    private void close(Connection connection) {
        if (connection == null) {
            return;
        }
        try {
            if (borrowed && !connection.isClosed()) {
                // back to the pool: it must not keep collecting notifications
                try (Statement statement = connection.createStatement()) {
                    statement.setQueryTimeout(2);
                    statement.execute("UNLISTEN *");
                }
            }
            connection.close();
        } catch (SQLException | RuntimeException e) {
            log.debug("Live updates: closing the listener connection failed", e);
        }
    }
}
