package id.simlayan.ticket;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import id.simlayan.catalog.ServiceOfferingView;
import id.simlayan.catalog.Audience;
import id.simlayan.catalog.TicketKind;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;

/** Submitting a ticket through /tiket/baru: files, validation, no mass assignment, nothing saved on bad input. */
class TicketSubmissionIntegrationTests extends TicketTestSupport {

    @Test
    void theServicePickerListsActiveServicesAndUnknownServicesAreNotFound() throws Exception {
        var service = aService(TicketKind.REQUEST);
        var session = login(people.aRequester());
        mvc.perform(get("/tiket/baru").session(session)).andExpect(status().isOk())
                .andExpect(content().string(containsString("/tiket/baru/" + service.code())));
        mvc.perform(get("/tiket/baru/" + service.code()).session(session)).andExpect(status().isOk())
                .andExpect(content().string(containsString(service.categories().getFirst().name())));
        mvc.perform(get("/tiket/baru/tidak-ada-" + UUID.randomUUID()).session(session)).andExpect(status().isNotFound());
    }

    @Test
    void aComplaintWithEvidenceIsReceivedAndTheNumberIsShown() throws Exception {
        var service = aService(TicketKind.COMPLAINT);
        var requester = people.aRequester();
        var session = login(requester);

        var result = mvc.perform(form(session, service, "Jalan berlubang", "Di depan kantor kelurahan.")
                        .file(png("foto-1.png")).file(png("foto-2.png")))
                .andExpect(status().is3xxRedirection())
                .andExpect(flash().attribute("flash", containsString("ADU-")))
                .andReturn();
        UUID id = UUID.fromString(result.getResponse().getRedirectedUrl().substring("/lacak/".length()));
        assertThat(statusOf(id)).isEqualTo("DITERIMA");
        assertThat(number(id)).matches("ADU-\\d{4}-\\d{6}");
        assertThat(jdbc.sql("SELECT count(*) FROM ticket_attachments WHERE ticket_id = :id AND event_id IS NOT NULL").param("id", id)
                .query(Long.class).single()).isEqualTo(2);

        mvc.perform(get("/lacak/" + id).session(session)).andExpect(status().isOk())
                .andExpect(content().string(containsString("foto-1.png")))
                .andExpect(content().string(containsString("Diterima")));
        mvc.perform(get("/lacak").session(session)).andExpect(content().string(containsString(number(id))));
    }

    @Test
    void anEmptyDescriptionIsRefusedAndNothingIsSaved() throws Exception {
        var service = aService(TicketKind.REQUEST);
        var requester = people.aRequester();
        mvc.perform(form(login(requester), service, "Judul ada", "   "))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("Wajib diisi.")));
        assertThat(ticketsOf(requester)).isZero();
    }

    @Test
    void aComplaintWithoutEvidenceIsRefusedAndNothingIsSaved() throws Exception {
        var service = aService(TicketKind.COMPLAINT);
        var requester = people.aRequester();
        mvc.perform(form(login(requester), service, "Aduan tanpa bukti", "Uraian lengkap."))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("Pengaduan harus menyertakan bukti/file pendukung")));
        assertThat(ticketsOf(requester)).isZero();
    }

    @Test
    void aCategoryOfAnotherServiceIsRefusedAndNothingIsSaved() throws Exception {
        var service = aService(TicketKind.REQUEST);
        var other = aService(TicketKind.REQUEST);
        var requester = people.aRequester();
        mvc.perform(multipart("/tiket/baru/{code}", service.code())
                        .param("subject", "Kategori salah").param("description", "Uraian")
                        .param("categoryId", other.categories().getFirst().id().value().toString())
                        .session(login(requester)).with(csrf()))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("Pilih kategori dari layanan ini.")));
        assertThat(ticketsOf(requester)).isZero();
    }

    @Test
    void aCategoryIsRequiredWhenTheServiceHasCategories() throws Exception {
        var service = aService(TicketKind.REQUEST);
        var requester = people.aRequester();
        mvc.perform(multipart("/tiket/baru/{code}", service.code())
                        .param("subject", "Tanpa kategori").param("description", "Uraian")
                        .session(login(requester)).with(csrf()))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("Wajib dipilih.")));
        assertThat(ticketsOf(requester)).isZero();
    }

    @Test
    void aServiceWithoutCategoriesTakesTicketsWithoutOne() throws Exception {
        String code = "uji-pip-" + UUID.randomUUID().toString().substring(0, 8);
        var id = catalogAdministration.create(new id.simlayan.catalog.CatalogAdministration.NewServiceOffering(code, "Informasi Publik " + code,
                "Ringkasan", "Deskripsi", TicketKind.INFORMATION_REQUEST, people.aUnit(), java.util.List.of(), Audience.PUBLIC));
        var service = catalog.find(id).orElseThrow();
        var requester = people.aRequester();
        var session = login(requester);
        mvc.perform(get("/tiket/baru/" + code).session(session)).andExpect(status().isOk())
                .andExpect(content().string(not(containsString("name=\"categoryId\""))));
        var result = mvc.perform(multipart("/tiket/baru/{code}", service.code())
                        .param("subject", "Salinan APBD").param("description", "Mohon salinan dokumen APBD 2026.")
                        .session(session).with(csrf()))
                .andExpect(status().is3xxRedirection()).andReturn();
        UUID ticket = UUID.fromString(result.getResponse().getRedirectedUrl().substring("/lacak/".length()));
        assertThat(number(ticket)).startsWith("PIP-");
        mvc.perform(get("/lacak/" + ticket).session(session)).andExpect(status().isOk());
    }

    @Test
    void forgedStatusAndRequesterFieldsHaveNoEffect() throws Exception {
        var service = aService(TicketKind.REQUEST);
        var requester = people.aRequester();
        var victim = people.aRequester();
        var result = mvc.perform(form(login(requester), service, "Field palsu", "Uraian")
                        .param("status", "DITUTUP").param("requesterId", victim.userId().value().toString())
                        .param("number", "PMH-1999-000001"))
                .andExpect(status().is3xxRedirection()).andReturn();
        UUID id = UUID.fromString(result.getResponse().getRedirectedUrl().substring("/lacak/".length()));
        assertThat(statusOf(id)).isEqualTo("DITERIMA");
        assertThat(number(id)).isNotEqualTo("PMH-1999-000001");
        assertThat(ticketsOf(requester)).isEqualTo(1);
        assertThat(ticketsOf(victim)).isZero();
    }

    @Test
    void anExecutableRenamedAsAPictureIsRefusedNextToTheFileFieldAndNoTicketIsCreated() throws Exception {
        var service = aService(TicketKind.COMPLAINT);
        var requester = people.aRequester();
        mvc.perform(form(login(requester), service, "Aduan dengan virus", "Uraian")
                        .file(png("bukti-asli.png"))
                        .file(new MockMultipartFile("files", "foto.jpg", "image/jpeg", exe())))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("foto.jpg")))
                .andExpect(content().string(containsString("is-invalid")));
        assertThat(ticketsOf(requester)).isZero();
    }

    @Test
    void anOversizeFileIsRefusedAndNoTicketIsCreated() throws Exception {
        var service = aService(TicketKind.COMPLAINT);
        var requester = people.aRequester();
        byte[] big = new byte[11 * 1024 * 1024];
        byte[] png = png("x.png").getBytes();
        System.arraycopy(png, 0, big, 0, png.length);
        mvc.perform(form(login(requester), service, "Aduan berkas besar", "Uraian")
                        .file(new MockMultipartFile("files", "besar.png", "image/png", big)))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("melebihi batas")));
        assertThat(ticketsOf(requester)).isZero();
    }

    @Test
    void theTrackingPageAnswersHtmxWithOnlyItsLiveFragment() throws Exception {
        var service = aService(TicketKind.REQUEST);
        var session = login(people.aRequester());
        UUID id = submit(session, service, "Fragmen htmx");

        mvc.perform(get("/lacak/" + id).session(session))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("<html")))
                .andExpect(content().string(containsString("data-live-url=\"/lacak/" + id + "/live\"")))
                .andExpect(content().string(containsString("hx-trigger=\"live-refresh\"")));
        mvc.perform(get("/lacak/" + id).session(session).header("HX-Request", "true"))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString("<html"))))
                .andExpect(content().string(containsString("id=\"ticket-live\"")))
                .andExpect(content().string(containsString(number(id))))
                // the refreshed fragment carries the action forms with the current version and a CSRF token
                .andExpect(content().string(containsString("/lacak/" + id + "/balas")))
                .andExpect(content().string(containsString("name=\"_csrf\"")));

        var agent = login(people.anAgent());
        mvc.perform(get("/petugas/tiket/" + id).session(agent).header("HX-Request", "true"))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString("<html"))))
                .andExpect(content().string(containsString("id=\"ticket-live\"")));
    }

    @Test
    void theQueueFiltersByServiceStatusAndAgeOldestFirst() throws Exception {
        var service = aService(TicketKind.INCIDENT);
        var requester = login(people.aRequester());
        var agent = login(people.anAgent());
        UUID first = submit(requester, service, "Gangguan pertama");
        UUID second = submit(requester, service, "Gangguan kedua");
        String byService = "/petugas/antrean?service=" + service.id().value();

        String page = mvc.perform(get(byService).session(agent)).andExpect(status().isOk())
                .andExpect(content().string(containsString("Menampilkan 2 tiket")))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(page.indexOf(number(first))).isLessThan(page.indexOf(number(second)));
        mvc.perform(get(byService + "&status=DIPROSES").session(agent)).andExpect(content().string(containsString("Menampilkan 0 tiket")));
        // the filter form asks with htmx for the results only
        mvc.perform(get(byService).session(agent).header("HX-Request", "true"))
                .andExpect(content().string(not(containsString("<html"))))
                .andExpect(content().string(not(containsString("<form"))))
                .andExpect(content().string(containsString("id=\"queue-results\"")))
                .andExpect(content().string(containsString(number(second))));
        mvc.perform(get(byService + "&lebihDari=1").session(agent)).andExpect(content().string(containsString("Menampilkan 0 tiket")));
        clock.advance(java.time.Duration.ofDays(2));
        mvc.perform(get(byService + "&lebihDari=1").session(agent)).andExpect(content().string(containsString("Menampilkan 2 tiket")));

        // the queue says who holds each ticket
        var unit = people.aUnit();
        String unitName = directory.unit(unit).orElseThrow().name();
        postAs(agent, "/petugas/tiket/" + first + "/terima", "version", version(first)).andExpect(status().is3xxRedirection());
        postAs(agent, "/petugas/tiket/" + first + "/disposisi", "version", version(first), "unitId", unit.value().toString(),
                "instruction", "Cek jaringan").andExpect(status().is3xxRedirection());
        mvc.perform(get(byService + "&status=DIPROSES").session(agent))
                .andExpect(content().string(containsString("Menampilkan 1 tiket")))
                .andExpect(content().string(containsString(unitName)));
    }

    private static MockMultipartHttpServletRequestBuilder form(MockHttpSession session, ServiceOfferingView service, String subject,
                                                               String description) {
        return (MockMultipartHttpServletRequestBuilder) multipart("/tiket/baru/{code}", service.code())
                .param("subject", subject).param("description", description)
                .param("categoryId", service.categories().getFirst().id().value().toString())
                .session(session).with(csrf());
    }

    private static byte[] exe() {
        byte[] bytes = new byte[256];
        bytes[0] = 'M';
        bytes[1] = 'Z';
        bytes[0x3c] = (byte) 0x80;
        bytes[0x80] = 'P';
        bytes[0x81] = 'E';
        byte[] message = "This program cannot be run in DOS mode.".getBytes(StandardCharsets.US_ASCII);
        System.arraycopy(message, 0, bytes, 0x4e, message.length);
        return bytes;
    }

    @Test
    void aServiceForCivilServantsSaysSoAndRefusesACitizenButAcceptsAnAsn() throws Exception {
        var service = aService(TicketKind.REQUEST, Audience.ASN);
        var citizen = people.aRequester();
        var citizenSession = login(citizen);

        mvc.perform(get("/layanan/" + service.code()))
                .andExpect(content().string(containsString("Khusus ASN Pemerintah Kota Pekalongan")));
        mvc.perform(get("/tiket/baru/" + service.code()).session(citizenSession))
                .andExpect(content().string(containsString("Layanan ini khusus untuk ASN")))
                .andExpect(content().string(containsString("Akun Anda bukan akun ASN")));

        mvc.perform(multipart("/tiket/baru/{code}", service.code()).param("subject", "Sertifikat untuk saya")
                        .param("description", "Saya warga biasa").param("categoryId", service.categories().getFirst().id().value().toString())
                        .session(citizenSession).with(csrf()))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("Akun Anda bukan akun ASN, jadi layanan ini tidak dapat Anda ajukan.")));
        assertThat(ticketsOf(citizen)).isZero();

        var asn = people.anAsn();
        var asnSession = login(asn);
        mvc.perform(get("/tiket/baru/" + service.code()).session(asnSession))
                .andExpect(content().string(containsString("Layanan ini khusus untuk ASN")))
                .andExpect(content().string(not(containsString("Akun Anda bukan akun ASN"))));
        submit(asnSession, service, "Sertifikat elektronik Kepala Seksi");
        assertThat(ticketsOf(asn)).isOne();
    }

    @Test
    void aServiceForOpdsRefusesACitizenAndAcceptsACivilServantOfAUnit() throws Exception {
        var service = aService(TicketKind.INCIDENT, Audience.OPD);
        var citizen = people.aRequester();
        mvc.perform(multipart("/tiket/baru/{code}", service.code()).param("subject", "Batik.Net rumah saya")
                        .param("description", "Internet rumah lambat").param("categoryId", service.categories().getFirst().id().value().toString())
                        .session(login(citizen)).with(csrf()))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("bukan akun ASN sebuah OPD")));
        assertThat(ticketsOf(citizen)).isZero();

        var asn = people.anAsn();
        submit(login(asn), service, "Batik.Net kantor kelurahan putus");
        assertThat(ticketsOf(asn)).isOne();
        mvc.perform(get("/layanan/" + service.code())).andExpect(content().string(containsString("Khusus OPD Pemerintah Kota Pekalongan")));
    }
}
