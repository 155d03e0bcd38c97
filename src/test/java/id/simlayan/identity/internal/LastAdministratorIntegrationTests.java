package id.simlayan.identity.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;

import id.simlayan.IntegrationTest;
import id.simlayan.identity.AccountProvisioning;
import id.simlayan.identity.Directory;
import id.simlayan.identity.IdentityFixtures;
import id.simlayan.identity.Membership;
import id.simlayan.identity.Role;
import id.simlayan.identity.UserContact;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Nobody can leave the system without an active administrator. The shared test database holds
 * the administrators of other tests, so this test first takes ADMIN from all of them (through
 * the account's domain method); every other test creates the administrator it uses.
 */
class LastAdministratorIntegrationTests extends IntegrationTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    AccountProvisioning provisioning;
    @Autowired
    Directory directory;
    @Autowired
    AccountRepository accounts;

    @Test
    void theLastActiveAdministratorCannotGiveUpTheAdminRole() throws Exception {
        var people = new IdentityFixtures(provisioning, directory);
        var last = people.anAdmin();
        var session = people.login(mvc, last);
        var desk = people.frontDesk();
        for (var holder : directory.holdersAnywhere(Role.ADMIN)) {
            if (!holder.id().equals(last.userId())) {
                var account = accounts.findById(holder.id().value()).orElseThrow();
                account.memberships().stream().filter(m -> m.role() == Role.ADMIN).toList()
                        .forEach(m -> account.revoke(m, clock.instant()));
                accounts.save(account);
            }
        }
        String revoke = "/admin/pengguna/" + last.userId().value() + "/peran/cabut";

        mvc.perform(get(revoke).param("unitId", desk.value().toString()).param("role", "ADMIN").session(session))
                .andExpect(content().string(containsString("karena Anda Administrator aktif terakhir")))
                .andExpect(content().string(not(containsString("name=\"confirmed\""))));
        mvc.perform(post(revoke).param("unitId", desk.value().toString()).param("role", "ADMIN").param("confirmed", "true")
                        .with(csrf()).session(session))
                .andExpect(flash().attribute("flashError", org.hamcrest.Matchers.startsWith("Anda tidak dapat mencabut peran Administrator Anda sendiri")));
        assertThat(directory.holdersAnywhere(Role.ADMIN)).extracting(UserContact::id).containsExactly(last.userId());

        // with ADMIN in a second unit, giving it up in one unit leaves them administrator
        var other = people.aUnit();
        var account = accounts.findById(last.userId().value()).orElseThrow();
        account.grant(new Membership(other, Role.ADMIN), clock.instant());
        accounts.save(account);
        mvc.perform(post(revoke).param("unitId", desk.value().toString()).param("role", "ADMIN").param("confirmed", "true")
                        .with(csrf()).session(session))
                .andExpect(flash().attributeExists("flash"));
        assertThat(directory.holders(other, Role.ADMIN)).extracting(UserContact::id).containsExactly(last.userId());
    }
}
