package id.simlayan.standard.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import id.simlayan.IntegrationTest;
import id.simlayan.catalog.Audience;
import id.simlayan.catalog.CatalogAdministration;
import id.simlayan.catalog.CatalogAdministration.NewServiceOffering;
import id.simlayan.catalog.ServiceCatalog;
import id.simlayan.catalog.TicketKind;
import id.simlayan.identity.AccountProvisioning;
import id.simlayan.identity.Directory;
import id.simlayan.identity.IdentityFixtures;
import id.simlayan.platform.DateDisplay;
import java.time.Clock;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.test.web.servlet.MockMvc;

/** The demo runner is not a bean in tests (simlayan.demo.enabled is false); it is built here by hand. */
class StandardDemoDataIntegrationTests extends IntegrationTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    CatalogAdministration administration;
    @Autowired
    ServiceCatalog catalog;
    @Autowired
    StandardEditing standards;
    @Autowired
    Clock appClock;
    @Autowired
    DateDisplay dates;
    @Autowired
    AccountProvisioning provisioning;
    @Autowired
    Directory directory;

    @Test
    void theSeedStandardsArePublishedOnceWithTheirDecreeAndLabels() throws Exception {
        var people = new IdentityFixtures(provisioning, directory);
        for (String code : List.of("service-desk-egov", "gangguan-batiknet", "sp4n-lapor")) {
            if (catalog.findByCode(code).isEmpty()) {
                administration.create(new NewServiceOffering(code, "Demo " + code, "Ringkasan", "Uraian", TicketKind.REQUEST, people.aUnit(),
                        List.of(), Audience.PUBLIC));
            }
        }
        var demo = new StandardDemoData(catalog, standards, appClock, dates);
        demo.run(new DefaultApplicationArguments());
        var serviceDesk = catalog.findByCode("service-desk-egov").orElseThrow().id();
        int versions = standards.versions(serviceDesk).size();
        demo.run(new DefaultApplicationArguments());

        assertThat(standards.versions(serviceDesk)).hasSize(versions);
        var current = standards.current(serviceDesk).orElseThrow();
        assertThat(current.decree().number()).isEqualTo("487.22/581");
        assertThat(current.legalBases()).hasSize(2);
        assertThat(current.components()).hasSize(14);
        mvc.perform(get("/layanan/service-desk-egov")).andExpect(status().isOk())
                .andExpect(content().string(containsString("Keputusan Nomor 487.22/581")))
                .andExpect(content().string(containsString("Persyaratan Pelayanan")))
                .andExpect(content().string(containsString("servicedesk@jatengprov.go.id")));
        var batiknet = standards.current(catalog.findByCode("gangguan-batiknet").orElseThrow().id()).orElseThrow();
        assertThat(batiknet.decree().number()).isNull();
        assertThat(batiknet.serviceDelivery()).extracting(StandardVersion.Component::label)
                .containsExactly("Persyaratan", "Sistem, Mekanisme dan Prosedur", "Jangka Waktu", "Biaya / Tarif", "Produk Pelayanan",
                        "Penanganan pengaduan, saran dan masukan");
    }
}
