package id.simlayan.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import id.simlayan.IntegrationTest;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

class IdentityFixturesIntegrationTests extends IntegrationTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    AccountProvisioning provisioning;
    @Autowired
    Directory directory;

    IdentityFixtures people;

    @BeforeEach
    void setUp() {
        people = new IdentityFixtures(provisioning, directory);
    }

    @Test
    void fixtureAccountsHoldTheirRolesAndCanLogIn() throws Exception {
        var unit = people.aUnit();
        var technician = people.aTechnician(unit);
        var agent = people.anAgent();

        assertThat(directory.holders(unit, Role.TECHNICIAN)).extracting(UserContact::id).containsExactly(technician.userId());
        assertThat(directory.holders(directory.frontDesk().id(), Role.AGENT)).extracting(UserContact::id).contains(agent.userId());

        var session = people.login(mvc, technician);
        mvc.perform(get("/admin").session(session)).andExpect(status().isForbidden());
        var admin = people.login(mvc, people.anAdmin());
        assertThat(admin.getAttribute("SPRING_SECURITY_CONTEXT")).isNotNull();
    }

    @Test
    void fixtureValuesAreUniqueAndWellFormed() {
        assertThat(IdentityFixtures.uniqueNik()).matches("\\d{16}");
        assertThat(IdentityFixtures.uniqueNip()).matches("\\d{18}");
        assertThat(IdentityFixtures.uniquePhone()).matches("\\+628\\d{8,11}");
        assertThat(Set.of(IdentityFixtures.uniqueEmail("a"), IdentityFixtures.uniqueEmail("a"))).hasSize(2);
        assertThat(people.aUnit()).isNotEqualTo(people.aUnit());
    }
}
