package id.simlayan.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import id.simlayan.IntegrationTest;
import id.simlayan.audit.AuditLog;
import id.simlayan.catalog.CatalogAdministration.NewCategory;
import id.simlayan.catalog.CatalogAdministration.NewServiceOffering;
import id.simlayan.identity.AccountProvisioning;
import id.simlayan.identity.Directory;
import id.simlayan.identity.IdentityFixtures;
import id.simlayan.identity.UnitId;
import id.simlayan.ticket.TicketFixtures;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

class CatalogAdminIntegrationTests extends IntegrationTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    CatalogAdministration administration;
    @Autowired
    ServiceCatalog catalog;
    @Autowired
    AccountProvisioning provisioning;
    @Autowired
    Directory directory;
    @Autowired
    AuditLog audit;
    @Autowired
    ApplicationContext context;

    IdentityFixtures people;
    MockHttpSession admin;
    UnitId unit;

    @BeforeEach
    void setUp() {
        people = new IdentityFixtures(provisioning, directory);
        admin = people.login(mvc, people.anAdmin());
        unit = people.aUnit();
    }

    @Test
    void adminCreatesAServiceThatThePublicSeesInBothLanguages() throws Exception {
        String code = uniqueCode();
        mvc.perform(serviceForm(post("/admin/layanan"), code, "Izin Uji " + code).param("nameEn", "Test Permit " + code)
                        .param("summaryEn", "An English summary").param("channels", "WEB", "WHATSAPP"))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/admin/layanan/" + code));

        var service = catalog.findByCode(code).orElseThrow();
        assertThat(service.channels()).containsExactlyInAnyOrder(Channel.WEB, Channel.WHATSAPP);
        assertThat(audit.entriesFor("SERVICE", service.id().toString(), 5)).extracting(AuditLog.RecordedEntry::action)
                .contains("SERVICE_CREATE");
        mvc.perform(get("/layanan/{code}", code))
                .andExpect(content().string(containsString("Izin Uji " + code)))
                .andExpect(content().string(containsString("WhatsApp")));
        mvc.perform(get("/layanan/{code}", code).param("lang", "en"))
                .andExpect(content().string(containsString("Test Permit " + code)))
                .andExpect(content().string(containsString("An English summary")));
        mvc.perform(get("/layanan").param("lang", "en")).andExpect(content().string(containsString("Test Permit " + code)));
        var requester = people.login(mvc, people.aRequester());
        mvc.perform(get("/tiket/baru").param("lang", "en").session(requester))
                .andExpect(content().string(containsString("Test Permit " + code)));
        mvc.perform(get("/admin/layanan").session(admin))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(code)))
                .andExpect(content().string(containsString("href=\"/admin/layanan/" + code + "\"")));
    }

    @Test
    void englishFallsBackToIndonesianWhenLeftEmpty() throws Exception {
        String code = uniqueCode();
        mvc.perform(serviceForm(post("/admin/layanan"), code, "Hanya Indonesia " + code)).andExpect(status().is3xxRedirection());
        mvc.perform(get("/layanan/{code}", code).param("lang", "en"))
                .andExpect(content().string(containsString("Hanya Indonesia " + code)));
    }

    @Test
    void adminEditsAServiceButNotItsCode() throws Exception {
        String code = uniqueCode();
        var service = aService(code);
        mvc.perform(serviceForm(post("/admin/layanan/{code}", code), "kode-lain", "Nama Baru " + code)
                        .param("version", String.valueOf(service.version())).param("nameEn", "New Name"))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/admin/layanan/" + code));

        var edited = catalog.findByCode(code).orElseThrow();
        assertThat(edited.name()).isEqualTo("Nama Baru " + code);
        assertThat(edited.nameEn()).isEqualTo("New Name");
        assertThat(catalog.findByCode("kode-lain")).isEmpty();
        assertThat(audit.entriesFor("SERVICE", service.id().toString(), 5)).extracting(AuditLog.RecordedEntry::action)
                .contains("SERVICE_UPDATE");
    }

    @Test
    void aDuplicateCodeIsRefusedWithAMessageAndNothingSaved() throws Exception {
        String code = uniqueCode();
        aService(code);
        int before = administration.allOfferings().size();
        mvc.perform(serviceForm(post("/admin/layanan"), code, "Duplikat " + code))
                .andExpect(status().isConflict())
                .andExpect(content().string(containsString("Kode ini sudah dipakai layanan lain.")));
        assertThat(administration.allOfferings()).hasSize(before);
        assertThat(catalog.findByCode(code).orElseThrow().name()).isNotEqualTo("Duplikat " + code);
    }

    @Test
    void aCodeThatIsNotASlugIsRefused() throws Exception {
        mvc.perform(serviceForm(post("/admin/layanan"), "Bukan Slug!", "Nama"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("huruf kecil, angka dan tanda hubung")));
        assertThat(catalog.findByCode("Bukan Slug!")).isEmpty();
    }

    @Test
    void aStaleEditIsRefusedAndTheFormShownAgain() throws Exception {
        String code = uniqueCode();
        var service = aService(code);
        long opened = service.version();
        mvc.perform(serviceForm(post("/admin/layanan/{code}", code), code, "Pertama").param("version", String.valueOf(opened)))
                .andExpect(status().is3xxRedirection());
        mvc.perform(serviceForm(post("/admin/layanan/{code}", code), code, "Kedua").param("version", String.valueOf(opened)))
                .andExpect(status().isConflict())
                .andExpect(content().string(containsString("baru saja diubah oleh orang lain")));
        assertThat(catalog.findByCode(code).orElseThrow().name()).isEqualTo("Pertama");
    }

    @Test
    void categoriesAreAddedRenamedReorderedAndDeactivated() throws Exception {
        String code = uniqueCode();
        var service = aService(code);
        mvc.perform(post("/admin/layanan/{code}/kategori", code).session(admin).with(csrf())
                        .param("version", String.valueOf(service.version())).param("code", "ketiga").param("name", "Ketiga"))
                .andExpect(status().is3xxRedirection());
        service = catalog.findByCode(code).orElseThrow();
        assertThat(service.categories()).extracting(ServiceOfferingView.CategoryView::code).containsExactly("pertama", "kedua", "ketiga");

        var third = service.categories().get(2);
        mvc.perform(post("/admin/layanan/{code}/kategori/{id}/pindah", code, third.id().value()).session(admin).with(csrf())
                        .param("version", String.valueOf(service.version())).param("step", "-1"))
                .andExpect(status().is3xxRedirection());
        service = catalog.findByCode(code).orElseThrow();
        assertThat(service.categories()).extracting(ServiceOfferingView.CategoryView::code).containsExactly("pertama", "ketiga", "kedua");

        mvc.perform(post("/admin/layanan/{code}/kategori/{id}/nama", code, third.id().value()).session(admin).with(csrf())
                        .param("version", String.valueOf(service.version())).param("name", "Ketiga (baru)"))
                .andExpect(status().is3xxRedirection());
        service = catalog.findByCode(code).orElseThrow();
        assertThat(service.category(third.id()).orElseThrow().name()).isEqualTo("Ketiga (baru)");

        var first = service.categories().getFirst();
        mvc.perform(post("/admin/layanan/{code}/kategori/{id}/status", code, first.id().value()).session(admin).with(csrf())
                        .param("version", String.valueOf(service.version())).param("active", "false"))
                .andExpect(status().is3xxRedirection());
        service = catalog.findByCode(code).orElseThrow();
        assertThat(service.categories()).extracting(ServiceOfferingView.CategoryView::code).containsExactly("ketiga", "kedua");
        assertThat(service.anyCategory(first.id())).get().extracting(ServiceOfferingView.CategoryView::active).isEqualTo(false);
        mvc.perform(get("/layanan/{code}", code)).andExpect(content().string(not(containsString(">Pertama<"))));
    }

    @Test
    void aCategoryInUseIsDeactivatedReorderedAndKeepsNamingItsTickets() throws Exception {
        var ticket = new TicketFixtures(context).aReceived(TicketKind.REQUEST);
        var service = ticket.service();
        var used = service.categories().getFirst();
        // the ticket refers to its category row: changing the categories must never delete and recreate rows
        mvc.perform(post("/admin/layanan/{code}/kategori/{id}/pindah", service.code(), used.id().value()).session(admin).with(csrf())
                .param("version", String.valueOf(service.version())).param("step", "1")).andExpect(status().is3xxRedirection());
        service = catalog.find(service.id()).orElseThrow();
        mvc.perform(post("/admin/layanan/{code}/kategori/{id}/status", service.code(), used.id().value()).session(admin).with(csrf())
                .param("version", String.valueOf(service.version())).param("active", "false")).andExpect(status().is3xxRedirection());
        administration.changeAudience(service.id(), Audience.ASN);

        service = catalog.find(service.id()).orElseThrow();
        assertThat(service.category(used.id())).isEmpty();
        assertThat(service.anyCategory(used.id())).isPresent();
        mvc.perform(get("/lacak/{id}", ticket.uuid()).session(people.login(mvc, ticket.requester())))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(used.name())));
    }

    @Test
    void aCategoryChangeAgainstAnOldVersionIsRefused() throws Exception {
        String code = uniqueCode();
        var service = aService(code);
        long opened = service.version();
        var first = service.categories().getFirst();
        mvc.perform(post("/admin/layanan/{code}/kategori/{id}/pindah", code, first.id().value()).session(admin).with(csrf())
                .param("version", String.valueOf(opened)).param("step", "1")).andExpect(status().is3xxRedirection());
        mvc.perform(post("/admin/layanan/{code}/kategori/{id}/status", code, first.id().value()).session(admin).with(csrf())
                        .param("version", String.valueOf(opened)).param("active", "false"))
                .andExpect(status().isConflict())
                .andExpect(content().string(containsString("baru saja diubah oleh orang lain")));
        assertThat(catalog.findByCode(code).orElseThrow().categories()).hasSize(2);
    }

    @Test
    void anInactiveServiceDisappearsFromTheCatalogAndRefusesSubmissions() throws Exception {
        String code = uniqueCode();
        var service = aService(code);
        mvc.perform(serviceForm(post("/admin/layanan/{code}", code), code, "Layanan Uji " + code, false)
                        .param("version", String.valueOf(service.version())))
                .andExpect(status().is3xxRedirection());

        mvc.perform(get("/layanan")).andExpect(content().string(not(containsString("/layanan/" + code + "\""))));
        mvc.perform(get("/layanan/{code}", code)).andExpect(status().isNotFound());
        var requester = people.login(mvc, people.aRequester());
        mvc.perform(get("/tiket/baru").session(requester)).andExpect(content().string(not(containsString("/tiket/baru/" + code + "\""))));
        mvc.perform(get("/tiket/baru/{code}", code).session(requester)).andExpect(status().isNotFound());
        mvc.perform(get("/admin/layanan").session(admin)).andExpect(content().string(containsString(code)));
    }

    @Test
    void nonAdministratorsAreForbidden() throws Exception {
        var agent = people.login(mvc, people.anAgent());
        mvc.perform(get("/admin/layanan").session(agent)).andExpect(status().isForbidden());
        mvc.perform(serviceForm(post("/admin/layanan"), uniqueCode(), "Nama").session(agent)).andExpect(status().isForbidden());
    }

    private MockHttpServletRequestBuilder serviceForm(MockHttpServletRequestBuilder request, String code, String name) {
        return serviceForm(request, code, name, true);
    }

    /** The form as the browser posts it: an unticked checkbox sends nothing. */
    private MockHttpServletRequestBuilder serviceForm(MockHttpServletRequestBuilder request, String code, String name, boolean active) {
        var form = request.session(admin).with(csrf())
                .param("code", code).param("name", name).param("summary", "Ringkasan " + name).param("description", "Uraian")
                .param("kind", "REQUEST").param("ownerUnitId", unit.value().toString()).param("audience", "PUBLIC")
                .param("channels", "WEB");
        return active ? form.param("active", "true") : form;
    }

    private ServiceOfferingView aService(String code) {
        var id = administration.create(new NewServiceOffering(code, "Layanan Uji " + code, "Ringkasan", "Uraian", TicketKind.REQUEST, unit,
                List.of(new NewCategory("pertama", "Pertama"), new NewCategory("kedua", "Kedua")), Audience.PUBLIC));
        return catalog.find(id).orElseThrow();
    }

    private static String uniqueCode() {
        return "uji-admin-" + UUID.randomUUID().toString().substring(0, 8);
    }
}
