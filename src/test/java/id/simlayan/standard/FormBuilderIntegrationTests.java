package id.simlayan.standard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import id.simlayan.IntegrationTest;
import id.simlayan.catalog.Audience;
import id.simlayan.catalog.CatalogAdministration;
import id.simlayan.catalog.CatalogAdministration.NewServiceOffering;
import id.simlayan.catalog.TicketKind;
import id.simlayan.identity.AccountProvisioning;
import id.simlayan.identity.Directory;
import id.simlayan.identity.IdentityFixtures;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

/** The admin's request form builder on a draft standard, its preview, and the form on the public standard page. */
class FormBuilderIntegrationTests extends IntegrationTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    CatalogAdministration catalog;
    @Autowired
    AccountProvisioning provisioning;
    @Autowired
    Directory directory;
    @Autowired
    JdbcClient jdbc;

    IdentityFixtures people;
    StandardFixtures standards;
    MockHttpSession admin;
    String code;
    String builder;
    LocalDate today;

    @BeforeEach
    void setUp() {
        people = new IdentityFixtures(provisioning, directory);
        standards = new StandardFixtures(mvc, jdbc);
        code = "uji-formulir-" + UUID.randomUUID().toString().substring(0, 8);
        catalog.create(new NewServiceOffering(code, "Layanan Formulir " + code, "Ringkasan", "Uraian", TicketKind.REQUEST, people.aUnit(),
                List.of(), Audience.PUBLIC));
        admin = people.login(mvc, people.anAdmin());
        builder = "/admin/standar/" + code + "/draf/formulir";
        today = LocalDate.ofInstant(clock.instant(), ZoneId.of("Asia/Jakarta"));
    }

    @Test
    void theAdminAddsMovesChangesAndRemovesFieldsAndTheOrderIsKept() throws Exception {
        standards.draft(admin, code, "1/2026", Map.of());
        add("nama", "SHORT_TEXT", "Nama pemohon", "required", "true", "maximum", "100").andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl(builder)).andExpect(flash().attribute("flash", "Kolom \"Nama pemohon\" ditambahkan."));
        add("jenis", "CHOICE", "Jenis izin", "options", "Baru\nPerpanjangan\n", "optionsEn", "New\nRenewal").andExpect(status().is3xxRedirection());
        add("ktp", "DOCUMENT", "KTP", "documentTypes", "PDF", "documentTypes", "IMAGE", "required", "true").andExpect(status().is3xxRedirection());
        add("jumlah", "NUMBER", "Jumlah", "minimum", "1", "maximum", "10").andExpect(status().is3xxRedirection());
        assertThat(draftKeys()).containsExactly("nama", "jenis", "ktp", "jumlah");

        var page = page(builder);
        assertThat(page.select("#form-fields > li").eachAttr("data-key")).containsExactly("nama", "jenis", "ktp", "jumlah");
        var nama = page.selectFirst("#kolom-nama");
        assertThat(nama.select(".field-kind").text()).isEqualTo("Teks singkat");
        assertThat(nama.select(".field-required").text()).isEqualTo("wajib");
        assertThat(nama.select(".field-limits").text()).isEqualTo("Panjang paling banyak 100 karakter");
        assertThat(page.select("#kolom-jenis .field-options").text()).contains("Baru; Perpanjangan");
        assertThat(page.select("#kolom-ktp .field-document-types").text()).contains("PDF, gambar (JPG, PNG)");
        assertThat(page.select("#kolom-jumlah .field-limits").text()).isEqualTo("Nilai 1–10");
        // the first cannot go up, the last cannot go down
        assertThat(page.select("#kolom-nama button").first().hasAttr("disabled")).isTrue();
        assertThat(page.select("#kolom-jumlah button").get(1).hasAttr("disabled")).isTrue();
        assertThat(page.select("#kolom-jenis button").first().hasAttr("disabled")).isFalse();

        mvc.perform(post(builder + "/ktp/pindah").session(admin).with(csrf()).param("step", "-1")).andExpect(status().is3xxRedirection());
        mvc.perform(post(builder + "/nama/pindah").session(admin).with(csrf()).param("step", "1")).andExpect(status().is3xxRedirection());
        assertThat(draftKeys()).containsExactly("ktp", "nama", "jenis", "jumlah");

        var edit = page(builder + "/jenis/ubah");
        assertThat(edit.selectFirst("#field-key").val()).isEqualTo("jenis");
        assertThat(edit.selectFirst("#field-kind option[selected]").val()).isEqualTo("CHOICE");
        assertThat(edit.selectFirst("#field-options").val()).isEqualTo("Baru\nPerpanjangan");
        mvc.perform(field(post(builder + "/jenis/ubah"), "jenis-izin", "CHOICE", "Jenis permohonan", "options", "Baru\nPerpanjangan\nPencabutan")
                        .session(admin).with(csrf()))
                .andExpect(status().is3xxRedirection()).andExpect(flash().attribute("flash", "Kolom \"Jenis permohonan\" disimpan."));
        assertThat(draftKeys()).containsExactly("ktp", "nama", "jenis-izin", "jumlah");

        var confirm = page(builder + "/nama/hapus");
        assertThat(confirm.selectFirst("form[action$=/nama/hapus] #confirm-remove")).isNotNull();
        mvc.perform(post(builder + "/nama/hapus").session(admin).with(csrf())).andExpect(status().is3xxRedirection())
                .andExpect(flash().attribute("flash", "Kolom \"Nama pemohon\" dihapus."));
        assertThat(draftKeys()).containsExactly("ktp", "jenis-izin", "jumlah");
        assertThat(page(builder).select("#kolom-jenis-izin .field-options").text()).contains("Baru; Perpanjangan; Pencabutan");
    }

    @Test
    void aBadDefinitionComesBackWith400AndTheMessageNextToItsInputAndNothingIsSaved() throws Exception {
        standards.draft(admin, code, "1/2026", Map.of());
        add("nama", "SHORT_TEXT", "Nama").andExpect(status().is3xxRedirection());

        assertNextTo(add("nama", "LONG_TEXT", "Nama lagi"), "key", "sudah dipakai kolom lain");
        assertNextTo(add("jenis", "CHOICE", "Jenis"), "options", "paling sedikit satu pilihan");
        assertNextTo(add("jumlah", "NUMBER", "Jumlah", "minimum", "5", "maximum", "2"), "maximum", "tidak boleh lebih kecil dari minimum");
        assertNextTo(add("ktp", "DOCUMENT", "KTP"), "documentTypes", "paling sedikit satu jenis berkas");
        assertNextTo(add("Kunci Salah", "SHORT_TEXT", "Label"), "key", "huruf kecil");
        assertNextTo(add("tanpa-label", "SHORT_TEXT", ""), "label", "Label wajib diisi");
        assertNextTo(add("angka", "NUMBER", "Angka", "minimum", "satu"), "minimum", "bilangan bulat");
        assertNextTo(add("tanggal", "DATE", "Tanggal", "maximum", "3"), "maximum", "tidak memakai minimum dan maksimum");

        var page = Jsoup.parse(add("jenis", "CHOICE", "Jenis pilihan").andReturn().getResponse().getContentAsString());
        // what was typed comes back
        assertThat(page.selectFirst("#field-key").val()).isEqualTo("jenis");
        assertThat(page.selectFirst("#field-label").val()).isEqualTo("Jenis pilihan");
        assertThat(draftKeys()).containsExactly("nama");

        // the edit page refuses the same way
        var edit = mvc.perform(field(post(builder + "/nama/ubah"), "nama", "MULTI_CHOICE", "Nama", "options", "A\nA").session(admin).with(csrf()))
                .andExpect(status().isBadRequest())
                .andReturn().getResponse().getContentAsString();
        assertThat(Jsoup.parse(edit).selectFirst("#field-options-error").text()).contains("harus berbeda");
        assertThat(draftKeys()).containsExactly("nama");
    }

    @Test
    void aFieldThatIsGoneMeanwhileGivesAClearMessageNotAnError() throws Exception {
        standards.draft(admin, code, "1/2026", Map.of());
        add("nama", "SHORT_TEXT", "Nama").andExpect(status().is3xxRedirection());
        String gone = "Kolom itu sudah tidak ada pada formulir draf";

        for (var request : List.of(post(builder + "/hilang/pindah").param("step", "1"), post(builder + "/hilang/hapus"),
                field(post(builder + "/hilang/ubah"), "hilang", "SHORT_TEXT", "Hilang"), get(builder + "/hilang/ubah"), get(builder + "/hilang/hapus"))) {
            var flashError = (String) mvc.perform(request.session(admin).with(csrf())).andExpect(status().is3xxRedirection())
                    .andExpect(redirectedUrl(builder)).andReturn().getFlashMap().get("flashError");
            assertThat(flashError).startsWith(gone);
        }
        assertThat(draftKeys()).containsExactly("nama");
    }

    @Test
    void withoutADraftThePageSaysSoAndOffersToStartOne() throws Exception {
        var page = page(builder);
        assertThat(page.selectFirst("#no-draft").text()).contains("belum memiliki draf");
        assertThat(page.selectFirst("#no-draft form").attr("action")).isEqualTo("/admin/standar/" + code + "/draf/mulai");
        assertThat(page.selectFirst("#field-form")).isNull();
        mvc.perform(get(builder + "/pratinjau").session(admin)).andExpect(status().isOk());
        add("nama", "SHORT_TEXT", "Nama").andExpect(status().isConflict());
    }

    @Test
    void onlyAdminsReachTheBuilder() throws Exception {
        standards.draft(admin, code, "1/2026", Map.of());
        add("nama", "SHORT_TEXT", "Nama").andExpect(status().is3xxRedirection());
        for (var account : List.of(people.anAgent(), people.aRequester())) {
            var session = people.login(mvc, account);
            for (var request : List.of(get(builder), get(builder + "/pratinjau"), get(builder + "/nama/ubah"), get(builder + "/nama/hapus"),
                    field(post(builder), "lain", "SHORT_TEXT", "Lain"), field(post(builder + "/nama/ubah"), "nama", "SHORT_TEXT", "Diubah"),
                    post(builder + "/nama/pindah").param("step", "1"), post(builder + "/nama/hapus"))) {
                mvc.perform(request.session(session).with(csrf())).andExpect(status().isForbidden());
            }
        }
        assertThat(draftKeys()).containsExactly("nama");
        assertThat(page(builder).select("#kolom-nama .field-label").text()).isEqualTo("Nama");
    }

    @Test
    void thePreviewShowsEveryKindAsTheRequesterWillSeeIt() throws Exception {
        standards.draft(admin, code, "1/2026", Map.of());
        add("nama", "SHORT_TEXT", "Nama", "required", "true", "help", "Sesuai KTP").andExpect(status().is3xxRedirection());
        add("alasan", "LONG_TEXT", "Alasan").andExpect(status().is3xxRedirection());
        add("jumlah", "NUMBER", "Jumlah", "minimum", "1", "maximum", "9").andExpect(status().is3xxRedirection());
        add("mulai", "DATE", "Tanggal mulai").andExpect(status().is3xxRedirection());
        add("jenis", "CHOICE", "Jenis", "options", "Baru\nPerpanjangan").andExpect(status().is3xxRedirection());
        add("hari", "MULTI_CHOICE", "Hari", "options", "Senin\nSelasa\nRabu").andExpect(status().is3xxRedirection());
        add("opd", "UNIT", "OPD tujuan").andExpect(status().is3xxRedirection());
        add("nik", "NIK", "NIK").andExpect(status().is3xxRedirection());
        add("surel", "EMAIL", "E-mail").andExpect(status().is3xxRedirection());
        add("telepon", "PHONE", "Telepon").andExpect(status().is3xxRedirection());
        add("surat", "LETTER", "Surat pengantar").andExpect(status().is3xxRedirection());
        add("ktp", "DOCUMENT", "KTP", "documentTypes", "PDF", "documentTypes", "IMAGE", "maximum", "2").andExpect(status().is3xxRedirection());
        add("akta", "DOCUMENT", "Akta", "documentTypes", "PDF").andExpect(status().is3xxRedirection());

        var page = page(builder + "/pratinjau");
        var form = page.selectFirst("#form-preview");
        assertThat(page.selectFirst("#preview-note").text()).startsWith("Pratinjau — formulir tidak dikirim");
        assertThat(page.select("main form")).isEmpty();
        assertThat(form.select("button").attr("type")).isEqualTo("button");
        assertThat(form.select("button").hasAttr("disabled")).isTrue();

        var nama = form.selectFirst("input[name=f.nama]");
        assertThat(nama.attr("type")).isEqualTo("text");
        assertThat(nama.hasAttr("required")).isTrue();
        assertThat(nama.attr("aria-describedby")).isEqualTo("f-nama-help");
        assertThat(form.selectFirst("#f-nama-help").text()).isEqualTo("Sesuai KTP");
        assertThat(form.selectFirst("label[for=f-nama]").text()).isEqualTo("Nama (wajib)");
        assertThat(form.selectFirst("label[for=f-alasan]").text()).isEqualTo("Alasan");
        assertThat(form.selectFirst("textarea[name=f.alasan]")).isNotNull();
        var jumlah = form.selectFirst("input[name=f.jumlah]");
        assertThat(jumlah.attr("type")).isEqualTo("number");
        assertThat(jumlah.attr("min")).isEqualTo("1");
        assertThat(jumlah.attr("max")).isEqualTo("9");
        assertThat(form.selectFirst("input[name=f.mulai]").attr("type")).isEqualTo("date");
        assertThat(form.select("select[name=f.jenis] option").eachAttr("value")).containsExactly("", "Baru", "Perpanjangan");
        assertThat(form.select("input[name=f.hari][type=checkbox]").eachAttr("value")).containsExactly("Senin", "Selasa", "Rabu");
        assertThat(form.select("fieldset:has(input[name=f.hari]) legend").text()).isEqualTo("Hari");
        var units = directory.units().stream().map(u -> u.id().value().toString()).toList();
        assertThat(form.select("select[name=f.opd] option").eachAttr("value")).hasSize(units.size() + 1).containsAll(units);
        assertThat(form.selectFirst("input[name=f.nik]").attr("inputmode")).isEqualTo("numeric");
        assertThat(form.selectFirst("input[name=f.surel]").attr("type")).isEqualTo("email");
        assertThat(form.selectFirst("input[name=f.telepon]").attr("type")).isEqualTo("tel");
        assertThat(form.selectFirst("input[name=f.surat.number]").attr("type")).isEqualTo("text");
        assertThat(form.selectFirst("input[name=f.surat.date]").attr("type")).isEqualTo("date");
        var ktp = form.selectFirst("input[name=doc.ktp]");
        assertThat(ktp.attr("type")).isEqualTo("file");
        assertThat(ktp.attr("accept")).isEqualTo(".pdf,.jpg,.jpeg,.png");
        assertThat(ktp.hasAttr("multiple")).isTrue();
        assertThat(ktp.attr("aria-describedby")).isEqualTo("f-ktp-types");
        var akta = form.selectFirst("input[name=doc.akta]");
        assertThat(akta.attr("accept")).isEqualTo(".pdf");
        assertThat(akta.hasAttr("multiple")).isFalse();
        // every input has a label
        for (var input : form.select("input, select, textarea")) {
            assertThat(form.select("label[for=" + input.id() + "]")).as(input.id()).hasSize(1);
        }
    }

    @Test
    void aPublishedFormNoLongerChangesAndTheNextDraftStartsWithACopy() throws Exception {
        standards.draft(admin, code, "1/2026", Map.of());
        add("nama", "SHORT_TEXT", "Nama pemohon", "required", "true").andExpect(status().is3xxRedirection());
        add("ktp", "DOCUMENT", "Kartu Tanda Penduduk", "documentTypes", "PDF", "required", "true").andExpect(status().is3xxRedirection());
        add("catatan", "LONG_TEXT", "Catatan").andExpect(status().is3xxRedirection());
        publishDraft();

        add("lain", "SHORT_TEXT", "Lain").andExpect(status().isConflict());
        mvc.perform(post(builder + "/nama/hapus").session(admin).with(csrf())).andExpect(status().isConflict());
        mvc.perform(post(builder + "/nama/pindah").session(admin).with(csrf()).param("step", "1")).andExpect(status().isConflict());
        assertThat(keysOf(1)).containsExactly("nama", "ktp", "catatan");

        standards.draft(admin, code, "2/2026", Map.of());
        assertThat(draftKeys()).containsExactly("nama", "ktp", "catatan");
        mvc.perform(post(builder + "/catatan/hapus").session(admin).with(csrf())).andExpect(status().is3xxRedirection());
        assertThat(draftKeys()).containsExactly("nama", "ktp");
        assertThat(keysOf(1)).containsExactly("nama", "ktp", "catatan");
    }

    @Test
    void thePublicStandardPageListsWhatTheFormAsks() throws Exception {
        standards.draft(admin, code, "1/2026", Map.of("persyaratan", "Syarat dari kantor"));
        add("nama", "SHORT_TEXT", "Nama pemohon", "required", "true").andExpect(status().is3xxRedirection());
        add("catatan", "LONG_TEXT", "Catatan").andExpect(status().is3xxRedirection());
        add("ktp", "DOCUMENT", "Kartu Tanda Penduduk", "documentTypes", "PDF", "documentTypes", "IMAGE", "required", "true")
                .andExpect(status().is3xxRedirection());
        publishDraft();

        for (String path : List.of("/layanan/" + code + "/standar", "/layanan/" + code)) {
            var page = Jsoup.parse(mvc.perform(get(path)).andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
            var persyaratan = page.selectFirst("#komponen-persyaratan").nextElementSibling();
            assertThat(persyaratan.text()).contains("Syarat dari kantor").contains("Yang diisi pada formulir").contains("Dokumen yang dilampirkan");
            assertThat(persyaratan.select("#form-summary-inputs li").eachText()).containsExactly("Nama pemohon (wajib)", "Catatan (tidak wajib)");
            assertThat(persyaratan.select("#form-summary-documents li").eachText()).containsExactly("Kartu Tanda Penduduk (PDF, gambar (JPG, PNG))");
        }
    }

    @Test
    void aStandardWithoutFormFieldsShowsNoFormList() throws Exception {
        standards.publish(admin, code, "1/2026", Map.of("persyaratan", "Syarat dari kantor"), today);
        var page = Jsoup.parse(mvc.perform(get("/layanan/{code}/standar", code)).andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
        assertThat(page.select(".standard-form-summary")).isEmpty();
    }

    private void publishDraft() throws Exception {
        long version = jdbc.sql("SELECT v.version FROM standard_versions v JOIN service_offerings s ON s.id = v.service_id WHERE s.code = ? AND v.status = 'DRAFT'")
                .param(code).query(Long.class).single();
        mvc.perform(post("/admin/standar/{code}/terbit", code).session(admin).with(csrf())
                .param("version", Long.toString(version)).param("effectiveDate", today.toString())).andExpect(status().is3xxRedirection());
    }

    private ResultActions add(String key, String kind, String label, String... more) throws Exception {
        return mvc.perform(field(post(builder), key, kind, label, more).session(admin).with(csrf()));
    }

    private static MockHttpServletRequestBuilder field(MockHttpServletRequestBuilder request, String key, String kind, String label, String... more) {
        request.param("key", key).param("kind", kind).param("label", label);
        for (int i = 0; i < more.length; i += 2) {
            request.param(more[i], more[i + 1]);
        }
        return request;
    }

    private void assertNextTo(ResultActions result, String input, String message) throws Exception {
        var page = Jsoup.parse(result.andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString());
        var error = page.selectFirst("#field-" + input + "-error");
        assertThat(error).as("message next to " + input).isNotNull();
        assertThat(error.text()).contains(message);
        var control = page.selectFirst("#field-" + input);
        if (control != null) {
            assertThat(control.hasClass("is-invalid")).isTrue();
            assertThat(control.attr("aria-invalid")).isEqualTo("true");
            assertThat(control.attr("aria-describedby")).contains("field-" + input + "-error");
        }
    }

    private Document page(String path) throws Exception {
        return Jsoup.parse(mvc.perform(get(path).session(admin)).andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
    }

    private List<String> draftKeys() {
        return jdbc.sql("""
                        SELECT f.field_key FROM standard_form_fields f JOIN standard_versions v ON v.id = f.version_id
                        JOIN service_offerings s ON s.id = v.service_id WHERE s.code = ? AND v.status = 'DRAFT' ORDER BY f.position""")
                .param(code).query(String.class).list();
    }

    private List<String> keysOf(int number) {
        return jdbc.sql("""
                        SELECT f.field_key FROM standard_form_fields f JOIN standard_versions v ON v.id = f.version_id
                        JOIN service_offerings s ON s.id = v.service_id WHERE s.code = ? AND v.number = ? ORDER BY f.position""")
                .param(code).param(number).query(String.class).list();
    }
}
