package id.simlayan.ticket;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import id.simlayan.catalog.ServiceOfferingView;
import id.simlayan.catalog.TicketKind;
import id.simlayan.identity.UnitId;
import id.simlayan.standard.DocumentType;
import id.simlayan.standard.FieldKind;
import id.simlayan.standard.FormAnswersRefused;
import id.simlayan.standard.FormField;
import id.simlayan.standard.FormInput;
import id.simlayan.standard.StandardFixtures;
import id.simlayan.standard.StandardVersionId;
import id.simlayan.ticket.internal.TicketIntake;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;

/**
 * The request form of a service's standard version on the submission page: answers are checked
 * on the server with a message next to each field, kept with the version they answer, and shown
 * to the requester and staff only. Nothing is saved on any error.
 */
class TicketRequestFormIntegrationTests extends TicketTestSupport {

    private static final String NIK = "3374011501900001";
    private static final String NAME_V1 = "Nama pemohon";
    private static final String NAME_V2 = "Nama lengkap pemohon";

    @Autowired
    ApplicationContext context;
    @Autowired
    TicketIntake intake;

    StandardFixtures standards;
    MockHttpSession admin;
    LocalDate today;
    UnitId unit;

    @BeforeEach
    void setUp() {
        standards = new StandardFixtures(context);
        admin = login(people.anAdmin());
        today = LocalDate.ofInstant(clock.instant(), ZoneId.of("Asia/Jakarta"));
        unit = people.aUnit();
    }

    @Test
    void anOldTicketKeepsTheFormAndAnswersOfVersionOneAndANewTicketThoseOfVersionTwo() throws Exception {
        String code = "uji-form-" + UUID.randomUUID().toString().substring(0, 8);
        mvc.perform(post("/admin/layanan").session(admin).with(csrf())
                        .param("code", code).param("name", "Izin Uji " + code).param("summary", "Ringkasan").param("description", "Uraian")
                        .param("kind", "REQUEST").param("ownerUnitId", unit.value().toString()).param("audience", "PUBLIC")
                        .param("channels", "WEB").param("active", "true"))
                .andExpect(status().is3xxRedirection());
        var service = catalog.findByCode(code).orElseThrow();
        standards.publishWithForm(admin, code, "200/1/2026", versionOneForm(), today);

        var requester = people.aRequester();
        var session = login(requester);
        mvc.perform(get("/tiket/baru/{code}", code).session(session)).andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString(NAME_V1), containsString("name=\"f.nik\""),
                        containsString("name=\"f.surat.number\""), containsString("name=\"doc.scan\""), containsString("accept=\".pdf\""))));
        var first = filed(session, service, validAnswers(service), pdfFor("scan", "surat-opd.pdf"));

        standards.publishWithForm(admin, code, "200/2/2026", versionTwoForm(), today);
        mvc.perform(get("/tiket/baru/{code}", code).session(session)).andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString(NAME_V2), containsString("name=\"f.lokasi\""))));
        var v2 = validAnswers(service);
        v2.put("f.lokasi", "Gedung B lantai 2");
        var second = filed(session, service, v2, pdfFor("scan", "surat-opd-2.pdf"));

        assertThat(standards.versionNumberOfTicket(first)).isEqualTo(1);
        assertThat(standards.versionNumberOfTicket(second)).isEqualTo(2);
        assertThat(answerKeys(first)).containsExactly("nama-pemohon", "nik", "email", "telepon", "jumlah", "tanggal-kejadian", "jenis",
                "perangkat", "unit", "surat", "scan");
        assertThat(answerKeys(second)).contains("lokasi");
        String unitName = directory.unit(unit).orElseThrow().name();
        mvc.perform(get("/lacak/" + first).session(session)).andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Isian formulir"), containsString(NAME_V1), not(containsString(NAME_V2)),
                        not(containsString("Gedung B")), containsString(NIK), containsString("pemohon@contoh.go.id"), containsString("+6281234567890"),
                        containsString("30 November 2026"), containsString("800/12/2026"), containsString(unitName),
                        containsString("<li>Komputer</li>"), containsString("<li>Router</li>"), containsString(">surat-opd.pdf</a>"),
                        containsString("href=\"/layanan/" + code + "/standar/1\""))));
        mvc.perform(get("/lacak/" + second).session(session)).andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString(NAME_V2), containsString("Gedung B lantai 2"), containsString(">surat-opd-2.pdf</a>"),
                        containsString("href=\"/layanan/" + code + "/standar/2\""))));
        // the document's link is the ordinary download route, open to the requester
        String page = mvc.perform(get("/lacak/" + first).session(session)).andReturn().getResponse().getContentAsString();
        var link = Pattern.compile("href=\"(/lampiran/[0-9a-f-]{36})\">surat-opd.pdf").matcher(page);
        assertThat(link.find()).isTrue();
        mvc.perform(get(link.group(1)).session(session)).andExpect(status().isOk());
        // shown under its answer, not again in the list of other attachments
        var html = org.jsoup.Jsoup.parse(page);
        assertThat(html.select("#form-answers a").eachText()).containsExactly("surat-opd.pdf");
        assertThat(html.select(".ticket-attachments a").eachText()).doesNotContain("surat-opd.pdf");
    }

    @Test
    void aMissingRequiredDocumentIsRefusedNextToItsFieldAndNothingIsSaved() throws Exception {
        var service = serviceWithForm();
        var session = login(people.aRequester());
        long[] before = counts();

        send(session, service, formVersionShown(session, service), validAnswers(service))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(allOf(containsString("id=\"f-scan-error\""), containsString("Dokumen wajib diunggah."),
                        containsString("value=\"" + NIK + "\""))));

        assertThat(counts()).containsExactly(before);
    }

    @Test
    void aDocumentOfTheWrongTypeIsRefusedNextToItsFieldAndNothingIsSaved() throws Exception {
        var service = serviceWithForm();
        var session = login(people.aRequester());
        long[] before = counts();
        var docx = new MockMultipartFile("doc.scan", "surat.docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                new byte[] {'P', 'K', 3, 4});

        send(session, service, formVersionShown(session, service), validAnswers(service), docx, png("bukti.png"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(allOf(containsString("id=\"f-scan-error\""), containsString("surat.docx tidak dapat diterima"),
                        containsString("pilih berkas lagi"))));

        assertThat(counts()).containsExactly(before);
    }

    @Test
    void aDocumentWhoseContentTheStorageRefusesIsReportedAtItsFieldAndNoFileRowIsKept() throws Exception {
        var service = serviceWithForm();
        var session = login(people.aRequester());
        long[] before = counts();
        // a valid general attachment is stored first; the refused document after it must take it back
        var fakePdf = new MockMultipartFile("doc.scan", "surat.pdf", "application/pdf", "MZ bukan pdf".getBytes());

        send(session, service, formVersionShown(session, service), validAnswers(service), fakePdf, png("bukti.png"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("id=\"f-scan-error\"")));

        assertThat(counts()).containsExactly(before);
    }

    @Test
    void invalidNikEmailPhoneAndNumberAreShownNextToTheirFieldsAndTheOtherAnswersAreRefilled() throws Exception {
        var service = serviceWithForm();
        var session = login(people.aRequester());
        long[] before = counts();
        var answers = validAnswers(service);
        answers.put("f.nik", "12345");
        answers.put("f.email", "bukan-email");
        answers.put("f.telepon", "12");
        answers.put("f.jumlah", "dua");

        send(session, service, formVersionShown(session, service), answers, pdfFor("scan", "surat.pdf"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(allOf(
                        containsString("id=\"f-nik-error\""), containsString("NIK harus 16 angka."),
                        containsString("id=\"f-email-error\""), containsString("Alamat e-mail tidak valid."),
                        containsString("id=\"f-telepon-error\""), containsString("Nomor telepon tidak valid."),
                        containsString("id=\"f-jumlah-error\""), containsString("Isi dengan angka"),
                        not(containsString("id=\"f-nama-pemohon-error\"")),
                        containsString("value=\"Siti Aminah\""), containsString("value=\"800/12/2026\""), containsString("value=\"2026-11-30\""),
                        containsString("value=\"bukan-email\""), containsString("pilih berkas lagi"))));

        assertThat(counts()).containsExactly(before);
    }

    @Test
    void aBlankSubjectAndAFormProblemAreShownTogether() throws Exception {
        var service = serviceWithForm();
        var session = login(people.aRequester());
        var answers = validAnswers(service);
        answers.put("subject", "");
        answers.put("f.nik", "");

        String page = send(session, service, formVersionShown(session, service), answers, pdfFor("scan", "surat.pdf"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(allOf(containsString("id=\"f-nik-error\""), containsString("Wajib diisi."))))
                .andReturn().getResponse().getContentAsString();
        assertThat(page).containsPattern("<input id=\"subject\"[^>]*is-invalid");
    }

    @Test
    void aFormAnsweredUnderAnOlderVersionIsShownAgainInItsNewVersionWithAMessage() throws Exception {
        var service = serviceWithForm();
        var session = login(people.aRequester());
        String shown = formVersionShown(session, service);
        standards.publishWithForm(admin, service.code(), "300/2/2026", versionTwoForm(), today);
        long[] before = counts();

        send(session, service, shown, validAnswers(service), pdfFor("scan", "surat.pdf"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(allOf(containsString("Formulir layanan ini baru saja diperbarui; periksa lagi isian Anda."),
                        containsString(NAME_V2), containsString("name=\"f.lokasi\""), containsString("value=\"Siti Aminah\""),
                        not(containsString("value=\"" + shown + "\"")))));
        // without any version posted the page cannot tell which form was filled in
        send(session, service, null, validAnswers(service), pdfFor("scan", "surat.pdf"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("baru saja diperbarui")));

        assertThat(counts()).containsExactly(before);
    }

    @Test
    void theIntakeItselfRefusesAnswersThatFailTheForm() throws Exception {
        var service = serviceWithForm();
        var requester = people.aRequester();
        long[] before = counts();
        var version = new StandardVersionId(UUID.fromString(formVersionShown(login(requester), service)));
        var input = new FormInput(Map.of("nama-pemohon", List.of("Siti")), Map.of());

        assertThatThrownBy(() -> intake.submit(TicketFixtures.asRequester(requester), new TicketIntake.Submission(service.code(),
                service.categories().getFirst().id().value(), "Lewat API", "Uraian", List.of(), version, input, Map.of())))
                .isInstanceOfSatisfying(FormAnswersRefused.class, e -> assertThat(e.problems()).containsKeys("nik", "surat", "scan"));

        assertThat(counts()).containsExactly(before);
    }

    @Test
    void answersAreForThoseWhoMaySeeTheTicketOnlyAndAreEscaped() throws Exception {
        var service = serviceWithForm();
        var requester = people.aRequester();
        var session = login(requester);
        var answers = validAnswers(service);
        answers.put("f.nama-pemohon", "<script>alert('x')</script>");
        var id = filed(session, service, answers, pdfFor("scan", "surat.pdf"));

        mvc.perform(get("/lacak/" + id).session(session)).andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;"),
                        not(containsString("<script>alert(")))));
        mvc.perform(get("/lacak/" + id).session(login(people.aRequester()))).andExpect(status().isNotFound());
        var agent = login(people.anAgent());
        mvc.perform(get("/petugas/tiket/" + id).session(agent)).andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Isian formulir"), containsString(NIK), containsString(">surat.pdf</a>"),
                        not(containsString("<script>alert(")))));
        // the queue lists tickets, never their answers
        mvc.perform(get("/petugas/antrean").session(agent)).andExpect(status().isOk())
                .andExpect(content().string(not(containsString(NIK))));
        // a technician of an unrelated unit does not see the ticket at all
        mvc.perform(get("/petugas/tiket/" + id).session(login(people.aTechnician(people.aUnit())))).andExpect(status().isNotFound());
    }

    // --- helpers ------------------------------------------------------------------------

    private ServiceOfferingView serviceWithForm() throws Exception {
        var service = aService(TicketKind.REQUEST);
        standards.publishWithForm(admin, service.code(), "300/1/2026", versionOneForm(), today);
        return service;
    }

    private static List<FormField> versionOneForm() {
        return List.of(
                FormField.simple("nama-pemohon", FieldKind.SHORT_TEXT, NAME_V1, null, null, null, true),
                FormField.simple("nik", FieldKind.NIK, "NIK", null, "16 angka sesuai KTP", null, true),
                FormField.simple("email", FieldKind.EMAIL, "E-mail", null, null, null, false),
                FormField.simple("telepon", FieldKind.PHONE, "Telepon", null, null, null, false),
                new FormField("jumlah", FieldKind.NUMBER, "Jumlah perangkat", null, null, null, false, 1L, 10L, List.of(), List.of(), Set.of()),
                FormField.simple("tanggal-kejadian", FieldKind.DATE, "Tanggal kejadian", null, null, null, true),
                new FormField("jenis", FieldKind.CHOICE, "Jenis gangguan", null, null, null, true, null, null, List.of("Jaringan", "Aplikasi"),
                        List.of(), Set.of()),
                new FormField("perangkat", FieldKind.MULTI_CHOICE, "Perangkat terdampak", null, null, null, false, null, null,
                        List.of("Komputer", "Printer", "Router"), List.of(), Set.of()),
                FormField.simple("unit", FieldKind.UNIT, "OPD pelapor", null, null, null, true),
                FormField.simple("surat", FieldKind.LETTER, "Surat pemberitahuan", null, null, null, true),
                new FormField("scan", FieldKind.DOCUMENT, "Surat pemberitahuan gangguan dari OPD", null, null, null, true, null, null, List.of(),
                        List.of(), Set.of(DocumentType.PDF)));
    }

    /** Version 2 renames a field and adds a required one. */
    private static List<FormField> versionTwoForm() {
        var fields = new java.util.ArrayList<>(versionOneForm());
        fields.set(0, FormField.simple("nama-pemohon", FieldKind.SHORT_TEXT, NAME_V2, null, null, null, true));
        fields.add(1, FormField.simple("lokasi", FieldKind.SHORT_TEXT, "Lokasi", null, null, null, true));
        return fields;
    }

    /** Subject, description, category and valid answers of version one, as the browser posts them. */
    private Map<String, String> validAnswers(ServiceOfferingView service) {
        var params = new java.util.LinkedHashMap<String, String>();
        params.put("subject", "Jaringan kantor putus");
        params.put("description", "Sejak pagi jaringan di kantor kami putus.");
        if (!service.categories().isEmpty()) {
            params.put("categoryId", service.categories().getFirst().id().value().toString());
        }
        params.put("f.nama-pemohon", "Siti Aminah");
        params.put("f.nik", NIK);
        params.put("f.email", "Pemohon@Contoh.go.id");
        params.put("f.telepon", "0812-3456-7890");
        params.put("f.jumlah", "3");
        params.put("f.tanggal-kejadian", "2026-11-30");
        params.put("f.jenis", "Jaringan");
        params.put("f.unit", unit.value().toString());
        params.put("f.surat.number", "800/12/2026");
        params.put("f.surat.date", today.minusDays(2).toString());
        return params;
    }

    private ResultActions send(MockHttpSession session, ServiceOfferingView service, String formVersion, Map<String, String> params,
                               MockMultipartFile... files) throws Exception {
        MockMultipartHttpServletRequestBuilder request = multipart("/tiket/baru/{code}", service.code());
        request.session(session).with(csrf());
        params.forEach(request::param);
        if (params.containsKey("f.jenis")) {
            request.param("f.perangkat", "Komputer", "Router");
        }
        if (formVersion != null) {
            request.param("formVersion", formVersion);
        }
        for (var file : files) {
            request.file(file);
        }
        return mvc.perform(request);
    }

    private UUID filed(MockHttpSession session, ServiceOfferingView service, Map<String, String> params, MockMultipartFile... files)
            throws Exception {
        String location = send(session, service, formVersionShown(session, service), params, files)
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        assertThat(location).startsWith("/lacak/");
        return UUID.fromString(location.substring("/lacak/".length()));
    }

    private List<String> answerKeys(UUID ticket) {
        return jdbc.sql("SELECT field_key FROM ticket_form_answers WHERE ticket_id = :id ORDER BY position").param("id", ticket)
                .query(String.class).list();
    }

    /** Tickets, answers, attachment links and stored files: a refused submission adds to none. */
    private long[] counts() {
        return new long[] {rows("tickets"), rows("ticket_form_answers"), rows("ticket_attachments"), rows("stored_files")};
    }
}
