package id.simlayan.ticket.internal;

import java.sql.Timestamp;
import java.time.Clock;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Counts wrong access-code attempts per client address and per ticket number in the database
 * ({@code ticket_access_code_failures}), so that the limit holds across nodes. Each failure is
 * written in its own transaction, so it stays when the request ends in an error. Two requests
 * racing on two nodes may each pass the check before the other's failure is written: the limit
 * can be exceeded by the number of concurrent requests, never more.
 */
@Component
class AccessCodeThrottle {

    private final JdbcClient jdbc;
    private final TransactionTemplate ownTransaction;
    private final AccessCodeSettings settings;
    private final Clock clock;

    AccessCodeThrottle(JdbcClient jdbc, PlatformTransactionManager transactions, AccessCodeSettings settings, Clock clock) {
        this.jdbc = jdbc;
        this.ownTransaction = new TransactionTemplate(transactions);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.settings = settings;
        this.clock = clock;
    }

    /** Whether the address or the number used up its failures in the current window. */
    boolean blocked(String address, String number) {
        var since = Timestamp.from(clock.instant().minus(settings.window()));
        long byAddress = jdbc.sql("SELECT count(*) FROM ticket_access_code_failures WHERE address = :address AND at > :since")
                .param("address", key(address, 64)).param("since", since).query(Long.class).single();
        if (byAddress >= settings.maxFailuresPerAddress()) {
            return true;
        }
        long byNumber = jdbc.sql("SELECT count(*) FROM ticket_access_code_failures WHERE number = :number AND at > :since")
                .param("number", key(number, 40)).param("since", since).query(Long.class).single();
        return byNumber >= settings.maxFailuresPerNumber();
    }

    /** Records one wrong attempt (and forgets those older than the window). */
    void failed(String address, String number) {
        var now = clock.instant();
        ownTransaction.executeWithoutResult(status -> {
            jdbc.sql("DELETE FROM ticket_access_code_failures WHERE at <= :since")
                    .param("since", Timestamp.from(now.minus(settings.window()))).update();
            jdbc.sql("INSERT INTO ticket_access_code_failures (address, number, at) VALUES (:address, :number, :at)")
                    .param("address", key(address, 64)).param("number", key(number, 40)).param("at", Timestamp.from(now)).update();
        });
    }

    private static String key(String value, int max) {
        String v = value == null ? "" : value;
        return v.length() > max ? v.substring(0, max) : v;
    }
}
