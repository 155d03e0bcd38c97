package id.simlayan.standard.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import id.simlayan.IntegrationTest;
import id.simlayan.catalog.Audience;
import id.simlayan.catalog.CatalogAdministration;
import id.simlayan.catalog.CatalogAdministration.NewServiceOffering;
import id.simlayan.catalog.ServiceCatalog;
import id.simlayan.catalog.ServiceOfferingId;
import id.simlayan.catalog.TicketKind;
import id.simlayan.identity.AccountProvisioning;
import id.simlayan.identity.Directory;
import id.simlayan.identity.IdentityFixtures;
import id.simlayan.standard.DocumentType;
import id.simlayan.standard.FieldKind;
import id.simlayan.standard.FormDefinitionRefused;
import id.simlayan.standard.FormField;
import id.simlayan.standard.FormInput;
import id.simlayan.standard.RequestForm;
import id.simlayan.standard.RequestForms;
import id.simlayan.standard.StandardFixtures;
import id.simlayan.standard.StandardVersionId;
import id.simlayan.standard.StandardVersions;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Request forms kept with their standard version: drafted field by field, frozen at publication
 * (by the code and by the database), copied into the next draft, and checked through
 * {@link RequestForms}. In this package because the database check goes through {@link FormStore}.
 */
class RequestFormsIntegrationTests extends IntegrationTest {

    static final FormField UNIT = FormField.simple("opd", FieldKind.UNIT, "Unit/OPD", "Unit", null, null, true);
    static final FormField LETTER = FormField.simple("surat", FieldKind.LETTER, "Nomor dan tanggal surat", "Letter", null, null, true);
    static final FormField SCAN = new FormField("scan", FieldKind.DOCUMENT, "Surat pemberitahuan", null, null, null, true, null, null,
            List.of(), List.of(), Set.of(DocumentType.PDF, DocumentType.IMAGE));
    static final FormField LOCATION = FormField.simple("lokasi", FieldKind.SHORT_TEXT, "Lokasi", null, null, null, false);

    @Autowired
    MockMvc mvc;
    @Autowired
    ApplicationContext context;
    @Autowired
    CatalogAdministration administration;
    @Autowired
    ServiceCatalog catalog;
    @Autowired
    AccountProvisioning provisioning;
    @Autowired
    Directory directory;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    FormDrafting drafting;
    @Autowired
    FormStore store;
    @Autowired
    StandardEditing editing;
    @Autowired
    StandardVersions versions;
    @Autowired
    RequestForms forms;

    IdentityFixtures people;
    StandardFixtures standards;
    String code;
    ServiceOfferingId service;
    LocalDate today;

    @BeforeEach
    void setUp() {
        people = new IdentityFixtures(provisioning, directory);
        standards = new StandardFixtures(context);
        code = "uji-form-" + UUID.randomUUID().toString().substring(0, 8);
        administration.create(new NewServiceOffering(code, "Layanan Formulir " + code, "Ringkasan", "Uraian", TicketKind.REQUEST, people.aUnit(),
                List.of(), Audience.PUBLIC));
        service = catalog.findByCode(code).orElseThrow().id();
        today = LocalDate.ofInstant(clock.instant(), ZoneId.of("Asia/Jakarta"));
    }

    @Test
    void draftingAddsMovesChangesAndRemovesFieldsKeepingTheirOrder() {
        var draft = editing.startDraft(service).id();
        assertThat(forms.of(draft).orElseThrow().fields()).isEmpty();

        drafting.add(service, UNIT);
        drafting.add(service, LETTER);
        drafting.add(service, SCAN);
        assertThat(keys(draft)).containsExactly("opd", "surat", "scan");

        drafting.move(service, "scan", -1);
        assertThat(keys(draft)).containsExactly("opd", "scan", "surat");
        drafting.move(service, "opd", -1);
        assertThat(keys(draft)).containsExactly("opd", "scan", "surat");

        var located = FormField.simple("tempat", FieldKind.LONG_TEXT, "Tempat gangguan", null, "Gedung dan ruang", null, true);
        drafting.change(service, "scan", located);
        assertThat(keys(draft)).containsExactly("opd", "tempat", "surat");
        assertThat(forms.of(draft).orElseThrow().field("tempat").orElseThrow()).isEqualTo(located);

        drafting.remove(service, "opd");
        assertThat(keys(draft)).containsExactly("tempat", "surat");
        assertThat(drafting.draftForm(service).fields()).containsExactly(located, LETTER);
    }

    @Test
    void aFormThatBreaksARuleIsNotWritten() {
        editing.startDraft(service);
        drafting.add(service, UNIT);

        assertThatThrownBy(() -> drafting.add(service, FormField.simple("opd", FieldKind.SHORT_TEXT, "Lain", null, null, null, false)))
                .isInstanceOfSatisfying(FormDefinitionRefused.class, e -> assertThat(e.messageCode()).isEqualTo("standard.form.error.duplicateKey"));
        assertThatThrownBy(() -> drafting.remove(service, "tidak-ada"))
                .isInstanceOfSatisfying(FormDefinitionRefused.class, e -> assertThat(e.messageCode()).isEqualTo("standard.form.error.unknownField"));
        assertThat(drafting.draftForm(service).fields()).containsExactly(UNIT);
    }

    @Test
    void everyKindIsStoredAndReadBackAsDefined() {
        var fields = List.of(
                new FormField("judul", FieldKind.SHORT_TEXT, "Judul", "Title", "Singkat", "Short", true, 3L, 80L, List.of(), List.of(), Set.of()),
                FormField.simple("uraian", FieldKind.LONG_TEXT, "Uraian", null, null, null, false),
                new FormField("jumlah", FieldKind.NUMBER, "Jumlah", null, null, null, true, -1L, 10_000_000_000L, List.of(), List.of(), Set.of()),
                FormField.simple("tanggal", FieldKind.DATE, "Tanggal", null, null, null, false),
                new FormField("aplikasi", FieldKind.CHOICE, "Aplikasi", null, null, null, true, null, null, List.of("e-Planning", "Lainnya"),
                        List.of("e-Planning", "Other"), Set.of()),
                new FormField("modul", FieldKind.MULTI_CHOICE, "Modul", null, null, null, false, 1L, 2L, List.of("A", "B", "C"), List.of(), Set.of()),
                UNIT, FormField.simple("nik", FieldKind.NIK, "NIK", null, null, null, false),
                FormField.simple("email", FieldKind.EMAIL, "E-mail", null, null, null, false),
                FormField.simple("telepon", FieldKind.PHONE, "Telepon", null, null, null, false), LETTER,
                new FormField("foto", FieldKind.DOCUMENT, "Foto", null, null, null, false, null, 3L, List.of(), List.of(), Set.of(DocumentType.IMAGE)),
                SCAN);
        var draft = editing.startDraft(service).id();
        standards.draftForm(code, fields);

        assertThat(forms.of(draft).orElseThrow()).isEqualTo(new RequestForm(draft, fields));
    }

    @Test
    void aPublishedFormCannotChangeThroughTheCodeOrTheDatabase() throws Exception {
        var admin = people.login(mvc, people.anAdmin());
        standards.publishWithForm(admin, code, "1/2026", List.of(UNIT, LETTER, SCAN), today);
        var published = versions.currentFor(service, clock.instant()).orElseThrow();
        assertThat(keys(published)).containsExactly("opd", "surat", "scan");

        // no draft: the form drafting refuses
        assertThatThrownBy(() -> drafting.add(service, LOCATION))
                .isInstanceOfSatisfying(StandardRuleViolation.class, e -> assertThat(e.messageCode()).isEqualTo("standard.error.noDraft"));
        // and the database refuses a direct write of the published version's form, whatever the code does
        assertThatThrownBy(() -> store.replace(new RequestForm(published, List.of(LOCATION))))
                .isInstanceOf(DataAccessException.class).hasMessageContaining("cannot change");
        assertThatThrownBy(() -> jdbc.sql("UPDATE standard_form_fields SET label = 'diubah' WHERE version_id = ?").param(published.value()).update())
                .isInstanceOf(DataAccessException.class).hasMessageContaining("cannot change");
        assertThat(keys(published)).containsExactly("opd", "surat", "scan");
    }

    @Test
    void aNewDraftStartsWithACopyOfThePublishedFormWhichItChangesAlone() throws Exception {
        var admin = people.login(mvc, people.anAdmin());
        standards.publishWithForm(admin, code, "1/2026", List.of(UNIT, LETTER, SCAN), today);
        var first = versions.currentFor(service, clock.instant()).orElseThrow();

        var draft = editing.startDraft(service).id();
        assertThat(forms.of(draft).orElseThrow().fields()).containsExactly(UNIT, LETTER, SCAN);
        drafting.remove(service, "surat");
        drafting.add(service, LOCATION);

        assertThat(keys(draft)).containsExactly("opd", "scan", "lokasi");
        assertThat(keys(first)).containsExactly("opd", "surat", "scan");
    }

    @Test
    void anUnknownVersionHasNoFormAndAVersionWithoutFieldsAnEmptyOne() {
        assertThat(forms.of(new StandardVersionId(UUID.randomUUID()))).isEmpty();
        var draft = editing.startDraft(service).id();
        assertThat(forms.of(draft)).hasValueSatisfying(f -> assertThat(f.isEmpty()).isTrue());
    }

    @Test
    void theCheckAcceptsActiveUnitsOnly() throws Exception {
        var form = new RequestForm(editing.startDraft(service).id(), List.of(UNIT));
        var unit = people.aUnit();
        assertThat(forms.check(form, input(unit.value())).answers().answer("opd").orElseThrow().unitId()).isEqualTo(unit);

        var admin = people.login(mvc, people.anAdmin());
        long rowVersion = jdbc.sql("SELECT version FROM units WHERE id = ?").param(unit.value()).query(Long.class).single();
        mvc.perform(post("/admin/unit/{id}/status", unit.value()).session(admin).with(csrf())
                .param("version", Long.toString(rowVersion)).param("active", "false")).andExpect(status().is3xxRedirection());

        var check = forms.check(form, input(unit.value()));
        assertThat(check.passed()).isFalse();
        assertThat(check.problems().get("opd").messageCode()).isEqualTo("standard.answer.unit");
        assertThat(forms.check(form, input(UUID.randomUUID())).problems().get("opd").messageCode()).isEqualTo("standard.answer.unit");
    }

    private static FormInput input(UUID unit) {
        return new FormInput(Map.of("opd", List.of(unit.toString())), Map.of());
    }

    private List<String> keys(StandardVersionId version) {
        return forms.of(version).orElseThrow().fields().stream().map(FormField::key).toList();
    }
}
