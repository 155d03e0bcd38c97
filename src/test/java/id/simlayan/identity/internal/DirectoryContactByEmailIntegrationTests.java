package id.simlayan.identity.internal;

import static org.assertj.core.api.Assertions.assertThat;

import id.simlayan.IntegrationTest;
import id.simlayan.identity.AccountProvisioning;
import id.simlayan.identity.Directory;
import id.simlayan.identity.IdentityFixtures;
import id.simlayan.identity.UserContact;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class DirectoryContactByEmailIntegrationTests extends IntegrationTest {

    @Autowired
    AccountProvisioning provisioning;
    @Autowired
    Registration registration;
    @Autowired
    Directory directory;

    @Test
    void findsAnActiveAccountByEmailIgnoringCaseAndSurroundingSpaces() {
        var requester = new IdentityFixtures(provisioning, directory).aRequester();

        var found = directory.contactByEmail("  " + requester.email().toUpperCase() + " ");

        assertThat(found).get().extracting(UserContact::id, UserContact::email).containsExactly(requester.userId(), requester.email());
    }

    @Test
    void pendingUnknownAndBlankEmailsFindNobody() {
        String pending = IdentityFixtures.uniqueEmail("pendaftar");
        registration.register(new Registration.Application(Registration.Applicant.CITIZEN, "Calon Pengguna", IdentityFixtures.uniqueNik(),
                pending, "081225550199", IdentityFixtures.PASSWORD, IdentityFixtures.PASSWORD, null, (java.util.UUID) null, true), null);

        assertThat(directory.contactByEmail(pending)).isEmpty();
        assertThat(directory.contactByEmail(IdentityFixtures.uniqueEmail("tidak-ada"))).isEmpty();
        assertThat(directory.contactByEmail(" ")).isEmpty();
        assertThat(directory.contactByEmail(null)).isEmpty();
    }
}
