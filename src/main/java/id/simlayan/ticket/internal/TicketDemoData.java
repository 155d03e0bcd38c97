package id.simlayan.ticket.internal;

import id.simlayan.catalog.ServiceCatalog;
import id.simlayan.catalog.ServiceOfferingView;
import id.simlayan.identity.CurrentUser;
import id.simlayan.identity.Directory;
import id.simlayan.identity.Membership;
import id.simlayan.identity.Role;
import id.simlayan.identity.UnitId;
import id.simlayan.identity.UserContact;
import id.simlayan.storage.FileUpload;
import id.simlayan.ticket.TicketId;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import javax.imageio.ImageIO;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.MessageSource;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Demo tickets in every state (docs/demo-data.md), behind {@code simlayan.demo.enabled}, so that
 * the queues of the default run are not empty. Built through the module's own use cases with
 * the demo people acting (never SQL), so every ticket has a real timeline, attachments and
 * notifications. Runs after the identity (10) and catalog (20) demo data. Idempotent: skipped
 * when the demo requesters already have tickets. All tickets are created in one transaction, so
 * a failure leaves none (and the next start tries again).
 */
@Component
@Order(30)
@ConditionalOnProperty(name = "simlayan.demo.enabled", havingValue = "true")
class TicketDemoData implements ApplicationRunner {

    static final String CITIZEN = "warga@simlayan.test";
    static final String CIVIL_SERVANT = "asn@simlayan.test";
    /** The demo services used (docs/demo-data.md). */
    private static final List<String> SERVICES = List.of("sp4n-lapor", "aduan-konten", "help-desk-ti", "gangguan-batiknet",
            "service-desk-egov", "permohonan-informasi-publik", "domain-hosting", "sertifikat-elektronik");

    private static final Logger log = LoggerFactory.getLogger(TicketDemoData.class);

    private final Directory directory;
    private final ServiceCatalog catalog;
    private final TicketIntake intake;
    private final Verification verification;
    private final DispositionHandling dispositions;
    private final Resolution resolution;
    private final RequesterActions requesterActions;
    private final TicketStore store;
    private final JdbcClient jdbc;
    private final TransactionTemplate transaction;
    private final TicketLinks links;
    private final MessageSource messages;
    private final Clock clock;
    private final WorkflowEngine engine;

    TicketDemoData(Directory directory, ServiceCatalog catalog, TicketIntake intake, Verification verification,
                   DispositionHandling dispositions, Resolution resolution, RequesterActions requesterActions,
                   TicketStore store, JdbcClient jdbc, TransactionTemplate transaction, TicketLinks links, MessageSource messages, Clock clock,
                   WorkflowEngine engine) {
        this.engine = engine;
        this.clock = clock;
        this.links = links;
        this.messages = messages;
        this.directory = directory;
        this.catalog = catalog;
        this.intake = intake;
        this.verification = verification;
        this.dispositions = dispositions;
        this.resolution = resolution;
        this.requesterActions = requesterActions;
        this.store = store;
        this.jdbc = jdbc;
        this.transaction = transaction;
    }

    @Override
    public void run(ApplicationArguments args) {
        var citizen = requester(CITIZEN);
        var civilServant = requester(CIVIL_SERVANT);
        if (citizen.isEmpty() || civilServant.isEmpty()) {
            log.warn("Demo tickets skipped: the demo requesters {} and {} are missing", CITIZEN, CIVIL_SERVANT);
            return;
        }
        long existing = jdbc.sql("SELECT count(*) FROM tickets WHERE requester_id IN (:ids)")
                .param("ids", List.of(citizen.get().id().value(), civilServant.get().id().value())).query(Long.class).single();
        if (existing > 0) {
            return;
        }
        var infra = directory.unitByCode("INFRA");
        var dukcapil = directory.unitByCode("DISDUKCAPIL");
        if (infra.isEmpty() || dukcapil.isEmpty()) {
            log.warn("Demo tickets skipped: the demo units INFRA and DISDUKCAPIL are missing");
            return;
        }
        UnitId frontDesk;
        try {
            frontDesk = directory.frontDesk().id();
        } catch (IllegalStateException none) {
            log.warn("Demo tickets skipped: no front-desk unit");
            return;
        }
        var agent = actor(frontDesk, Role.AGENT, "agen@simlayan.test");
        var infraAdmin = actor(infra.get().id(), Role.UNIT_ADMIN, "unit.infra@simlayan.test");
        var infraTechnician = actor(infra.get().id(), Role.TECHNICIAN, "teknisi.infra@simlayan.test");
        var dukcapilAdmin = actor(dukcapil.get().id(), Role.UNIT_ADMIN, "unit.dukcapil@simlayan.test");
        if (agent.isEmpty() || infraAdmin.isEmpty() || infraTechnician.isEmpty() || dukcapilAdmin.isEmpty()) {
            log.warn("Demo tickets skipped: a demo agent, INFRA admin or technician, or DISDUKCAPIL admin is missing");
            return;
        }
        var people = new People(citizen.get(), civilServant.get(), agent.get(), infraAdmin.get(), infraTechnician.get(), dukcapilAdmin.get(),
                infra.get().id(), dukcapil.get().id());
        if (SERVICES.stream().anyMatch(code -> catalog.findByCode(code).isEmpty())) {
            log.warn("Demo tickets skipped: a demo service of {} is missing", SERVICES);
            return;
        }
        int created = transaction.execute(status -> create(people));
        log.info("Demo data: {} tickets", created);
    }

    private record People(CurrentUser citizen, CurrentUser civilServant, CurrentUser agent, CurrentUser infraAdmin,
                          CurrentUser infraTechnician, CurrentUser dukcapilAdmin, UnitId infra, UnitId dukcapil) {
    }

    private int create(People p) {
        int n = 0;
        // DITERIMA: new in the queue
        submit(p.citizen(), "sp4n-lapor", 0, "Lampu penerangan jalan di Jl. Dr. Sutomo padam",
                "Sudah dua minggu lampu penerangan jalan di depan SD Negeri Podosugih padam, jalan sangat gelap pada malam hari.", true,
                "nik=3375010101850003", "kronologi=Lampu padam sejak 18 November; sudah dilaporkan ke kelurahan pada 20 November, belum ada perbaikan.");
        submit(p.citizen(), "permohonan-informasi-publik", -1, "Permohonan data jumlah menara telekomunikasi",
                "Saya memohon data jumlah dan lokasi menara telekomunikasi di Kota Pekalongan tahun 2025 untuk penelitian skripsi.", false,
                "rincian=Jumlah dan lokasi menara telekomunikasi per kecamatan, tahun 2025.", "tujuan=Bahan penelitian skripsi.",
                "cara-memperoleh=Mendapatkan salinan informasi (softcopy/hardcopy)", "cara-pengiriman=E-mail");
        submit(p.civilServant(), "help-desk-ti", 2 /* perbaikan-akun */, "Aplikasi SIMPUS tidak bisa login",
                "Sejak pagi petugas puskesmas tidak bisa masuk ke aplikasi SIMPUS, muncul pesan 'koneksi ditolak'.", false,
                "lokasi=Puskesmas Bendan, ruang pendaftaran");
        n += 3;

        // VERIFIKASI
        var egov = submit(p.civilServant(), "service-desk-egov", 1 /* permintaan */, "Penambahan akun operator e-Budgeting",
                "Mohon dibuatkan akun operator e-Budgeting untuk staf perencanaan Dinas Kesehatan yang baru (2 orang).", false,
                "aplikasi=e-Budgeting");
        verification.startVerification(p.agent(), egov, version(egov));
        var content = submit(p.citizen(), "aduan-konten", 0, "Hoaks pemadaman listrik se-Kota Pekalongan",
                "Beredar pesan berantai di grup WhatsApp tentang pemadaman listrik total selama tiga hari; mohon diklarifikasi.", true,
                "tautan=Pesan berantai di grup WhatsApp warga (tangkapan layar terlampir)");
        verification.startVerification(p.agent(), content, version(content));
        n += 2;

        // DITUTUP: the same hoax reported again, merged into the first report as a duplicate
        var sameHoax = submit(p.civilServant(), "aduan-konten", 0, "Pesan berantai pemadaman listrik tiga hari",
                "Di grup WhatsApp kantor beredar pesan bahwa listrik se-Kota Pekalongan padam total tiga hari; apakah benar?", true,
                "tautan=Grup WhatsApp kantor (tangkapan layar terlampir)");
        String contentNumber = store.find(content).orElseThrow().getNumber();
        links.merge(p.agent(), sameHoax, version(sameHoax), contentNumber,
                messages.getMessage("ticket.link.mergeNote", new Object[] {contentNumber}, Locale.forLanguageTag("id")));
        n++;

        // MENUNGGU_PEMOHON: a question to the requester
        var information = submit(p.citizen(), "permohonan-informasi-publik", -1, "Salinan dokumen anggaran Diskominfo 2025",
                "Mohon salinan Dokumen Pelaksanaan Anggaran Diskominfo tahun 2025.", false,
                "rincian=Dokumen Pelaksanaan Anggaran (DPA) Diskominfo tahun 2025.", "tujuan=Kajian anggaran oleh lembaga swadaya masyarakat.",
                "cara-memperoleh=Mendapatkan salinan informasi (softcopy/hardcopy)", "cara-pengiriman=Mengambil langsung");
        step(p.agent(), information, "periksa", StepInput.none());
        step(p.agent(), information, "minta-kelengkapan",
                StepInput.publicText("Mohon lengkapi tujuan penggunaan informasi dan unggah salinan KTP sesuai ketentuan PPID."));
        var domain = submit(p.civilServant(), "domain-hosting", 0, "Subdomain untuk aplikasi antrean puskesmas",
                "Mohon dibuatkan subdomain antrean-puskesmas.pekalongankota.go.id untuk aplikasi antrean online.", false,
                "subdomain=antrean-puskesmas.pekalongankota.go.id", "surat=000.7/112/DINKES/{year}|-9",
                "penanggung-jawab=Rina Kartika");
        verification.startVerification(p.agent(), domain, version(domain));
        verification.requestInformation(p.agent(), domain, version(domain),
                "Surat permohonan yang terlampir belum ditandatangani Kepala Dinas; mohon unggah surat yang sudah ditandatangani dan sebutkan alamat IP server tujuan.");
        n += 2;

        // DIPROSES: disposed to INFRA, waiting for the unit to accept
        var network = submit(p.civilServant(), "gangguan-batiknet", 1, "Jaringan Batik.Net di kantor Dinkes putus",
                "Seluruh komputer di lantai 2 kantor Dinas Kesehatan tidak terhubung ke Batik.Net sejak pukul 08.00.", false,
                "surat=005/215/DINKES/{year}|-2", "lokasi=Gedung utama, lantai 2");
        letterLogged(p, network, "005/215/DINKES");
        step(p.agent(), network, "disposisi-tim-teknis", StepInput.handOff(p.infra().value(), "Mohon dicek perangkat switch di lantai 2."));
        n++;

        // DIPROSES: accepted by INFRA and assigned to its technician
        var accessPoint = submit(p.civilServant(), "help-desk-ti", 4 /* pointing-antena */, "Access point ruang rapat tidak memancarkan sinyal",
                "Access point di ruang rapat lantai 1 mati, lampu indikator tidak menyala.", false,
                "lokasi=Ruang rapat lantai 1");
        delegatedByHelpDesk(p, accessPoint);
        var outage = submit(p.civilServant(), "gangguan-batiknet", 0, "Koneksi Batik.Net lambat di Puskesmas Bendan",
                "Akses aplikasi rujukan sangat lambat sejak kemarin sore.", false,
                "surat=005/218/DINKES/{year}|-1", "lokasi=Puskesmas Bendan");
        letterLogged(p, outage, "005/218/DINKES");
        step(p.agent(), outage, "disposisi-tim-teknis", StepInput.handOff(p.infra().value(), "Mohon diperiksa jalur fiber ke Puskesmas Bendan."));
        dispositions.acceptDisposition(p.infraAdmin(), outage, version(outage));
        step(p.infraAdmin(), outage, "tugaskan", StepInput.delegate(p.infraTechnician().id().value()));
        // heavy damage: the equipment list waits for the person in charge's approval
        step(p.infraTechnician(), outage, "kerusakan-berat", StepInput.none());
        step(p.infraTechnician(), outage, "ajukan-peralatan", new StepInput(null, null, null, null, null, null, null,
                "1 unit media converter fiber 1 Gbps; 2 patch cord SC-LC 3 m"));
        resolution.reply(p.infraTechnician(), outage, "Teknisi akan datang ke Puskesmas Bendan besok pukul 09.00.", true);
        n += 2;

        // DIPROSES: disposed to DISDUKCAPIL, returned (outside its authority); the front desk holds it again
        var complaint = submit(p.citizen(), "sp4n-lapor", 2, "Antrean cetak KTP-el di kecamatan terlalu lama",
                "Sudah tiga kali datang ke kecamatan untuk cetak KTP-el, selalu diminta kembali karena blangko habis.", true,
                "nik=3375025512900002", "kronologi=Datang ke kantor kecamatan pada 3, 10 dan 17 November; setiap kali diminta kembali karena blangko habis.");
        step(p.agent(), complaint, "mulai-verifikasi", new StepInput(null, null, null, null, null, "LAPOR-" + year() + "-8812034", null, null));
        step(p.agent(), complaint, "teruskan-opd", StepInput.handOff(p.dukcapil().value(), "Mohon ditindaklanjuti sesuai kewenangan."));
        dispositions.returnDisposition(p.dukcapilAdmin(), complaint, version(complaint),
                "Pelayanan cetak KTP-el di kecamatan adalah kewenangan kecamatan; mohon diteruskan ke kecamatan terkait.");
        n++;

        // SELESAI: waiting for the requester's confirmation
        var access = submit(p.civilServant(), "help-desk-ti", 0 /* penggantian-password */, "Akun e-mail dinas terkunci",
                "Akun e-mail dinas hendra.wijaya terkunci setelah salah memasukkan kata sandi.", false);
        delegatedByHelpDesk(p, access);
        step(p.infraTechnician(), access, "laporkan-hasil", StepInput.publicText("Akun sudah dibuka dan kata sandi sementara dikirim lewat SMS."));
        step(p.agent(), access, "selesaikan", StepInput.publicText("Akun sudah dibuka dan kata sandi sementara dikirim lewat SMS."));
        var data = submit(p.citizen(), "permohonan-informasi-publik", -1, "Daftar titik Wi-Fi publik",
                "Mohon daftar lokasi titik Wi-Fi publik gratis yang dikelola Pemerintah Kota Pekalongan.", false,
                "rincian=Daftar lokasi titik Wi-Fi publik gratis.", "tujuan=Informasi pribadi.",
                "cara-memperoleh=Melihat/membaca/mendengarkan/mencatat", "cara-pengiriman=E-mail");
        step(p.agent(), data, "periksa", StepInput.none());
        step(p.agent(), data, "diberikan", StepInput.publicText("Daftar 48 titik Wi-Fi publik sudah kami kirimkan; juga tersedia di situs resmi."));
        n += 2;

        // DITUTUP: confirmed by the requester
        var certificate = submit(p.civilServant(), "sertifikat-elektronik", 0, "Penerbitan sertifikat elektronik Kepala Dinas",
                "Mohon penerbitan sertifikat elektronik untuk penandatanganan dokumen oleh Kepala Dinas Kesehatan.", false);
        verification.accept(p.agent(), certificate, version(certificate));
        resolution.resolve(p.agent(), certificate, version(certificate), "Sertifikat elektronik sudah diterbitkan dan dapat digunakan.");
        requesterActions.confirm(p.civilServant(), certificate, version(certificate));
        // a help-desk ticket: closing a Batik.Net outage needs a berita acara, which is not recorded yet
        var closed = submit(p.civilServant(), "help-desk-ti", 1, "Kabel jaringan ruang farmasi putus",
                "Kabel jaringan di ruang farmasi putus tergigit tikus.", false, "lokasi=Ruang farmasi");
        delegatedByHelpDesk(p, closed);
        step(p.infraTechnician(), closed, "laporkan-hasil", StepInput.publicText("Kabel sudah diganti dan dirapikan dengan pelindung."));
        step(p.agent(), closed, "selesaikan", StepInput.publicText("Kabel sudah diganti dan dirapikan dengan pelindung."));
        requesterActions.confirm(p.civilServant(), closed, version(closed));
        n += 2;

        // DITOLAK with a reason
        var rejected = submit(p.citizen(), "aduan-konten", 3, "Akun media sosial saya diretas",
                "Akun Instagram pribadi saya diretas orang lain dan digunakan untuk menipu.", true);
        verification.reject(p.agent(), rejected, version(rejected),
                "Peretasan akun pribadi bukan kewenangan Diskominfo; silakan melapor ke Polres Pekalongan Kota dan ke penyedia layanan.");
        n++;
        return n;
    }

    /** Help desk (seed 003): the admin reviews and delegates to the technician, who tells the user the work starts. */
    private void delegatedByHelpDesk(People p, TicketId id) {
        step(p.agent(), id, "telaah", StepInput.none());
        step(p.agent(), id, "delegasikan", StepInput.delegate(p.infraTechnician().id().value()));
        step(p.infraTechnician(), id, "beri-tahu", StepInput.publicText("Teknisi kami mulai menangani laporan ini hari ini."));
    }

    /** Batik.Net (seed 004): the OPD's letter is logged with its number. */
    private void letterLogged(People p, TicketId id, String letter) {
        step(p.agent(), id, "terima-surat", new StepInput(null, null, null, null, null, letter + "/" + year(), null, null));
    }

    /** A step of the ticket's own workflow. */
    private void step(CurrentUser user, TicketId id, String stepKey, StepInput input) {
        engine.take(user, id, version(id), stepKey, input);
    }

    private int year() {
        return clock.instant().atZone(java.time.ZoneId.of("Asia/Jakarta")).getYear();
    }

    /** {@code category}: index into the service's categories, or -1 for a service without categories. */
    private TicketId submit(CurrentUser requester, String serviceCode, int category, String subject, String description, boolean evidence,
                            String... answers) {
        ServiceOfferingView service = catalog.findByCode(serviceCode).orElseThrow();
        UUID categoryId = category < 0 || service.categories().isEmpty() ? null
                : service.categories().get(Math.min(category, service.categories().size() - 1)).id().value();
        List<FileUpload> files = evidence || service.evidenceRequired() ? List.of(picture()) : List.of();
        var form = intake.currentForm(service);
        var filled = DemoRequestForms.fill(form, pairs(answers), demoUnit(), LocalDate.now(clock));
        return intake.submit(requester, new TicketIntake.Submission(serviceCode, categoryId, subject, description, files,
                form.versionId(), filled.answers(), filled.documents())).id();
    }

    /** {@code "key=value"} pairs, in order. */
    private static Map<String, String> pairs(String... answers) {
        var map = new LinkedHashMap<String, String>();
        for (String pair : answers) {
            int eq = pair.indexOf('=');
            map.put(pair.substring(0, eq), pair.substring(eq + 1));
        }
        return map;
    }

    /** The unit the demo's UNIT answers name: the civil servant's Dinas Kesehatan (the front desk without it). */
    private UnitId demoUnit() {
        return directory.unitByCode("DINKES").map(u -> u.id()).orElseGet(() -> directory.frontDesk().id());
    }

    private long version(TicketId id) {
        return store.find(id).orElseThrow().getVersion();
    }

    private Optional<CurrentUser> requester(String email) {
        return directory.contactByEmail(email).map(c -> new CurrentUser(c.id(), c.fullName(), c.email(), Set.of()));
    }

    /** A holder of the role in the unit, the demo account when it holds it; acting with just that membership. */
    private Optional<CurrentUser> actor(UnitId unit, Role role, String preferredEmail) {
        List<UserContact> holders = directory.holders(unit, role);
        return holders.stream().filter(c -> c.email().equalsIgnoreCase(preferredEmail)).findFirst()
                .or(() -> holders.stream().findFirst())
                .map(c -> new CurrentUser(c.id(), c.fullName(), c.email(), Set.of(new Membership(unit, role))));
    }

    /** A small generated PNG as evidence ("bukti-foto.png"). */
    static FileUpload picture() {
        var image = new BufferedImage(64, 48, BufferedImage.TYPE_INT_RGB);
        for (int x = 0; x < 64; x++) {
            for (int y = 0; y < 48; y++) {
                image.setRGB(x, y, y < 24 ? 0x2255aa : 0xd9a441);
            }
        }
        var out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "png", out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        byte[] bytes = out.toByteArray();
        return new FileUpload("bukti-foto.png", bytes.length, () -> new ByteArrayInputStream(bytes));
    }
}
