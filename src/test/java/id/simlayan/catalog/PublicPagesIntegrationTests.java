package id.simlayan.catalog;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import id.simlayan.IntegrationTest;
import id.simlayan.catalog.CatalogAdministration.NewCategory;
import id.simlayan.catalog.CatalogAdministration.NewServiceOffering;
import id.simlayan.identity.AccountProvisioning;
import id.simlayan.identity.Directory;
import id.simlayan.identity.IdentityFixtures;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

class PublicPagesIntegrationTests extends IntegrationTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    CatalogAdministration administration;
    @Autowired
    AccountProvisioning provisioning;
    @Autowired
    Directory directory;

    IdentityFixtures people;
    String code;

    @BeforeEach
    void setUp() {
        people = new IdentityFixtures(provisioning, directory);
        code = "uji-aduan-" + UUID.randomUUID().toString().substring(0, 8);
        administration.create(new NewServiceOffering(code, "Aduan Uji " + code, "Ringkasan layanan uji", "Uraian lengkap layanan uji.",
                TicketKind.COMPLAINT, people.aUnit(), List.of(new NewCategory("hoaks", "Hoaks/Disinformasi"), new NewCategory("lainnya", "Lainnya")), Audience.PUBLIC));
    }

    @Test
    void homeShowsTheHelpSearchTheServicesTheContactAndTheVisitorButtons() throws Exception {
        mvc.perform(get("/"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("mempermudah pengelolaan layanan")))
                // the FAQ is now the knowledge base: the home page searches it and links it
                .andExpect(content().string(containsString("action=\"/bantuan\"")))
                .andExpect(content().string(containsString("href=\"/bantuan\"")))
                .andExpect(content().string(containsString("Aduan Uji " + code)))
                .andExpect(content().string(containsString("href=\"/layanan/" + code + "\"")))
                .andExpect(content().string(containsString("(0285) 421243")))
                .andExpect(content().string(containsString("(0285) 420223")))
                .andExpect(content().string(containsString("href=\"/daftar\"")))
                .andExpect(content().string(not(containsString("href=\"/tiket/baru\""))));
    }

    @Test
    void homeOffersSubmitAndTrackToLoggedInUsers() throws Exception {
        var session = people.login(mvc, people.aRequester());
        mvc.perform(get("/").session(session))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Ajukan layanan")))
                .andExpect(content().string(containsString("href=\"/lacak\"")));
    }

    @Test
    void serviceDetailShowsKindCategoriesEvidenceRuleAndSubmitButton() throws Exception {
        mvc.perform(get("/layanan/{code}", code))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Uraian lengkap layanan uji.")))
                .andExpect(content().string(containsString("Pengaduan")))
                .andExpect(content().string(containsString("Hoaks/Disinformasi")))
                .andExpect(content().string(containsString("wajib menyertakan bukti")))
                .andExpect(content().string(containsString("href=\"/tiket/baru/" + code + "\"")));
        mvc.perform(get("/layanan")).andExpect(status().isOk()).andExpect(content().string(containsString("Aduan Uji " + code)));
    }

    @Test
    void unknownServiceGives404() throws Exception {
        mvc.perform(get("/layanan/{code}", "tidak-ada-" + UUID.randomUUID())).andExpect(status().isNotFound());
    }

    @Test
    void contactPageRenders() throws Exception {
        mvc.perform(get("/kontak")).andExpect(status().isOk())
                .andExpect(content().string(containsString("tel:+62285421243")))
                .andExpect(content().string(containsString("Senin-Kamis 08.00-15.45 WIB")));
    }
}
