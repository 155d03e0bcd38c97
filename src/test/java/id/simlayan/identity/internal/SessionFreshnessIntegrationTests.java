package id.simlayan.identity.internal;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import id.simlayan.IntegrationTest;
import id.simlayan.identity.AccountProvisioning;
import id.simlayan.identity.Directory;
import id.simlayan.identity.IdentityFixtures;
import id.simlayan.identity.Membership;
import id.simlayan.identity.Role;
import id.simlayan.identity.UnitId;
import id.simlayan.identity.UserId;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;

/**
 * A change to an account reaches the sessions it already has on their next request. The
 * deactivation and the password change go through the account's own domain methods (their
 * pages belong to the profile and account administration features).
 */
class SessionFreshnessIntegrationTests extends IntegrationTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    AccountProvisioning provisioning;
    @Autowired
    Directory directory;
    @Autowired
    AccountRepository accounts;
    @Autowired
    PasswordEncoder passwordEncoder;
    @Autowired
    SessionFreshness freshness;

    IdentityFixtures people;

    @BeforeEach
    void setUp() {
        people = new IdentityFixtures(provisioning, directory);
    }

    @Test
    void aRevokedRoleIsRefusedOnTheSessionsNextRequest() throws Exception {
        var agent = people.anAgent();
        var agentSession = people.login(mvc, agent);
        var admin = people.login(mvc, people.anAdmin());
        mvc.perform(get("/petugas/antrean").session(agentSession)).andExpect(status().isOk());

        mvc.perform(post("/admin/pengguna/{id}/peran/cabut", agent.userId().value()).with(csrf()).session(admin)
                        .param("unitId", people.frontDesk().value().toString()).param("role", "AGENT").param("confirmed", "true"))
                .andExpect(status().is3xxRedirection());

        mvc.perform(get("/petugas/antrean").session(agentSession)).andExpect(status().isForbidden());
        mvc.perform(get("/lacak").session(agentSession)).andExpect(status().isOk());
    }

    @Test
    void aGrantedRoleWorksWithoutLoggingInAgain() throws Exception {
        var person = people.aRequester();
        var session = people.login(mvc, person);
        mvc.perform(get("/petugas/antrean").session(session)).andExpect(status().isForbidden());

        grant(person.userId(), people.frontDesk(), Role.AGENT);

        mvc.perform(get("/petugas/antrean").session(session)).andExpect(status().isOk());
    }

    @Test
    void aDeactivatedAccountIsLoggedOutOnItsNextRequest() throws Exception {
        var agent = people.anAgent();
        var session = people.login(mvc, agent);
        var adminId = people.anAdmin().userId();

        change(agent.userId(), account -> account.disable(adminId, "pindah tugas", clock.instant()));

        mvc.perform(get("/petugas/antrean").session(session)).andExpect(redirectedUrl(SessionFreshnessFilter.ENDED));
        mvc.perform(get("/tiket/baru").session(session)).andExpect(redirectedUrl("/masuk"));
    }

    @Test
    void anHtmxRequestOfADeactivatedAccountIsSentToTheLoginPageAsAPage() throws Exception {
        var person = people.aRequester();
        var session = people.login(mvc, person);
        var adminId = people.anAdmin().userId();

        change(person.userId(), account -> account.disable(adminId, "permintaan sendiri", clock.instant()));

        mvc.perform(get("/lacak").session(session).header("HX-Request", "true"))
                .andExpect(status().isUnauthorized())
                .andExpect(header().string("HX-Redirect", SessionFreshnessFilter.ENDED));
    }

    @Test
    void aPasswordChangeEndsEverySessionButTheOneKeptByItsOwner() throws Exception {
        var person = people.aRequester();
        var kept = people.login(mvc, person);
        var other = people.login(mvc, person);

        change(person.userId(), account -> account.changePassword(passwordEncoder.encode("Sandi-Baru-2026x"), clock.instant()));
        freshness.keepCurrentSession(person.userId(), kept);

        mvc.perform(get("/lacak").session(kept)).andExpect(status().isOk());
        mvc.perform(get("/lacak").session(other)).andExpect(redirectedUrl(SessionFreshnessFilter.ENDED));
    }

    private void grant(UserId user, UnitId unit, Role role) {
        change(user, account -> account.grant(new Membership(unit, role), clock.instant()));
    }

    private void change(UserId user, java.util.function.Consumer<Account> change) {
        var account = accounts.findById(user.value()).orElseThrow();
        change.accept(account);
        accounts.save(account);
    }
}
