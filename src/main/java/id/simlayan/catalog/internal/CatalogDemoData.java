package id.simlayan.catalog.internal;

import id.simlayan.catalog.Audience;
import id.simlayan.catalog.CatalogAdministration;
import id.simlayan.catalog.CatalogAdministration.NewCategory;
import id.simlayan.catalog.CatalogAdministration.NewServiceOffering;
import id.simlayan.catalog.ServiceCatalog;
import id.simlayan.catalog.Channel;
import id.simlayan.catalog.TicketKind;
import id.simlayan.identity.Directory;
import java.util.EnumSet;
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
 * The demo catalog: the services of the seed documents (shared/seeds), behind
 * {@code simlayan.demo.enabled}. Idempotent (existing codes are skipped); runs after the
 * identity demo data, which creates the owning units.
 */
@Component
@Order(20)
@ConditionalOnProperty(name = "simlayan.demo.enabled", havingValue = "true")
class CatalogDemoData implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(CatalogDemoData.class);

    /** Services the seed documents reserve for civil servants or OPDs; every other service is PUBLIC. */
    private static final Map<String, Audience> AUDIENCES = Map.of(
            "sertifikat-elektronik", Audience.ASN,
            "gangguan-batiknet", Audience.OPD,
            "domain-hosting", Audience.OPD);

    private final CatalogAdministration administration;
    private final ServiceCatalog catalog;
    private final Directory directory;

    CatalogDemoData(CatalogAdministration administration, ServiceCatalog catalog, Directory directory) {
        this.administration = administration;
        this.catalog = catalog;
        this.directory = directory;
    }

    @Override
    public void run(ApplicationArguments args) {
        service("sp4n-lapor", "Pengaduan SP4N-LAPOR!", TicketKind.COMPLAINT, "IKP",
                "Sampaikan pengaduan tentang pelayanan publik Pemerintah Kota Pekalongan; ditindaklanjuti bersama OPD terkait.",
                """
                Layanan pengaduan Sistem Pengelolaan Pengaduan Pelayanan Publik Nasional (SP4N-LAPOR!) Kota Pekalongan. \
                Pengaduan dilengkapi identitas pelapor, kronologi kejadian dan bukti pendukung. Admin Diskominfo memverifikasi \
                aduan: bila sesuai kewenangan, aduan diteruskan ke OPD; bila tidak, dikembalikan. OPD menindaklanjuti sesuai tugas \
                dan fungsinya, Diskominfo mengonfirmasi hasil tindak lanjut, dan pelapor menerima laporan tindak lanjutnya. \
                Layanan ini gratis. Jam layanan: Senin-Kamis 08.00-15.45 WIB (istirahat 12.00-13.00), Jumat 08.00-11.00 WIB.""",
                List.of(cat("pelayanan-publik", "Pelayanan Publik"), cat("infrastruktur", "Infrastruktur"),
                        cat("aplikasi-pemerintah", "Aplikasi Pemerintah"), cat("lainnya", "Lainnya")),
                en("SP4N-LAPOR! Public Service Complaints",
                        "Submit a complaint about the public services of the Pekalongan City Government; followed up together with the unit concerned.",
                        EnumSet.of(Channel.WEB, Channel.SP4N_LAPOR)));
        service("gangguan-batiknet", "Penanganan Gangguan Jaringan Lokal Batik.Net", TicketKind.INCIDENT, "INFRA",
                "Laporkan gangguan jaringan Batik.Net di lingkungan OPD; tim teknis memeriksa dan memperbaikinya.",
                """
                Untuk OPD pengguna jaringan Batik.Net. OPD menyampaikan surat pemberitahuan gangguan; Diskominfo menerima laporan \
                dan memberikan disposisi kepada tim teknis. Tim teknis memantau dan mendiagnosa perangkat jaringan. Gangguan ringan \
                langsung ditangani pelaksana teknis; untuk kerusakan berat, pelaksana teknis melaporkan peralatan dan bahan yang \
                diperlukan, lalu memperbaiki kerusakan. Perbaikan ditutup dengan berita acara penggantian peralatan jaringan lokal \
                yang ditandatangani OPD pelapor. Jangka waktu 5 hari kerja (penyelesaian umumnya 1-2 hari). Gratis.""",
                List.of(cat("gangguan-ringan", "Gangguan Ringan"), cat("gangguan-berat", "Gangguan Berat / Penggantian Perangkat")),
                en("Batik.Net Local Network Outages",
                        "Report a Batik.Net network outage at a government unit; the technical team examines and repairs it.",
                        EnumSet.of(Channel.WEB, Channel.LETTER)));
        service("service-desk-egov", "Service Desk Aplikasi e-Government", TicketKind.REQUEST, "APTIKA",
                "Permintaan dan kendala teknis operasional aplikasi e-government: e-Planning, e-Budgeting, e-Penatausahaan dan website.",
                """
                Pengguna aplikasi elektronik pemerintah menyampaikan aduan atau permintaan secara tertulis pada jam operasional; \
                sebutkan nama aplikasinya (e-Planning, e-Budgeting, e-Penatausahaan, website) pada judul. \
                Bila dapat diselesaikan langsung, petugas menyampaikan solusi; bila tidak, dibuat tiket yang ditangani sesuai \
                jenisnya (manajemen operasional, perubahan, atau keamanan informasi) oleh penanggung jawab tiap aplikasi. \
                Penanganan aduan paling lama 1 hari operasional, permintaan paling lama 10 hari operasional. Tanpa biaya.""",
                // seed 002 distinguishes complaints (1 operational day) from requests (10 days); the application goes in the subject
                List.of(cat("aduan", "Aduan/kendala operasional aplikasi"), cat("permintaan", "Permintaan/perubahan layanan aplikasi")),
                en("e-Government Application Service Desk",
                        "Requests and operational problems with the e-government applications: e-Planning, e-Budgeting, e-Penatausahaan and the websites.",
                        EnumSet.of(Channel.WEB, Channel.WHATSAPP, Channel.EMAIL)));
        service("help-desk-ti", "Help Desk TI", TicketKind.INCIDENT, "INFRA",
                "Gangguan sistem informasi, infrastruktur TIK dan keamanan informasi di kantor OPD.",
                """
                OPD menyampaikan gangguan melalui e-mail, WhatsApp, telepon atau datang langsung. Admin help desk menelaah apakah \
                masalah dapat diselesaikan langsung; bila tidak, masalah dikategorikan (aplikasi, infrastruktur, keamanan informasi) \
                dan didelegasikan kepada teknisi. Masalah yang tidak dapat diselesaikan teknisi dilaporkan kepada pimpinan. \
                Waktu penyelesaian: penggantian kata sandi dan pembaruan basis data 30 menit setelah laporan diterima, perbaikan \
                akun pengguna 1 jam, perbaikan konfigurasi 1 jam dan perbaikan pointing antena wireless 3 jam sejak pengguna \
                diberi tahu, penggantian perangkat 1 minggu, permasalahan keamanan informasi 1 hari. Tidak dipungut biaya.""",
                // the problem types of seed 003, each with its own time limit (sla demo policies key on these codes)
                List.of(cat("penggantian-password", "Penggantian kata sandi"), cat("update-basis-data", "Pembaruan basis data"),
                        cat("perbaikan-akun", "Perbaikan akun pengguna"), cat("perbaikan-konfigurasi", "Perbaikan konfigurasi"),
                        cat("pointing-antena", "Perbaikan pointing antena wireless"), cat("penggantian-perangkat", "Penggantian perangkat"),
                        cat("keamanan-informasi", "Permasalahan keamanan informasi"), cat("lainnya", "Lainnya")),
                en("IT Help Desk",
                        "Problems with information systems, ICT infrastructure and information security at government unit offices.",
                        EnumSet.of(Channel.WEB, Channel.EMAIL, Channel.WHATSAPP, Channel.PHONE, Channel.WALK_IN)));
        service("permohonan-informasi-publik", "Permohonan Informasi Publik", TicketKind.INFORMATION_REQUEST, "IKP",
                "Ajukan permohonan informasi publik kepada PPID sesuai Undang-Undang Keterbukaan Informasi Publik.",
                """
                Permohonan informasi publik berdasarkan Undang-Undang Nomor 14 Tahun 2008 dan Peraturan Komisi Informasi Nomor 1 \
                Tahun 2021. Sebutkan rincian informasi yang dibutuhkan, tujuan penggunaan, cara memperoleh dan cara pengiriman. \
                Pemohon menerima nomor pendaftaran dan pemberitahuan tertulis paling lambat 10 hari kerja, yang dapat diperpanjang \
                paling lama 7 hari kerja dengan alasan tertulis.""",
                List.of(),
                en("Public Information Requests",
                        "Request public information from the PPID under the Public Information Disclosure Act.",
                        EnumSet.of(Channel.WEB)));
        service("domain-hosting", "Permohonan Domain dan Hosting", TicketKind.REQUEST, "INFRA",
                "Permohonan subdomain pekalongankota.go.id, hosting, serta perpanjangan atau perubahan DNS untuk OPD.",
                """
                Untuk OPD yang membutuhkan subdomain baru, ruang hosting, atau perpanjangan dan perubahan catatan DNS. Sertakan \
                surat permohonan dari OPD, nama subdomain yang diminta dan penanggung jawab teknis. Tim infrastruktur memeriksa \
                permohonan dan memberi tahu hasilnya melalui sistem.""",
                List.of(cat("subdomain-baru", "Subdomain baru"), cat("hosting", "Hosting"), cat("dns", "Perpanjangan/Perubahan DNS")),
                en("Domain and Hosting Requests",
                        "Request a pekalongankota.go.id subdomain, hosting, or a DNS renewal or change for a government unit.",
                        EnumSet.of(Channel.WEB)));
        service("sertifikat-elektronik", "Permohonan Sertifikat Elektronik", TicketKind.REQUEST, "APTIKA",
                "Penerbitan, pembaruan dan pencabutan sertifikat elektronik (tanda tangan elektronik) bagi ASN.",
                """
                Layanan persandian untuk ASN Pemerintah Kota Pekalongan: penerbitan sertifikat elektronik baru, pembaruan sertifikat \
                yang akan habis masa berlakunya, dan pencabutan sertifikat (misalnya karena mutasi atau kunci privat bocor). \
                Sertakan surat rekomendasi dari atasan dan identitas pemohon.""",
                List.of(cat("penerbitan", "Penerbitan"), cat("pembaruan", "Pembaruan"), cat("pencabutan", "Pencabutan")),
                en("Electronic Certificate Requests",
                        "Issuing, renewing and revoking electronic certificates (electronic signatures) for civil servants.",
                        EnumSet.of(Channel.WEB)));
        service("aduan-konten", "Aduan Konten", TicketKind.COMPLAINT, "IKP",
                "Laporkan konten hoaks, konten negatif atau pelanggaran hak cipta yang beredar di ruang digital.",
                """
                Aduan konten wajib menyertakan bukti atau file pendukung (tangkapan layar, tautan) serta kategori pelanggaran \
                konten yang dilaporkan. Aduan yang memenuhi syarat dan terverifikasi oleh admin ditindaklanjuti 2x24 jam setelah \
                aduan diterima dan diverifikasi. Seluruh proses aduan tidak dipungut biaya.""",
                List.of(cat("hoaks", "Hoaks/Disinformasi"), cat("konten-negatif", "Konten Negatif"), cat("hak-cipta", "Pelanggaran Hak Cipta"),
                        cat("lainnya", "Lainnya")),
                en("Content Complaints",
                        "Report hoaxes, negative content or copyright infringements circulating online.",
                        EnumSet.of(Channel.WEB)));
    }

    private void service(String code, String name, TicketKind kind, String ownerCode, String summary, String description,
                         List<NewCategory> categories, English english) {
        var audience = AUDIENCES.getOrDefault(code, Audience.PUBLIC);
        var existing = catalog.findByCode(code);
        if (existing.isPresent()) {
            // a database seeded before services had an audience
            administration.changeAudience(existing.get().id(), audience);
            return;
        }
        var owner = directory.unitByCode(ownerCode);
        if (owner.isEmpty()) {
            log.warn("Demo data: service {} skipped, unit {} is missing", code, ownerCode);
            return;
        }
        log.info("Demo data: service {}", code);
        administration.create(new NewServiceOffering(code, name, summary, description, kind, owner.get().id(), categories, audience,
                english.name(), english.summary(), english.channels()));
    }

    /** The English name and summary of a demo service and the channels its seed document names. */
    private record English(String name, String summary, Set<Channel> channels) {
    }

    private static English en(String name, String summary, Set<Channel> channels) {
        return new English(name, summary, channels);
    }

    private static NewCategory cat(String code, String name) {
        return new NewCategory(code, name);
    }
}
