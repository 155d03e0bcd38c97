package id.simlayan.ticket;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import id.simlayan.catalog.TicketKind;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.ResultActions;

/** Files on replies, internal notes and resolution notes, linked to their timeline entry. */
class TicketMessageFilesIntegrationTests extends TicketTestSupport {

    @Test
    void theRequesterSeesAFileOfAPublicReplyButNeverOneOfAnInternalNote() throws Exception {
        var requester = people.aRequester();
        var requesterSession = login(requester);
        var agentSession = login(people.anAgent());
        UUID id = submit(requesterSession, aService(TicketKind.REQUEST), "Minta akun surel dinas");
        postAs(agentSession, "/petugas/tiket/" + id + "/terima", "version", version(id)).andExpect(status().is3xxRedirection());

        send(agentSession, "/petugas/tiket/" + id + "/balas", "Panduan terlampir.", png("panduan-publik.png"))
                .andExpect(status().is3xxRedirection());
        send(agentSession, "/petugas/tiket/" + id + "/catatan", "Tangkapan layar server.", png("rahasia-internal.png"))
                .andExpect(status().is3xxRedirection());

        UUID replyFile = attachment(id, "panduan-publik.png");
        UUID noteFile = attachment(id, "rahasia-internal.png");
        assertThat(entryTypeOf(replyFile)).isEqualTo("REPLY");
        assertThat(entryTypeOf(noteFile)).isEqualTo("NOTE");

        mvc.perform(get("/lacak/" + id).session(requesterSession)).andExpect(status().isOk())
                .andExpect(content().string(containsString("/lampiran/" + replyFile)))
                .andExpect(content().string(not(containsString("rahasia-internal.png"))))
                .andExpect(content().string(not(containsString(noteFile.toString()))));
        mvc.perform(get("/lampiran/" + replyFile).session(requesterSession)).andExpect(status().isOk());
        mvc.perform(get("/lampiran/" + noteFile).session(requesterSession)).andExpect(status().isNotFound());

        mvc.perform(get("/petugas/tiket/" + id).session(agentSession)).andExpect(status().isOk())
                .andExpect(content().string(containsString("/lampiran/" + replyFile)))
                .andExpect(content().string(containsString("/lampiran/" + noteFile)));
        mvc.perform(get("/lampiran/" + noteFile).session(agentSession)).andExpect(status().isOk());
    }

    @Test
    void theRequesterRepliesWithAFileAndTheResolutionNoteCarriesOne() throws Exception {
        var requesterSession = login(people.aRequester());
        var agentSession = login(people.anAgent());
        UUID id = submit(requesterSession, aService(TicketKind.REQUEST), "Printer bidang tidak terdeteksi");
        postAs(agentSession, "/petugas/tiket/" + id + "/terima", "version", version(id)).andExpect(status().is3xxRedirection());

        send(requesterSession, "/lacak/" + id + "/balas", "Ini foto pesan galatnya.", png("galat-printer.png"))
                .andExpect(status().is3xxRedirection());
        mvc.perform(multipart("/petugas/tiket/{id}/selesaikan", id).file(png("berita-acara.png"))
                        .param("text", "Driver dipasang ulang.").param("version", version(id)).session(agentSession).with(csrf()))
                .andExpect(status().is3xxRedirection());

        assertThat(statusOf(id)).isEqualTo("SELESAI");
        assertThat(entryTypeOf(attachment(id, "galat-printer.png"))).isEqualTo("REPLY");
        UUID report = attachment(id, "berita-acara.png");
        assertThat(entryTypeOf(report)).isEqualTo("RESOLVED");
        mvc.perform(get("/lacak/" + id).session(requesterSession)).andExpect(status().isOk())
                .andExpect(content().string(containsString("/lampiran/" + report)));
    }

    @Test
    void aRejectedFileChangesNothingAndTheReplyIsNotSaved() throws Exception {
        var requesterSession = login(people.aRequester());
        var agentSession = login(people.anAgent());
        UUID id = submit(requesterSession, aService(TicketKind.REQUEST), "Aplikasi absensi lambat");
        postAs(agentSession, "/petugas/tiket/" + id + "/terima", "version", version(id)).andExpect(status().is3xxRedirection());
        long entries = timelineSize(id);
        String version = version(id);

        send(agentSession, "/petugas/tiket/" + id + "/balas", "Balasan yang tidak boleh tersimpan.",
                new MockMultipartFile("files", "foto.jpg", "image/jpeg", exe()))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("is-invalid")))
                .andExpect(content().string(containsString("Balasan yang tidak boleh tersimpan.")));
        send(requesterSession, "/lacak/" + id + "/balas", "Balasan pemohon yang tidak boleh tersimpan.",
                new MockMultipartFile("files", "foto.jpg", "image/jpeg", exe()))
                .andExpect(status().isBadRequest());
        mvc.perform(multipart("/petugas/tiket/{id}/selesaikan", id).file(new MockMultipartFile("files", "laporan.png", "image/png", exe()))
                        .param("text", "Selesai.").param("version", version).session(agentSession).with(csrf()))
                .andExpect(status().isBadRequest());

        assertThat(timelineSize(id)).isEqualTo(entries);
        assertThat(version(id)).isEqualTo(version);
        assertThat(statusOf(id)).isEqualTo("DIPROSES");
        assertThat(jdbc.sql("SELECT count(*) FROM ticket_attachments WHERE ticket_id = :id AND event_id IN "
                + "(SELECT e.id FROM ticket_events e WHERE e.ticket_id = :id AND e.type <> 'SUBMITTED')")
                .param("id", id).query(Long.class).single()).isZero();
    }

    private ResultActions send(MockHttpSession session, String path, String text, MockMultipartFile file) throws Exception {
        return mvc.perform(multipart(path).file(file).param("text", text).session(session).with(csrf()));
    }

    private UUID attachment(UUID ticket, String name) {
        return jdbc.sql("SELECT id FROM ticket_attachments WHERE ticket_id = :t AND name = :n").param("t", ticket).param("n", name)
                .query(UUID.class).single();
    }

    private String entryTypeOf(UUID attachment) {
        return jdbc.sql("SELECT e.type FROM ticket_attachments a JOIN ticket_events e ON e.id = a.event_id WHERE a.id = :id")
                .param("id", attachment).query(String.class).single();
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
}
