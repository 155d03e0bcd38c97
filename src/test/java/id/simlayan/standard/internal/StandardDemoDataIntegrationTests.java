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
import id.simlayan.standard.DocumentType;
import id.simlayan.standard.FieldKind;
import id.simlayan.standard.FormField;
import id.simlayan.standard.RequestForms;
import id.simlayan.standard.internal.StandardEditing.DraftContent;
import id.simlayan.standard.internal.StandardVersion.Decree;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The demo runner is not a bean in tests (simlayan.demo.enabled is false); it is built here by hand.
 * The upgrade of a standard published without a form runs first, before the runner has given
 * help-desk-ti its form in this application context.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
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
    @Autowired
    FormDrafting drafting;
    @Autowired
    FormStore formStore;
    @Autowired
    RequestForms forms;
    @Autowired
    WorkflowDrafting workflows;

    StandardDemoData demo() {
        return new StandardDemoData(catalog, standards, drafting, formStore, workflows, appClock, dates);
    }

    @Test
    @Order(1)
    void aStandardPublishedWithoutAFormGetsOneMoreVersionWithItsFormOnce() {
        var people = new IdentityFixtures(provisioning, directory);
        if (catalog.findByCode("help-desk-ti").isEmpty()) {
            administration.create(new NewServiceOffering("help-desk-ti", "Demo help desk", "Ringkasan", "Uraian", TicketKind.INCIDENT, people.aUnit(),
                    List.of(), Audience.PUBLIC));
        }
        var service = catalog.findByCode("help-desk-ti").orElseThrow().id();
        // as the demo data wrote it before request forms existed
        var draft = standards.startDraft(service);
        standards.edit(service, draft.rowVersion(), new DraftContent(Decree.NONE, List.of(), Map.of("persyaratan", "Laporan gangguan dari OPD.")));
        var published = standards.publish(service, standards.draft(service).orElseThrow().rowVersion(), LocalDate.of(2025, 1, 2), null);
        assertThat(forms.of(published.id()).orElseThrow().isEmpty()).isTrue();

        demo().run(new DefaultApplicationArguments());
        int versions = standards.versions(service).size();
        demo().run(new DefaultApplicationArguments());

        assertThat(standards.versions(service)).hasSize(versions);
        var current = standards.current(service).orElseThrow();
        assertThat(current.number()).isEqualTo(published.number() + 1);
        assertThat(forms.of(current.id()).orElseThrow().fields()).extracting(FormField::key).containsExactly("opd", "lokasi", "kontak");
        assertThat(forms.of(published.id()).orElseThrow().isEmpty()).isTrue();
        // the same new version brings seed 003's procedure; the old version keeps the general one
        assertThat(workflows.of(current.id()).definition().key()).isEqualTo("help-desk");
        assertThat(workflows.of(published.id()).own()).isFalse();
    }

    @Test
    @Order(2)
    void theSeedStandardsArePublishedOnceWithTheirDecreeAndLabels() throws Exception {
        var people = new IdentityFixtures(provisioning, directory);
        for (String code : List.of("service-desk-egov", "gangguan-batiknet", "sp4n-lapor")) {
            if (catalog.findByCode(code).isEmpty()) {
                administration.create(new NewServiceOffering(code, "Demo " + code, "Ringkasan", "Uraian", TicketKind.REQUEST, people.aUnit(),
                        List.of(), Audience.PUBLIC));
            }
        }
        var demo = demo();
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

        // the Batik.Net outage form asks for the letter, its scan and the unit (seed 004's "Persyaratan")
        var batiknetForm = forms.of(batiknet.id()).orElseThrow();
        assertThat(batiknetForm.fields()).extracting(FormField::key).containsExactly("opd", "surat", "surat-pemberitahuan", "lokasi", "kontak");
        var letter = batiknetForm.field("surat").orElseThrow();
        assertThat(letter.kind()).isEqualTo(FieldKind.LETTER);
        assertThat(letter.required()).isTrue();
        assertThat(letter.label()).isEqualTo("Nomor dan tanggal surat pemberitahuan");
        var scan = batiknetForm.field("surat-pemberitahuan").orElseThrow();
        assertThat(scan.kind()).isEqualTo(FieldKind.DOCUMENT);
        assertThat(scan.required()).isTrue();
        assertThat(scan.label()).isEqualTo("Surat pemberitahuan gangguan dari OPD");
        assertThat(scan.documentTypes()).isEqualTo(Set.of(DocumentType.PDF, DocumentType.IMAGE));
        assertThat(batiknetForm.field("opd").orElseThrow().kind()).isEqualTo(FieldKind.UNIT);
        assertThat(workflows.of(batiknet.id()).definition().key()).isEqualTo("batiknet-gangguan");
        assertThat(workflows.of(current.id()).definition().key()).isEqualTo("service-desk");
        // the service desk asks which of seed 002's applications
        assertThat(forms.of(current.id()).orElseThrow().field("aplikasi").orElseThrow().options()).hasSize(7).contains("e-Penatausahaan", "LaporanGub");
    }

    @Test
    void everyDemoServiceHasAFormAndEveryFieldHasAnEnglishLabel() {
        var demoCodes = List.of("sp4n-lapor", "service-desk-egov", "gangguan-batiknet", "help-desk-ti", "permohonan-informasi-publik", "domain-hosting",
                "sertifikat-elektronik", "aduan-konten");
        assertThat(StandardDemoData.forms()).containsOnlyKeys(demoCodes);
        StandardDemoData.forms().forEach((code, fields) -> assertThat(fields).as(code).isNotEmpty()
                .allSatisfy(f -> assertThat(f.labelEn()).as(code + " " + f.key()).isNotBlank()));
    }
}
