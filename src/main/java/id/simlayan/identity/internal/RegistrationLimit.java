package id.simlayan.identity.internal;

import java.time.Clock;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Counts registrations per client address in the database ({@code registration_attempts}), so
 * that one address cannot flood administrators and mailboxes through any node. Each attempt is
 * recorded in its own transaction before it is counted: attempts over the limit are recorded
 * too, so a client that keeps trying stays refused until it pauses for a whole window.
 */
@Component
class RegistrationLimit {

    private final JdbcClient jdbc;
    private final TransactionTemplate ownTransaction;
    private final RegistrationSettings settings;
    private final Clock clock;

    RegistrationLimit(JdbcClient jdbc, PlatformTransactionManager transactions, RegistrationSettings settings, Clock clock) {
        this.jdbc = jdbc;
        this.ownTransaction = new TransactionTemplate(transactions);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.settings = settings;
        this.clock = clock;
    }

    /** Records an attempt from {@code address}; false when it is over the limit. */
    boolean allow(String address) {
        var now = clock.instant();
        var since = now.minus(settings.window());
        String key = address.length() > 64 ? address.substring(0, 64) : address;
        Long recent = ownTransaction.execute(status -> {
            jdbc.sql("DELETE FROM registration_attempts WHERE at <= :since").param("since", java.sql.Timestamp.from(since)).update();
            jdbc.sql("INSERT INTO registration_attempts (address, at) VALUES (:address, :at)")
                    .param("address", key)
                    .param("at", java.sql.Timestamp.from(now)).update();
            return jdbc.sql("SELECT count(*) FROM registration_attempts WHERE address = :address AND at > :since")
                    .param("address", key)
                    .param("since", java.sql.Timestamp.from(since)).query(Long.class).single();
        });
        return recent != null && recent <= settings.maxPerAddress();
    }
}
