package id.simlayan.identity.internal;

import static org.assertj.core.api.Assertions.assertThat;

import id.simlayan.IntegrationTest;
import id.simlayan.identity.IdentityFixtures;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

class RegistrationRaceIntegrationTests extends IntegrationTest {

    @Autowired
    Registration registration;
    @Autowired
    JdbcClient jdbc;

    @Test
    void twoSimultaneousRegistrationsWithTheSameNikSaveExactlyOneAndTreatTheOtherAsAnExistingAccount() throws Exception {
        String nik = IdentityFixtures.uniqueNik();
        var barrier = new CyclicBarrier(2);
        List<Callable<Object>> attempts = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            String email = IdentityFixtures.uniqueEmail("Serentak");
            attempts.add(() -> {
                barrier.await(10, TimeUnit.SECONDS);
                return registration.register(new Registration.Application(Registration.Applicant.CITIZEN, "Putri Anggraini", nik, email,
                        "081211112222", "Serabi-Kalibeluk9", "Serabi-Kalibeluk9", null, null, true), null);
            });
        }
        var pool = Executors.newFixedThreadPool(2);
        List<Object> outcomes = new ArrayList<>();
        try {
            for (Future<Object> f : pool.invokeAll(attempts, 60, TimeUnit.SECONDS)) {
                try {
                    outcomes.add(f.get());
                } catch (ExecutionException e) {
                    outcomes.add(e.getCause());
                }
            }
        } finally {
            pool.shutdownNow();
        }

        assertThat(outcomes).containsExactlyInAnyOrder(Registration.Outcome.REGISTERED, Registration.Outcome.EXISTING_ACCOUNT);
        assertThat(jdbc.sql("SELECT count(*) FROM users WHERE nik = :n").param("n", nik).query(Long.class).single()).isOne();
    }
}
