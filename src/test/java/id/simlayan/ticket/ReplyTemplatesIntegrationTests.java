package id.simlayan.ticket;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import id.simlayan.catalog.TicketKind;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.mock.web.MockHttpSession;

/** Canned replies: kept by agents and admins at /petugas/template-balasan, put into the reply field of a ticket page. */
class ReplyTemplatesIntegrationTests extends TicketTestSupport {

    @Autowired
    ApplicationContext context;

    @Test
    void anAgentKeepsTemplatesAndTheChosenOneFillsTheReplyFieldWithTheTicketsValues() throws Exception {
        var tickets = new TicketFixtures(context);
        var ticket = tickets.aReceived(TicketKind.REQUEST).accepted();
        var agentSession = login(people.anAgent());
        String title = "Akun dibuat " + UUID.randomUUID();

        postAs(agentSession, "/petugas/template-balasan", "title", title, "unitId", "",
                "body", "Yth. {nama}, permohonan {nomor} untuk {layanan} sudah kami proses.")
                .andExpect(status().is3xxRedirection());
        UUID template = templateId(title);
        mvc.perform(get("/petugas/template-balasan").session(agentSession)).andExpect(status().isOk())
                .andExpect(content().string(containsString(title)));

        String page = "/petugas/tiket/" + ticket.uuid();
        long entries = timelineSize(ticket.uuid());
        mvc.perform(get(page).session(agentSession)).andExpect(status().isOk())
                .andExpect(content().string(containsString("value=\"" + template + "\"")));
        String filled = "Yth. " + ticket.requester().fullName() + ", permohonan " + ticket.number() + " untuk " + ticket.service().name()
                + " sudah kami proses.";
        mvc.perform(get(page + "/template-balasan").param("templateId", template.toString()).session(agentSession))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(filled)));
        // htmx asks the same URL and swaps only the reply field
        mvc.perform(get(page + "/template-balasan").param("templateId", template.toString()).header("HX-Request", "true")
                        .session(agentSession))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"reply-text\"")))
                .andExpect(content().string(containsString(filled)));
        assertThat(timelineSize(ticket.uuid())).as("choosing a template sends nothing").isEqualTo(entries);
    }

    @Test
    void aDeactivatedTemplateIsNoLongerOfferedAndCannotBeUsed() throws Exception {
        var ticket = new TicketFixtures(context).aReceived(TicketKind.REQUEST).accepted();
        var agentSession = login(people.anAgent());
        String title = "Lama " + UUID.randomUUID();
        postAs(agentSession, "/petugas/template-balasan", "title", title, "body", "Teks lama.").andExpect(status().is3xxRedirection());
        UUID template = templateId(title);

        postAs(agentSession, "/petugas/template-balasan/" + template + "/nonaktifkan").andExpect(status().is3xxRedirection());

        String page = "/petugas/tiket/" + ticket.uuid();
        mvc.perform(get(page).session(agentSession)).andExpect(status().isOk())
                .andExpect(content().string(not(containsString(template.toString()))));
        mvc.perform(get(page + "/template-balasan").param("templateId", template.toString()).session(agentSession))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("sudah tidak tersedia")))
                .andExpect(content().string(not(containsString("Teks lama."))));
        mvc.perform(get(page + "/template-balasan").session(agentSession))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("Pilih template terlebih dahulu.")));

        postAs(agentSession, "/petugas/template-balasan/" + template + "/aktifkan").andExpect(status().is3xxRedirection());
        mvc.perform(get(page).session(agentSession)).andExpect(status().isOk())
                .andExpect(content().string(containsString(template.toString())));
    }

    @Test
    void aUnitsTemplateIsOfferedToThatUnitOnlyAndOnlyAgentsOrAdminsManageThem() throws Exception {
        var tickets = new TicketFixtures(context);
        var unit = tickets.people().aUnit();
        var otherUnit = tickets.people().aUnit();
        var ticket = tickets.aReceived(TicketKind.REQUEST).accepted().disposedTo(unit).acceptedByUnit().assigned();
        MockHttpSession technicianSession = login(ticket.technician());
        var adminSession = login(people.anAdmin());
        String mine = "Unit sendiri " + UUID.randomUUID();
        String theirs = "Unit lain " + UUID.randomUUID();
        postAs(adminSession, "/petugas/template-balasan", "title", mine, "body", "Untuk unit ini.", "unitId", unit.value().toString())
                .andExpect(status().is3xxRedirection());
        postAs(adminSession, "/petugas/template-balasan", "title", theirs, "body", "Untuk unit lain.", "unitId", otherUnit.value().toString())
                .andExpect(status().is3xxRedirection());

        mvc.perform(get("/petugas/tiket/" + ticket.uuid()).session(technicianSession)).andExpect(status().isOk())
                .andExpect(content().string(containsString(mine)))
                .andExpect(content().string(not(containsString(theirs))));
        mvc.perform(get("/petugas/tiket/" + ticket.uuid() + "/template-balasan").param("templateId", templateId(theirs).toString())
                        .session(technicianSession))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(not(containsString("Untuk unit lain."))));

        mvc.perform(get("/petugas/template-balasan").session(technicianSession)).andExpect(status().isForbidden());
        postAs(technicianSession, "/petugas/template-balasan", "title", "Dari teknisi", "body", "Tidak boleh.")
                .andExpect(status().isForbidden());
        postAs(technicianSession, "/petugas/template-balasan/" + templateId(mine) + "/nonaktifkan").andExpect(status().isForbidden());
        assertThat(count("Dari teknisi")).isZero();
        assertThat(active(templateId(mine))).isTrue();
    }

    @Test
    void badInputIsShownAgainAndAStaleEditIsRefused() throws Exception {
        var agentSession = login(people.anAgent());
        String marker = "Kosong " + UUID.randomUUID();
        postAs(agentSession, "/petugas/template-balasan", "title", marker, "body", "  ")
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString(marker)))
                .andExpect(content().string(containsString("is-invalid")));
        postAs(agentSession, "/petugas/template-balasan", "title", marker, "body", "Isi", "unitId", "bukan-uuid")
                .andExpect(status().isBadRequest());
        assertThat(count(marker)).isZero();

        String title = "Versi " + UUID.randomUUID();
        postAs(agentSession, "/petugas/template-balasan", "title", title, "body", "Versi satu.").andExpect(status().is3xxRedirection());
        UUID template = templateId(title);
        postAs(agentSession, "/petugas/template-balasan/" + template, "title", title, "body", "Versi dua.", "version", "0")
                .andExpect(status().is3xxRedirection());
        postAs(agentSession, "/petugas/template-balasan/" + template, "title", title, "body", "Versi tiga dari form lama.", "version", "0")
                .andExpect(status().isConflict());
        postAs(agentSession, "/petugas/template-balasan/" + template, "title", title, "body", "Tanpa versi.")
                .andExpect(status().isBadRequest());
        assertThat(jdbc.sql("SELECT body FROM reply_templates WHERE id = :id").param("id", template).query(String.class).single())
                .isEqualTo("Versi dua.");
    }

    private UUID templateId(String title) {
        return jdbc.sql("SELECT id FROM reply_templates WHERE title = :t").param("t", title).query(UUID.class).single();
    }

    private long count(String title) {
        return jdbc.sql("SELECT count(*) FROM reply_templates WHERE title = :t").param("t", title).query(Long.class).single();
    }

    private boolean active(UUID id) {
        return jdbc.sql("SELECT active FROM reply_templates WHERE id = :id").param("id", id).query(Boolean.class).single();
    }
}
