package id.simlayan.identity.internal;

import static org.assertj.core.api.Assertions.assertThat;

import id.simlayan.IntegrationTest;
import id.simlayan.identity.AccountProvisioning;
import id.simlayan.identity.Directory;
import id.simlayan.identity.IdentityFixtures;
import id.simlayan.identity.Role;
import id.simlayan.identity.UserContact;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.test.web.servlet.MockMvc;

/** The demo runner is not a bean in tests (simlayan.demo.enabled is false); it is built here by hand. */
class IdentityDemoDataIntegrationTests extends IntegrationTest {

    @Autowired
    AccountProvisioning provisioning;
    @Autowired
    Registration registration;
    @Autowired
    UnitRepository units;
    @Autowired
    AccountRepository accounts;
    @Autowired
    Directory directory;
    @Autowired
    MockMvc mvc;

    @Test
    void demoDataCreatesUnitsAndOneAccountPerRoleAndIsIdempotent() throws Exception {
        var demo = new IdentityDemoData(provisioning, registration, units, accounts);
        demo.run(new DefaultApplicationArguments());
        long usersAfterFirstRun = accounts.count();
        long unitsAfterFirstRun = units.count();

        demo.run(new DefaultApplicationArguments());

        assertThat(accounts.count()).isEqualTo(usersAfterFirstRun);
        assertThat(units.count()).isEqualTo(unitsAfterFirstRun);
        for (String code : new String[] {"DISKOMINFO", "INFRA", "APTIKA", "IKP", "DISDUKCAPIL", "DINKES", "DPMPTSP", "BAPPEDA"}) {
            assertThat(directory.unitByCode(code)).as(code).isPresent();
        }
        var infra = directory.unitByCode("INFRA").orElseThrow().id();
        assertThat(directory.holders(infra, Role.TECHNICIAN)).extracting(UserContact::email).contains("teknisi.infra@simlayan.test");
        assertThat(directory.holders(infra, Role.SUPERVISOR)).extracting(UserContact::email).contains("kabid.infra@simlayan.test");
        assertThat(accounts.findByEmail("pendaftar@simlayan.test")).get().extracting(Account::getStatus).isEqualTo(Account.Status.PENDING);
        assertThat(accounts.findByEmail("asn@simlayan.test")).get().extracting(Account::getUserKind).isEqualTo(Account.Kind.ASN);
        IdentityFixtures.login(mvc, "admin@simlayan.test", IdentityDemoData.DEMO_PASSWORD);
        IdentityFixtures.login(mvc, "warga@simlayan.test", IdentityDemoData.DEMO_PASSWORD);
    }
}
