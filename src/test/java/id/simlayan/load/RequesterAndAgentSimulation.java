package id.simlayan.load;

import static io.gatling.javaapi.core.CoreDsl.css;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.global;
import static io.gatling.javaapi.core.CoreDsl.rampUsers;
import static io.gatling.javaapi.core.CoreDsl.regex;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.http.HttpDsl.currentLocationRegex;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Simulation;
import io.gatling.javaapi.http.HttpProtocolBuilder;
import java.time.Duration;

/**
 * HTTP load on a running SIMLAYAN with the demo data (docs/performance.md): requesters log in,
 * open the home page, their "Lacak" list and one ticket; agents log in, open the queue and
 * one ticket. Bounded: {@code users} (default 20) ramp up over {@code rampSeconds} (30), each
 * user repeats its pages {@code repeat} (5) times; the whole run stops after 2 minutes at the
 * latest. Only ever aimed at the local machine: the base URL must be on 127.0.0.1/localhost.
 * <pre>
 *   ./mvnw -B -ntp test-compile gatling:test -Dsimlayan.baseUrl=http://127.0.0.1:8080
 * </pre>
 */
public class RequesterAndAgentSimulation extends Simulation {

    private static final String BASE_URL = System.getProperty("simlayan.baseUrl", "http://127.0.0.1:8080");
    private static final int USERS = Integer.getInteger("users", 20);
    private static final int RAMP_SECONDS = Integer.getInteger("rampSeconds", 30);
    private static final int REPEAT = Integer.getInteger("repeat", 5);
    private static final String PASSWORD = System.getProperty("simlayan.demoPassword", "Demo#2026simlayan");

    static {
        if (!BASE_URL.matches("https?://(127\\.0\\.0\\.1|localhost)(:\\d+)?/?")) {
            throw new IllegalArgumentException("Load only the local machine, not " + BASE_URL);
        }
    }

    private final HttpProtocolBuilder protocol = http.baseUrl(BASE_URL)
            .acceptHeader("text/html,application/xhtml+xml")
            .acceptLanguageHeader("id-ID,id;q=0.9")
            .userAgentHeader("simlayan-gatling")
            .disableCaching();

    private static ChainBuilder login(String email) {
        return exec(http("masuk (form)").get("/masuk")
                .check(status().is(200), css("input[name=_csrf]", "value").saveAs("csrf")))
                .exec(http("masuk (POST)").post("/masuk")
                        .formParam("email", email).formParam("password", PASSWORD).formParam("_csrf", "#{csrf}")
                        // the redirect after a successful login is followed; a failed login lands on /masuk?error
                        .check(status().is(200), currentLocationRegex("^(?!.*/masuk).*$").exists()));
    }

    private final ScenarioBuilder requester = scenario("Pemohon")
            .exec(login("warga@simlayan.test"))
            .repeat(REPEAT).on(
                    exec(http("beranda").get("/").check(status().is(200)))
                            .exec(http("lacak (daftar)").get("/lacak")
                                    .check(status().is(200), regex("href=\"/lacak/([0-9a-f-]{36})\"").findRandom().saveAs("ticket")))
                            .exec(http("lacak (tiket)").get("/lacak/#{ticket}").check(status().is(200)))
                            .pause(Duration.ofMillis(500), Duration.ofMillis(1500)));

    private final ScenarioBuilder agent = scenario("Agen")
            .exec(login("agen@simlayan.test"))
            .repeat(REPEAT).on(
                    exec(http("antrean").get("/petugas/antrean")
                            .check(status().is(200), regex("href=\"/petugas/tiket/([0-9a-f-]{36})\"").findRandom().saveAs("ticket")))
                            .exec(http("tiket petugas").get("/petugas/tiket/#{ticket}").check(status().is(200)))
                            .pause(Duration.ofMillis(500), Duration.ofMillis(1500)));

    {
        setUp(requester.injectOpen(rampUsers(USERS / 2).during(RAMP_SECONDS)),
                agent.injectOpen(rampUsers(USERS - USERS / 2).during(RAMP_SECONDS)))
                .protocols(protocol)
                .maxDuration(Duration.ofMinutes(2))
                .assertions(global().failedRequests().percent().lt(1.0));
    }
}
