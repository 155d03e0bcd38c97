package id.simlayan.catalog.internal;

import static org.assertj.core.api.Assertions.assertThat;

import id.simlayan.IntegrationTest;
import id.simlayan.catalog.CatalogAdministration;
import id.simlayan.catalog.ServiceCatalog;
import id.simlayan.catalog.ServiceOfferingView;
import id.simlayan.catalog.TicketKind;
import id.simlayan.identity.AccountProvisioning;
import id.simlayan.identity.Directory;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.DefaultApplicationArguments;

/** The demo runner is not a bean in tests (simlayan.demo.enabled is false); it is built here by hand. */
class CatalogDemoDataIntegrationTests extends IntegrationTest {

    @Autowired
    CatalogAdministration administration;
    @Autowired
    ServiceCatalog catalog;
    @Autowired
    Directory directory;
    @Autowired
    AccountProvisioning provisioning;

    @Test
    void demoCatalogHasTheSeedServicesWithCategoriesAndIsIdempotent() {
        for (String code : new String[] {"INFRA", "APTIKA", "IKP"}) {
            if (directory.unitByCode(code).isEmpty()) {
                provisioning.createUnit(code, "Bidang " + code, false);
            }
        }
        var demo = new CatalogDemoData(administration, catalog, directory);
        demo.run(new DefaultApplicationArguments());
        int afterFirstRun = catalog.activeOfferings().size();
        demo.run(new DefaultApplicationArguments());

        assertThat(catalog.activeOfferings()).hasSize(afterFirstRun);
        assertThat(catalog.activeOfferings()).extracting(ServiceOfferingView::code).contains("sp4n-lapor", "gangguan-batiknet",
                "service-desk-egov", "help-desk-ti", "permohonan-informasi-publik", "domain-hosting", "sertifikat-elektronik", "aduan-konten");
        var batiknet = catalog.findByCode("gangguan-batiknet").orElseThrow();
        assertThat(batiknet.kind()).isEqualTo(TicketKind.INCIDENT);
        assertThat(batiknet.ownerUnitId()).isEqualTo(directory.unitByCode("INFRA").orElseThrow().id());
        assertThat(batiknet.categories()).extracting(ServiceOfferingView.CategoryView::name)
                .containsExactly("Gangguan Ringan", "Gangguan Berat / Penggantian Perangkat");
        assertThat(catalog.findByCode("aduan-konten").orElseThrow().evidenceRequired()).isTrue();
        // the sla demo policies key on these category codes (seeds 002 and 003)
        assertThat(catalog.findByCode("service-desk-egov").orElseThrow().categories()).extracting(ServiceOfferingView.CategoryView::code)
                .containsExactly("aduan", "permintaan");
        assertThat(catalog.findByCode("help-desk-ti").orElseThrow().categories()).extracting(ServiceOfferingView.CategoryView::code)
                .containsExactly("penggantian-password", "update-basis-data", "perbaikan-akun", "perbaikan-konfigurasi", "pointing-antena",
                        "penggantian-perangkat", "keamanan-informasi", "lainnya");
    }
}
