package id.simlayan.identity;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;

import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * Test data for people and units, created through the identity API with unique e-mails, NIKs
 * and NIPs so that tests sharing one database never collide. A plain class (not a bean):
 * build it in a test from the injected beans,
 * <pre>
 *   &#64;Autowired AccountProvisioning provisioning;
 *   &#64;Autowired Directory directory;
 *   IdentityFixtures people;
 *   &#64;BeforeEach void setUp() { people = new IdentityFixtures(provisioning, directory); }
 *   ...
 *   var agent = people.anAgent();
 *   MockHttpSession session = people.login(mvc, agent);
 *   mvc.perform(get("/petugas/antrean").session(session)) ...
 * </pre>
 * Every account has the password {@link #PASSWORD}.
 */
public final class IdentityFixtures {

    /** The password of every fixture account. */
    public static final String PASSWORD = "Rahasia#2026uji";

    private static final AtomicLong SEQUENCE = new AtomicLong(ThreadLocalRandom.current().nextLong(1_000, 9_000));

    private final AccountProvisioning provisioning;
    private final Directory directory;

    public IdentityFixtures(AccountProvisioning provisioning, Directory directory) {
        this.provisioning = provisioning;
        this.directory = directory;
    }

    /** An account created by a fixture. */
    public record TestAccount(UserId userId, String email, String password, String fullName) {
    }

    /** A citizen (masyarakat) with no staff role. */
    public TestAccount aRequester() {
        return account("Warga", null, null, Set.of());
    }

    /** A civil servant (ASN) of a fresh unit, with no staff role. */
    public TestAccount anAsn() {
        UnitId unit = aUnit();
        return account("ASN", uniqueNip(), unit, Set.of());
    }

    /** A front-desk agent (AGENT in the front-desk unit, created when missing). */
    public TestAccount anAgent() {
        UnitId desk = frontDesk();
        return account("Agen", null, desk, Set.of(new Membership(desk, Role.AGENT)));
    }

    public TestAccount aUnitAdmin(UnitId unit) {
        return account("Admin Unit", null, unit, Set.of(new Membership(unit, Role.UNIT_ADMIN)));
    }

    public TestAccount aTechnician(UnitId unit) {
        return account("Teknisi", null, unit, Set.of(new Membership(unit, Role.TECHNICIAN)));
    }

    public TestAccount aSupervisor(UnitId unit) {
        return account("Kabid", null, unit, Set.of(new Membership(unit, Role.SUPERVISOR)));
    }

    /** A system administrator (ADMIN in the front-desk unit). */
    public TestAccount anAdmin() {
        UnitId desk = frontDesk();
        return account("Administrator", null, desk, Set.of(new Membership(desk, Role.ADMIN)));
    }

    /** Any combination of roles. */
    public TestAccount aStaffMember(Set<Membership> memberships) {
        UnitId own = memberships.stream().map(Membership::unitId).findFirst().orElse(null);
        return account("Petugas", null, own, memberships);
    }

    /** A fresh unit (OPD) with a unique code. */
    public UnitId aUnit() {
        long n = SEQUENCE.incrementAndGet();
        return provisioning.createUnit("UJI-" + n + "-" + shortRandom(), "Unit Uji " + n, false);
    }

    /** The front-desk unit; created once when the database has none (tests run without demo data). */
    public UnitId frontDesk() {
        synchronized (IdentityFixtures.class) {
            try {
                return directory.frontDesk().id();
            } catch (IllegalStateException none) {
                try {
                    return provisioning.createUnit("DISKOMINFO-UJI-" + shortRandom(), "Diskominfo (uji)", true);
                } catch (RuntimeException raced) {
                    return directory.frontDesk().id();
                }
            }
        }
    }

    /** Logs in through the real login form and returns the authenticated session. */
    public MockHttpSession login(MockMvc mvc, TestAccount account) {
        return login(mvc, account.email(), account.password());
    }

    public static MockHttpSession login(MockMvc mvc, String email, String password) {
        try {
            var result = mvc.perform(formLogin("/masuk").user("email", email).password("password", password)).andReturn();
            var location = result.getResponse().getRedirectedUrl();
            if (location == null || location.contains("/masuk")) {
                throw new IllegalStateException("Login of " + email + " failed: redirected to " + location);
            }
            return (MockHttpSession) result.getRequest().getSession(false);
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException("Login of " + email + " failed", e);
        }
    }

    /**
     * Makes a MockMvc request come from {@code address}. Login throttling counts failures per
     * client address (20 in 10 minutes refuse further logins from it); a test that fails logins
     * on purpose should use its own address, e.g. {@code .with(fromAddress(randomAddress()))},
     * so that it never blocks the logins of other tests (all from 127.0.0.1 by default).
     */
    public static RequestPostProcessor fromAddress(String address) {
        return request -> {
            request.setRemoteAddr(address);
            return request;
        };
    }

    /** A random private IPv4 address (10.x.x.x). */
    public static String randomAddress() {
        var random = ThreadLocalRandom.current();
        return "10." + random.nextInt(256) + "." + random.nextInt(256) + "." + random.nextInt(1, 255);
    }

    // --- unique values -------------------------------------------------------------------

    /** A unique e-mail address in the test domain. */
    public static String uniqueEmail(String prefix) {
        return prefix.toLowerCase().replaceAll("[^a-z0-9]", "") + "." + SEQUENCE.incrementAndGet() + "." + shortRandom() + "@uji.simlayan.test";
    }

    /**
     * A structurally valid, unique NIK: region 337501 (Kota Pekalongan), a valid birth date
     * (women: day + 40), a non-zero random sequence.
     */
    public static String uniqueNik() {
        var random = ThreadLocalRandom.current();
        int day = 1 + random.nextInt(28) + (random.nextBoolean() ? 40 : 0);
        int month = 1 + random.nextInt(12);
        int year = random.nextInt(100);
        int sequence = 1 + random.nextInt(9_999);
        return "3375%02d%02d%02d%02d%04d".formatted(random.nextInt(1, 100), day, month, year, sequence);
    }

    /** A structurally valid, unique-enough NIP (PNS format). */
    public static String uniqueNip() {
        var random = ThreadLocalRandom.current();
        int birthYear = 1960 + random.nextInt(45);
        int appointed = Math.min(birthYear + 18 + random.nextInt(20), 2025);
        return "%04d%02d%02d%04d%02d%d%03d".formatted(birthYear, 1 + random.nextInt(12), 1 + random.nextInt(28), appointed,
                1 + random.nextInt(12), 1 + random.nextInt(2), 1 + random.nextInt(999));
    }

    /** A valid Indonesian mobile number in the stored form (+62...). */
    public static String uniquePhone() {
        return "+628" + (1_000_000_000L + ThreadLocalRandom.current().nextLong(8_999_999_999L));
    }

    private TestAccount account(String label, String nip, UnitId ownUnit, Set<Membership> memberships) {
        String email = uniqueEmail(label);
        String name = label + " " + SEQUENCE.incrementAndGet();
        var id = provisioning.createActiveAccount(
                new AccountProvisioning.NewAccount(name, email, uniquePhone(), uniqueNik(), nip, ownUnit, PASSWORD), memberships);
        return new TestAccount(id, email, PASSWORD, name);
    }

    private static String shortRandom() {
        return UUID.randomUUID().toString().substring(0, 6);
    }
}
