package id.simlayan.identity;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;

import id.simlayan.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/** What the login page says after a failed login. */
class LoginPageIntegrationTests extends IntegrationTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    AccountProvisioning provisioning;
    @Autowired
    Directory directory;

    @Test
    void afterAFailedLoginThePageSaysWhenAndHowLongTheAccountLocks() throws Exception {
        var person = new IdentityFixtures(provisioning, directory).aRequester();
        String address = IdentityFixtures.randomAddress();
        mvc.perform(post("/masuk").param("email", person.email()).param("password", "salah-sekali-1").with(csrf())
                        .with(IdentityFixtures.fromAddress(address)))
                .andExpect(redirectedUrl("/masuk?error=bad"));
        // an unknown address gets the very same answer
        mvc.perform(post("/masuk").param("email", IdentityFixtures.uniqueEmail("takdikenal")).param("password", "salah-sekali-1")
                        .with(csrf()).with(IdentityFixtures.fromAddress(address)))
                .andExpect(redirectedUrl("/masuk?error=bad"));

        mvc.perform(get("/masuk").param("error", "bad"))
                .andExpect(content().string(containsString("E-mail atau kata sandi salah.")))
                .andExpect(content().string(containsString("Setelah 5 kali gagal berturut-turut, akun dikunci selama 15 menit.")));
        mvc.perform(get("/masuk").param("error", "bad").param("lang", "en"))
                .andExpect(content().string(containsString("After 5 failed attempts in a row, the account is locked for 15 minutes.")));
    }

    @Test
    void withoutAFailureThePageSaysNothingAboutLocking() throws Exception {
        mvc.perform(get("/masuk")).andExpect(content().string(not(containsString("akun dikunci selama"))));
    }
}
