package id.simlayan.standard.internal;

import id.simlayan.catalog.ServiceCatalog;
import id.simlayan.platform.DateDisplay;
import id.simlayan.standard.DocumentType;
import id.simlayan.standard.FieldKind;
import id.simlayan.standard.FormField;
import id.simlayan.standard.internal.StandardEditing.DraftContent;
import id.simlayan.standard.internal.StandardVersion.Decree;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The demo standards, behind {@code simlayan.demo.enabled}: seeds 001 (SP4N-LAPOR!), 002
 * (Service Desk, decree 487.22/581) and 004 (Batik.Net) with their wording and labels as
 * printed (HTML turned into Markdown lists), and short generic standards, marked as examples,
 * for the other demo services (no decree, no legal bases: none is known). Runs after the
 * catalog (20) and SLA (25) demo data, before the tickets (30), so demo tickets keep a version.
 * Each standard gets a request form made of its "Persyaratan" (set on the draft before publishing:
 * a published form never changes), and the five services of the seed procedures their workflow
 * ({@link #WORKFLOWS}). Idempotent: a service whose standard already has a "Persyaratan" text is
 * skipped (the version 1 that migration V1101 derives from a description leaves it empty), unless
 * no version of it ever had its form or workflow and it has no draft: a database seeded before
 * request forms or workflows then gets one more version, the same text with both.
 */
@Component
@Order(27)
@ConditionalOnProperty(name = "simlayan.demo.enabled", havingValue = "true")
class StandardDemoData implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(StandardDemoData.class);

    private record Demo(Decree decree, List<String> legalBases, LocalDate effective, Map<String, String> labels, Map<String, String> bodies) {
    }

    /** The procedure of each demo service after its seed; the others follow the general procedure. */
    static final Map<String, String> WORKFLOWS = Map.of(
            "sp4n-lapor", "sp4n-lapor",
            "service-desk-egov", "service-desk",
            "help-desk-ti", "help-desk",
            "gangguan-batiknet", "batiknet-gangguan",
            "permohonan-informasi-publik", "informasi-publik");

    private static final String PEKALONGAN_COMPLAINTS = """
            1. Pengaduan tak langsung:
               - Telepon: (0285) 421243; (0285) 420223
               - Website: http://kominfo.pekalongankota.go.id
            2. Pengaduan langsung kepada petugas di Dinas Komunikasi dan Informatika Kota Pekalongan.""";

    private final ServiceCatalog catalog;
    private final StandardEditing standards;
    private final FormDrafting drafting;
    private final FormStore forms;
    private final WorkflowDrafting workflows;
    private final Clock clock;
    private final DateDisplay dates;

    StandardDemoData(ServiceCatalog catalog, StandardEditing standards, FormDrafting drafting, FormStore forms, WorkflowDrafting workflows,
                     Clock clock, DateDisplay dates) {
        this.catalog = catalog;
        this.workflows = workflows;
        this.standards = standards;
        this.drafting = drafting;
        this.forms = forms;
        this.clock = clock;
        this.dates = dates;
    }

    @Override
    public void run(ApplicationArguments args) {
        var today = LocalDate.ofInstant(clock.instant(), dates.zone());
        var demoForms = forms();
        demos(today).forEach((code, demo) -> catalog.findByCode(code).ifPresent(service -> {
            var versions = standards.versions(service.id());
            boolean written = versions.stream()
                    .anyMatch(v -> v.components().stream().anyMatch(c -> c.key().equals("persyaratan") && !c.body().isBlank()));
            var form = demoForms.getOrDefault(code, List.of());
            boolean formed = form.isEmpty() || versions.stream().anyMatch(v -> !forms.formOf(v.id()).isEmpty());
            String workflow = WORKFLOWS.get(code);
            boolean flowed = workflow == null || versions.stream().anyMatch(v -> workflows.of(v.id()).own());
            boolean hasDraft = versions.stream().anyMatch(StandardVersion::isDraft);
            if (written && (hasDraft || (formed && flowed))) {
                return;
            }
            log.info("Demo data: service standard of {}{}", code, written ? " (again, with its request form and workflow)" : "");
            var draft = standards.startDraft(service.id());
            standards.edit(service.id(), draft.rowVersion(), new DraftContent(demo.decree(), demo.legalBases(), demo.bodies(), demo.labels()));
            drafting.replace(service.id(), form);
            if (workflow != null) {
                workflows.adopt(service.id(), workflow, null);
            }
            var saved = standards.draft(service.id()).orElseThrow();
            // never before the previous version (V1101 dates version 1 at the service's creation)
            var previous = standards.versions(service.id()).stream().filter(v -> !v.isDraft()).findFirst().map(StandardVersion::effectiveDate);
            var effective = previous.filter(p -> p.isAfter(demo.effective())).orElse(demo.effective());
            standards.publish(service.id(), saved.rowVersion(), effective, null);
        }));
    }

    /**
     * The request form of each demo standard, made only of what its "Persyaratan" asks for (the
     * subject and description every ticket has are not repeated); the category lists of the
     * catalog already carry the kind of problem.
     */
    static Map<String, List<FormField>> forms() {
        Map<String, List<FormField>> forms = new LinkedHashMap<>();
        // seed 001: "dilampirkan dengan identitas lengkap pelapor dan kronologi kejadian"
        forms.put("sp4n-lapor", List.of(
                FormField.simple("nik", FieldKind.NIK, "NIK pelapor", "Reporter's NIK", "Identitas pelapor sesuai KTP.",
                        "The reporter's identity as on the KTP.", true),
                text("kronologi", FieldKind.LONG_TEXT, "Kronologi kejadian", "Chronology of events",
                        "Urutan kejadian: kapan, di mana dan apa yang terjadi.", "What happened, when and where, in order.", true, 2_000L)));
        // seed 002: written requests about one of the applications named as "Produk pelayanan"
        forms.put("service-desk-egov", List.of(
                new FormField("aplikasi", FieldKind.CHOICE, "Aplikasi", "Application", null, null, true, null, null,
                        List.of("e-Planning", "e-Budgeting", "e-Penatausahaan", "e-Controlling", "LaporanGub", "Tatapraja",
                                "Website Pemerintah Provinsi Jawa Tengah (jatengprov.go.id)"),
                        List.of("e-Planning", "e-Budgeting", "e-Penatausahaan", "e-Controlling", "LaporanGub", "Tatapraja",
                                "Central Java Provincial Government website (jatengprov.go.id)"), Set.of()),
                FormField.simple("whatsapp", FieldKind.PHONE, "Nomor WhatsApp", "WhatsApp number",
                        "Bila ingin ditanggapi juga melalui WhatsApp.", "If you also want replies by WhatsApp.", false)));
        // seed 004: "Adanya gangguan jaringan Batik.Net di Internal OPD" and "Surat pemberitahuan gangguan jaringan Batiknet dari OPD"
        forms.put("gangguan-batiknet", List.of(
                FormField.simple("opd", FieldKind.UNIT, "Unit/OPD yang mengalami gangguan", "Unit with the outage", null, null, true),
                FormField.simple("surat", FieldKind.LETTER, "Nomor dan tanggal surat pemberitahuan", "Number and date of the notification letter",
                        null, null, true),
                document("surat-pemberitahuan", "Surat pemberitahuan gangguan dari OPD", "Outage notification letter from the unit",
                        "Hasil pindai atau foto surat, PDF atau gambar.", "A scan or photo of the letter, PDF or image.", true, null,
                        DocumentType.PDF, DocumentType.IMAGE),
                text("lokasi", FieldKind.SHORT_TEXT, "Lokasi gangguan", "Location of the outage", "Gedung, lantai atau ruang.",
                        "Building, floor or room.", false, null),
                FormField.simple("kontak", FieldKind.PHONE, "Telepon yang dapat dihubungi", "Contact phone", null, null, false)));
        // seed 003: outages "pada kantor pengguna", reported by e-mail, WhatsApp, telephone or in person
        forms.put("help-desk-ti", List.of(
                FormField.simple("opd", FieldKind.UNIT, "Unit/OPD pengguna", "User's unit", null, null, true),
                text("lokasi", FieldKind.SHORT_TEXT, "Lokasi", "Location", "Gedung, lantai atau ruang.", "Building, floor or room.", false, null),
                FormField.simple("kontak", FieldKind.PHONE, "Telepon yang dapat dihubungi", "Contact phone", null, null, false)));
        // the four items the demo standard lists (after Perki 1/2021: how to obtain and how to send the information)
        forms.put("permohonan-informasi-publik", List.of(
                text("rincian", FieldKind.LONG_TEXT, "Rincian informasi yang dibutuhkan", "Information requested", null, null, true, 2_000L),
                text("tujuan", FieldKind.LONG_TEXT, "Tujuan penggunaan informasi", "Purpose of use", null, null, true, 1_000L),
                new FormField("cara-memperoleh", FieldKind.CHOICE, "Cara memperoleh informasi", "How to obtain the information", null, null, true,
                        null, null, List.of("Melihat/membaca/mendengarkan/mencatat", "Mendapatkan salinan informasi (softcopy/hardcopy)"),
                        List.of("Viewing/reading/listening/taking notes", "Receiving a copy (softcopy/hardcopy)"), Set.of()),
                new FormField("cara-pengiriman", FieldKind.CHOICE, "Cara pengiriman informasi", "How to send the information", null, null, true,
                        null, null, List.of("Mengambil langsung", "Kurir", "Pos", "Faksimili", "E-mail"),
                        List.of("Collect in person", "Courier", "Post", "Fax", "E-mail"), Set.of())));
        // "Surat permohonan dari OPD, nama subdomain yang diminta dan penanggung jawab teknis"
        forms.put("domain-hosting", List.of(
                FormField.simple("opd", FieldKind.UNIT, "OPD pemohon", "Requesting unit", null, null, true),
                text("subdomain", FieldKind.SHORT_TEXT, "Nama subdomain", "Subdomain", "Misalnya layanan.pekalongankota.go.id.",
                        "For example layanan.pekalongankota.go.id.", true, 100L),
                FormField.simple("surat", FieldKind.LETTER, "Nomor dan tanggal surat permohonan", "Number and date of the request letter", null, null,
                        true),
                document("surat-permohonan", "Surat permohonan dari OPD", "Request letter from the unit", null, null, true, null, DocumentType.PDF),
                text("penanggung-jawab", FieldKind.SHORT_TEXT, "Nama penanggung jawab teknis", "Technical contact", null, null, true, 100L),
                FormField.simple("telepon-penanggung-jawab", FieldKind.PHONE, "Telepon penanggung jawab teknis", "Technical contact's phone", null,
                        null, false)));
        // "Surat rekomendasi dari atasan dan identitas pemohon (ASN Pemerintah Kota Pekalongan)"
        forms.put("sertifikat-elektronik", List.of(
                FormField.simple("nik", FieldKind.NIK, "NIK pemohon", "Applicant's NIK", null, null, true),
                FormField.simple("opd", FieldKind.UNIT, "Unit kerja pemohon", "Applicant's unit", null, null, true),
                document("surat-rekomendasi", "Surat rekomendasi dari atasan", "Recommendation letter from the superior", null, null, true, null,
                        DocumentType.PDF, DocumentType.IMAGE)));
        // "Bukti atau file pendukung (tangkapan layar, tautan)"; the category of the violation is the ticket's category
        forms.put("aduan-konten", List.of(
                text("tautan", FieldKind.SHORT_TEXT, "Tautan konten yang diadukan", "Link to the content", "Alamat (URL) tempat konten beredar.",
                        "The address (URL) where the content circulates.", true, null),
                document("tangkapan-layar", "Tangkapan layar atau file pendukung", "Screenshots or supporting files", "Paling banyak 3 berkas.",
                        "At most 3 files.", false, 3L, DocumentType.IMAGE, DocumentType.PDF)));
        return forms;
    }

    private static FormField text(String key, FieldKind kind, String label, String labelEn, String help, String helpEn, boolean required, Long max) {
        return new FormField(key, kind, label, labelEn, help, helpEn, required, null, max, List.of(), List.of(), Set.of());
    }

    private static FormField document(String key, String label, String labelEn, String help, String helpEn, boolean required, Long max,
                                      DocumentType... types) {
        return new FormField(key, FieldKind.DOCUMENT, label, labelEn, help, helpEn, required, null, max, List.of(), List.of(), Set.of(types));
    }

    private static Map<String, Demo> demos(LocalDate today) {
        Map<String, Demo> demos = new LinkedHashMap<>();
        demos.put("sp4n-lapor", seed001(today));
        demos.put("service-desk-egov", seed002());
        demos.put("gangguan-batiknet", seed004(today));
        demos.put("help-desk-ti", generic(today, "Laporan gangguan dari OPD melalui e-mail, WhatsApp, telepon atau datang langsung, dengan uraian masalahnya.",
                """
                1. OPD menyampaikan gangguan kepada admin help desk.
                2. Admin help desk menelaah apakah masalah dapat diselesaikan langsung.
                3. Bila tidak, masalah dikategorikan (aplikasi, infrastruktur, keamanan informasi) dan didelegasikan kepada teknisi.
                4. Masalah yang tidak dapat diselesaikan teknisi dilaporkan kepada pimpinan.""",
                "Sesuai jenis masalah, antara 30 menit (penggantian kata sandi) dan 1 minggu (penggantian perangkat).",
                "Penanganan gangguan sistem informasi, infrastruktur TIK dan keamanan informasi."));
        demos.put("permohonan-informasi-publik", generic(today,
                "Rincian informasi yang dibutuhkan, tujuan penggunaan, cara memperoleh dan cara pengiriman informasi.",
                """
                1. Pemohon mengajukan permohonan informasi publik.
                2. Pemohon menerima nomor pendaftaran.
                3. PPID menyampaikan pemberitahuan tertulis.""",
                "Pemberitahuan tertulis paling lambat 10 hari kerja, dapat diperpanjang paling lama 7 hari kerja dengan alasan tertulis.",
                "Informasi publik yang diminta atau pemberitahuan tertulis."));
        demos.put("domain-hosting", generic(today, "Surat permohonan dari OPD, nama subdomain yang diminta dan penanggung jawab teknis.",
                """
                1. OPD mengajukan permohonan subdomain, hosting, atau perubahan DNS.
                2. Tim infrastruktur memeriksa permohonan.
                3. Hasilnya diberitahukan melalui sistem.""",
                "Sesuai kebijakan waktu layanan yang berlaku di sistem.",
                "Subdomain pekalongankota.go.id, ruang hosting, atau catatan DNS yang diperbarui."));
        demos.put("sertifikat-elektronik", generic(today, "Surat rekomendasi dari atasan dan identitas pemohon (ASN Pemerintah Kota Pekalongan).",
                """
                1. ASN mengajukan penerbitan, pembaruan atau pencabutan sertifikat elektronik.
                2. Petugas persandian memeriksa kelengkapan permohonan.
                3. Sertifikat diterbitkan, diperbarui atau dicabut.""",
                "Sesuai kebijakan waktu layanan yang berlaku di sistem.",
                "Sertifikat elektronik (tanda tangan elektronik) yang terbit, diperbarui atau dicabut."));
        demos.put("aduan-konten", generic(today, "Bukti atau file pendukung (tangkapan layar, tautan) serta kategori pelanggaran konten yang dilaporkan.",
                """
                1. Pelapor menyampaikan aduan konten beserta buktinya.
                2. Admin memverifikasi aduan.
                3. Aduan yang memenuhi syarat dan terverifikasi ditindaklanjuti.""",
                "2x24 jam setelah aduan diterima dan diverifikasi.",
                "Tindak lanjut atas konten yang diadukan."));
        return demos;
    }

    /** A generic example standard: the service-delivery components only, taken from the demo catalog's description. */
    private static Demo generic(LocalDate today, String requirements, String procedure, String time, String product) {
        Map<String, String> bodies = new LinkedHashMap<>();
        bodies.put("persyaratan", requirements);
        bodies.put("prosedur", procedure);
        bodies.put("jangka-waktu", time);
        bodies.put("biaya", "Tidak dipungut biaya.");
        bodies.put("produk", product);
        bodies.put("pengaduan", PEKALONGAN_COMPLAINTS);
        bodies.put("jaminan-pelayanan", "*Contoh standar untuk data demo; belum ditetapkan dengan keputusan.*");
        return new Demo(Decree.NONE, List.of(), today, Map.of(), bodies);
    }

    /** Seed 001: Standar Pelayanan SP4N Lapor, Dinas Kominfo Kota Pekalongan (no decree number in the seed). */
    private static Demo seed001(LocalDate today) {
        var legalBases = List.of(
                "Undang-Undang Nomor 14 Tahun 2008 tentang Keterbukaan Informasi Publik",
                "Peraturan Pemerintah Nomor 61 Tahun 2010 tentang Pelaksanaan Undang-Undang Nomor 14 Tahun 2008 tentang Keterbukaan Informasi Publik",
                "Peraturan Menteri Dalam Negeri Nomor 3 Tahun 2017 Tentang Pelayanan Informasi dan Dokumentasi",
                "Peraturan Komisi Informasi Republik Indonesia Nomor 1 Tahun 2021 tentang Standar Layanan Informasi Publik",
                "Peraturan Daerah Kota Pekalongan Nomor 6 Tahun 2019 tentang Penyelenggaraan Pelayanan Publik",
                "Keputusan Walikota Pekalongan Nomor 555.05/081 Tahun 2021 Tentang Pejabat Pengelola Informasi dan Dokumentasi Kota Pekalongan dan "
                        + "Pejabat Pengelola Informasi dan Dokumentasi Pembantu Pada Perangkat Daerah Kota Pekalongan",
                "Undang-Undang Nomor 28 Tahun 1999 tentang Penyelenggaraan Negara yang Bersih dan Bebas Korupsi, Kolusi dan Nepotisme "
                        + "(Lembaran Negara Republik Indonesia Tahun 1999 Nomor 75, Tambahan Lembaran Negara Nomor 3871)",
                // the seed prints this entry with the next one pasted into its middle; separated again here
                "SK Walikota Pekalongan Nomor 555.05/0080 Tahun 2021 tentang Petugas Pengaduan, Petugas Administrator dan Pejabat Penghubung "
                        + "Penyelenggaraan Sistem Penanganan Pengaduan Online Rakyat (SP4N LAPOR!) Kota Pekalongan Tahun 2021",
                "SK Walikota Pekalongan Nomor 555.05/0079 Tahun 2021 Tentang Pembentukan Tim Pengelola Sistem Penanganan Pengaduan Online Rakyat "
                        + "(SP4N LAPOR!) Kota Pekalongan Pada Kegiatan Pengelolaan Informasi dan Komunikasi Publik Sub Kegegiatan Pengelolaan Media Komunikasi Publik");
        Map<String, String> labels = Map.of("prosedur", "Prosedur", "jangka-waktu", "Waktu Pelayanan", "biaya", "Biaya Pelayanan",
                "pengaduan", "Pengelolaan Pengaduan", "sarana", "Sarana dan Prasarana", "evaluasi", "Evaluasi Kinerja");
        Map<String, String> bodies = new LinkedHashMap<>();
        bodies.put("persyaratan", "Pengaduan dilakukan dengan kanal Website SP4N Lapor atau sms ke no 1708 dilampirkan dengan identitas lengkap pelapor dan kronologi kejadian");
        bodies.put("prosedur", """
                1. Pelapor mengirimkan aduan ke kanal SP4N Lapor!
                2. Admin KemenPAN & RB mendisposisi aduan ke Dinkominfo
                3. Admin Dinkominfo menverifikasi disposisi aduan, jika sesuai kewenangan akan diteruskan ke OPD, jika tidak sesuai kewenangan akan dikembalikan ke KemenPAN & RB
                4. Admin OPD memverifikasi disposisi aduan, jika sesuai tugas dan fungsi akan ditindaklanjuti, jika tidak sesuai tugas dan fungsi akan dikembalikan ke Dinkominfo
                5. Admin Dinkominfo mengkonfirmasi hasil tindak lanjut aduan
                6. Admin KemenPAN & RB memverifikasi hasil tindaklanjut aduan. Jika sesuai akan diteruskan ke pelapor. Jika tidak sesuai akan dikembalikan ke Dinkominfo
                7. Pelapor menerima laporan tindaklanjut aduan""");
        // the seed leaves "Durasi penyelesaian" without a value
        bodies.put("jangka-waktu", """
                hari kerja,
                - Senin-Kamis : 08.00 - 15.45 WIB
                - Istirahat : 12.00 - 13.00 WIB
                - Jumat : 08.00 - 11.00 WIB

                Durasi penyelesaian :""");
        bodies.put("biaya", "Gratis");
        bodies.put("produk", "Layanan Pengaduan Online Via Website SP4N-Lapor dan SMS SP4N-Lapor no 1706");
        bodies.put("pengaduan", """
                1. Pengaduan Tak Langsung
                   1. Telepon : (0285) 421243 ; (0285) 420223
                   2. Email : diskominfo@gafe.pekalongankota
                   3. Website : http://kominfo.pekalongankota.go.id
                   4. Twitter : @pkl.diskominfo
                   5. IG : @pkl.diskominfo
                   6. Pejabat Pengaduan : Ahdy Eko Apriharso, SE
                   7. No. HP : 0816644000
                2. Pengaduan Langsung.
                   1. Pemohon menyampaikan pengaduan langsung kepada petugas
                   2. Petugas merespon pengaduan pemohon sampai mendapatkan solusi
                   3. Apabila petugas tidak dapat menyelesaikan masalah, maka pengaduan diteruskan ke Pejabat Dinas Kominfo Kota Pekalongan
                   4. Pejabat Dinas Kominfo Kota Pekalongan menyelesaikan permasalahan sampai mendapatkan solusi.""");
        bodies.put("sarana", """
                1. Dokumen SP4N-Lapor
                2. Seperangkat komputer
                3. Ruang pelayanan""");
        bodies.put("kompetensi", """
                1. Minimal D3 atau Sederajat
                2. Mampu berkomunikasi dengan baik
                3. Memiliki pengetahuan tentang Informasi Publik
                4. Mampu mengoperasikan komputer""");
        bodies.put("pengawasan", "Kepala Bidang Informasi dan Komunikasi Publik");
        bodies.put("jumlah-pelaksana", "1 (satu) Orang");
        bodies.put("jaminan-pelayanan", "Layanan diberikan dengan sebaik-baiknya");
        bodies.put("jaminan-keamanan", """
                1. Lingkungan aman
                2. Kondisi ruangan nyaman""");
        bodies.put("evaluasi", "Dilaksanakan setiap tiga bulan sekali oleh pimpinan");
        return new Demo(Decree.NONE, legalBases, today, labels, bodies);
    }

    /** Seed 002: Lampiran Keputusan Kepala Dinas Kominfo Provinsi Jawa Tengah 487.22/581 of 22 March 2024, Service Desk. */
    private static Demo seed002() {
        var decree = new Decree("487.22/581", LocalDate.of(2024, 3, 22),
                "Kepala Dinas Komunikasi dan Informatika Provinsi Jawa Tengah, Riena Retnaningrum");
        var legalBases = List.of(
                "Peraturan Presiden Nomor 95 Tahun 2018 tentang Sistem Pemerintahan Berbasis Elektronik",
                "Peraturan Gubernur Jawa Tengah Nomor 40 Tahun 2022 tentang Penyelenggaraan Sistem Pemerintahan Berbasis Elektronik");
        Map<String, String> labels = Map.of("persyaratan", "Persyaratan Pelayanan", "jangka-waktu", "Jangka waktu pelayanan");
        Map<String, String> bodies = new LinkedHashMap<>();
        bodies.put("persyaratan", """
                1. Aduan/Permintaan pengguna dilakukan secara tertulis (bukan telepon audio/video) melalui kanal :
                   1. Whatsapp : 0851-7964-7855
                   2. Email : servicedesk@jatengprov.go.id
                2. Aduan/Permintaan pengguna disampaikan pada waktu operasional layanan :
                   1. 07.00-15.30 (Senin-Kamis)
                   2. 07.00-14.00 (Jumat)
                   3. *Off Service* (Sabtu, Minggu dan Hari Libur Nasional)""");
        // the seed prints the flow as a Mermaid graph; kept as written
        bodies.put("prosedur", """
                ```
                graph TD
                A[Aduan/Permintaan/Insiden] --> B{Dapat diselesaikan?}
                B -- Ya --> C[Proses Aduan/Permintaan/Insiden]
                B -- Tidak --> D[Membuat Tiket]
                D --> E[Mengeksekusi berdasarkan Jenis Insiden]
                E --> F{Permasalahan Diteruskan?}
                F -- Ya --> G[Manajemen Operasional & Desain Sistem]
                F -- Tidak --> H[Manajemen Perubahan]
                H --> I{Permasalahan Diteruskan?}
                I -- Ya --> G
                I -- Tidak --> J[Manajemen Keamanan Informasi]
                J --> K{Dapat Dipelekan?}
                K -- Ya --> L[Menyampaikan Solusi]
                K -- Tidak --> G
                C --> L
                L --> M[Aduan Ditutup]
                ```""");
        bodies.put("jangka-waktu", """
                1. Penanganan Aduan maksimal 1 (satu) hari waktu operasional;
                2. Penanganan Permintaan maksimal 10 (sepuluh) hari waktu operasional""");
        bodies.put("biaya", "Tidak ada biaya/tarif");
        bodies.put("produk", """
                Pengaduan/Permintaan terkait teknis operasional aplikasi elektronik :

                1. e-Planning;
                2. e-Budgeting;
                3. e-Penatausahaan;
                4. e-Controlling;
                5. LaporanGub;
                6. Tatapraja; dan
                7. Website Pemerintah Provinsi Jawa Tengah (jatengprov.go.id)""");
        bodies.put("pengaduan", """
                Pengguna dapat melakukan pengaduan, pemberian saran dan masukan atas Layanan Service Desk kepada Kepala Dinas Komunikasi dan Informatika Provinsi Jawa Tengah melalui :

                1. Telepon : 024-8319140
                2. Faksimili : 024-8319328
                3. Email : diskominfo@jatengprov.go.id
                4. Surat : Dinas Komunikasi dan Informatika Provinsi Jawa Tengah, Jl. Menteri Supeno I No. 2, Mugasari, Kec. Semarang Selatan, Kota Semarang, Jawa Tengah 50243""");
        bodies.put("sarana", """
                1. Nomor kontak tunggal Service Desk;
                2. Email tunggal Service Desk;
                3. Ticketing aduan/permintaan.""");
        bodies.put("kompetensi", """
                1. Mempunyai kemampuan untuk mengoperasikan perangkat teknologi informasi dan komunikasi (komputer, smartphone);
                2. Memiliki pengetahuan terhadap aplikasi elektronik yang dikelola Dinas Komunikasi dan Informatika Provinsi Jawa Tengah;
                3. Mempunyai kemampuan dalam berkomunikasi menerima dan merespon keluhan, gangguan, masalah, dan permintaan dari pengguna aplikasi elektronik;
                4. Memiliki kemampuan memberikan solusi atas keluhan, gangguan, masalah, dan permintaan dari pengguna aplikasi elektronik.""");
        bodies.put("pengawasan", """
                1. Dilakukan oleh atasan langsung;
                2. Monitoring dan Evaluasi;
                3. Pemanfaatan manajemen service desk berbasis elektronik.""");
        bodies.put("jumlah-pelaksana", """
                Tim Service Desk terdiri atas penanggungjawab aduan/permintaan dari masing-masing aplikasi sebagai berikut :

                1. e-Planning (1 personel);
                2. e-Budgeting (1 personel);
                3. e-Penatausahaan (4 personel);
                4. e-Controlling (1 personel);
                5. LaporanGub (2 personel);
                6. Tatapraja (1 personel); dan
                7. Website Pemerintah Provinsi Jawa Tengah (1 personel).""");
        bodies.put("jaminan-pelayanan", "Pelayanan diberikan secara berkualitas, tidak diskriminatif, mudah, dan cepat.");
        bodies.put("jaminan-keamanan", """
                1. Data dan informasi pengguna layanan dijamin keamanannya dan digunakan semata-mata hanya untuk kepentingan pelayanan;
                2. Sarana pelayanan dan sarana penunjang layanan menjamin/mendukung keamanan, kenyamanan dan solusi pengaduan/permintaan pengguna layanan.""");
        bodies.put("evaluasi", "Laporan evaluasi layanan dilakukan pengguna melalui Survei Kepuasan Masyarakat sewaktu-waktu.");
        return new Demo(decree, legalBases, LocalDate.of(2024, 3, 22), labels, bodies);
    }

    /** Seed 004: Pelayanan Penanganan Lokal (Batik.Net), Dinas Kominfo Kota Pekalongan (no decree number in the seed). */
    private static Demo seed004(LocalDate today) {
        var legalBases = List.of(
                "Undang-Undang Nomor 14 Tahun 2008 tentang Keterbukaan Informasi Publik",
                "Undang-Undang Nomor 16 Tahun 2016 tentang Informasi dan Transaksi Elektronik.",
                "Peraturan Pemerintah Nomor 71 Tahun 2019 Tentang Penyelenggaraan Sistem dan Transaksi Elektronik.",
                "Permenpan RB Nomor 35 Tahun 2012 tentang Pedoman Penyusunan Standar Operasional Prosedur Administrasi Pemerintahan",
                "Peraturan Daerah Kota Pekalongan Nomor 4 Tahun 2021 tentang Sistem Pemerintahan Berbasis Elektronik",
                "Peraturan Wali Kota Pekalongan Nomor 59A Tahun 2012 tentang Pedoman Penyusunan Standar Operasional Prosedur Administrasi Pemerintahan "
                        + "di Lingkungan Pemerintah Kota Pekalongan",
                "Peraturan Wali Kota Pekalongan Nomor 79 Tahun 2020 Kedudukan, Susunan Organisasi, Tugas dan Fungsi Serta Tata Kerja Dinas Komunikasi dan Informatika");
        Map<String, String> labels = Map.of("prosedur", "Sistem, Mekanisme dan Prosedur", "jangka-waktu", "Jangka Waktu", "biaya", "Biaya / Tarif",
                "produk", "Produk Pelayanan", "pengaduan", "Penanganan pengaduan, saran dan masukan", "sarana", "Sarana/Prasarana atau Fasilitas");
        Map<String, String> bodies = new LinkedHashMap<>();
        bodies.put("persyaratan", """
                1. Adanya gangguan jaringan Batik.Net di Internal OPD
                2. Surat pemberitahuan gangguan jaringan Batiknet dari OPD""");
        bodies.put("prosedur", """
                1. OPD selaku pengguna jaringan mengirimkan Surat permohonan perbaikan jaringan
                2. Dinas Kominfo Menerima surat laporan terjadinya gangguan dan memberikan disposisi
                3. Tim Teknis menindaklanjuti disposisi untuk dilakukan pengecekan
                4. Melakukan melakukan pemantauan dan diagnosa pada perangkat jaringan
                5. Petugas teknis melakukan memonitor jaringan jika gangguan bersifat ringan langsung ditangani oleh pelaksana teknis
                6. Jika kerusakan bersifat berat, pelaksana teknis melaporkan peralatan dan bahan yang diperlukan untuk menyelesaikan gangguan kepada penanggung jawab
                7. Petugas Teknis Menindaklanjuti laporan dan memerintahkan pelaksana teknis memperbaiki kerusakan
                8. Petugas teknis melakukan memperbaiki kerusakan
                9. Petugas teknis melaporkan hasil perbaikan gangguan
                10. Perbaikan gangguan jaringan lokal selesai dan mengisi berita acara penggantian peralatan jaringan lokal yang ditandatangani oleh OPD pelapor""");
        bodies.put("jangka-waktu", """
                5 (lima) hari kerja,

                - Senin-Kamis 08.00 - 15.45 WIB
                - Istirahat 12.00 - 12.30 WIB
                - Jumat 08.00 - 11.00 WIB
                - Waktu penyelesaian : 1-2 hari""");
        bodies.put("biaya", "Gratis");
        bodies.put("produk", "Layanan Gangguan Jaringan Batiknet");
        bodies.put("pengaduan", """
                a. Pengaduan Tak Langsung

                1. Telepon : (0285) 421243 ; (0285) 420223
                2. email : diskominfo@gafe.pekalongankota
                3. website : http://kominfo.pekalongankota.go.id
                4. Twitter : @pkl.diskominfo
                5. IG : @pkl.diskominfo
                6. Pejabat Pengaduan : Drika Sulistyowibowo, S.Kom No HP : (0856 4093 0899)

                b. Pengaduan Langsung.

                1. Pemohon menyampaikan pengaduan langsung kepada petugas
                2. Petugas merespon pengaduan pemohon sampai mendapatkan solusi
                3. Apabila petugas tidak dapat menyelesaikan masalah, maka pengaduan diteruskan ke Pejabat Dinas Kominfo
                4. Pejabat Kominfo menyelesaikan permasalahan sampai tuntas dan mendapatkan solusi""");
        bodies.put("sarana", """
                1. Daftar Dokumen
                2. Komputer
                3. Ruang Tunggu/Ruang Tamu
                4. Ruang PPID tempat pelayanan""");
        bodies.put("kompetensi", """
                1. Pendidikan Minimal D3 berlatar belakang IT
                2. Mampu berkomunikasi dengan baik, Ramah, Sopan, Jujur dan Teliti
                3. Memiliki pengetahuan tentang Jaringan Komputer""");
        bodies.put("pengawasan", "Kepala Bidang Infrastruktur dan Statistik");
        bodies.put("jumlah-pelaksana", "4 (Empat) Orang");
        bodies.put("jaminan-pelayanan", "Layanan diberikan dengan sebaik-baiknya");
        bodies.put("jaminan-keamanan", """
                1. Lingkungan aman
                2. Kondisi ruangan nyaman""");
        bodies.put("evaluasi", "Dilaksanakan setiap tiga bulan sekali oleh pimpinan");
        return new Demo(Decree.NONE, legalBases, today, labels, bodies);
    }
}
