package id.simlayan.standard;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Publishes a service's standard the way an admin does, through /admin/standar: start the
 * draft (a copy of the latest version), write the given component texts, publish.
 */
public final class StandardFixtures {

    /** Position of each component key in the form, after UU 25/2009 Pasal 21. */
    private static final java.util.List<String> KEYS = java.util.List.of("dasar-hukum", "persyaratan", "prosedur", "jangka-waktu", "biaya",
            "produk", "sarana", "kompetensi", "pengawasan", "pengaduan", "jumlah-pelaksana", "jaminan-pelayanan", "jaminan-keamanan", "evaluasi");

    private final MockMvc mvc;
    private final JdbcClient jdbc;

    public StandardFixtures(MockMvc mvc, JdbcClient jdbc) {
        this.mvc = mvc;
        this.jdbc = jdbc;
    }

    /** Starts and saves a draft with {@code bodies} (component key to text); returns the draft's row version. */
    public long draft(MockHttpSession admin, String serviceCode, String decreeNumber, Map<String, String> bodies) throws Exception {
        mvc.perform(post("/admin/standar/{code}/draf/mulai", serviceCode).session(admin).with(csrf())).andExpect(status().is3xxRedirection());
        long version = rowVersionOfDraft(serviceCode);
        var request = post("/admin/standar/{code}/draf", serviceCode).session(admin).with(csrf())
                .param("version", Long.toString(version)).param("decreeNumber", decreeNumber).param("legalBases", "Peraturan uji");
        for (int i = 0; i < KEYS.size(); i++) {
            request.param("bodies[" + i + "]", bodies.getOrDefault(KEYS.get(i), "Uraian " + KEYS.get(i)));
        }
        mvc.perform(request).andExpect(status().is3xxRedirection());
        return rowVersionOfDraft(serviceCode);
    }

    /** Drafts and publishes, effective {@code effective}. */
    public void publish(MockHttpSession admin, String serviceCode, String decreeNumber, Map<String, String> bodies, LocalDate effective) throws Exception {
        long version = draft(admin, serviceCode, decreeNumber, bodies);
        mvc.perform(post("/admin/standar/{code}/terbit", serviceCode).session(admin).with(csrf())
                        .param("version", Long.toString(version)).param("effectiveDate", effective.toString()))
                .andExpect(status().is3xxRedirection());
    }

    /** The standard version a ticket keeps, as its number; null when it has none. */
    public Integer versionNumberOfTicket(UUID ticketId) {
        return jdbc.sql("SELECT v.number FROM tickets t LEFT JOIN standard_versions v ON v.id = t.standard_version_id WHERE t.id = ?")
                .param(ticketId).query(Integer.class).optional().orElse(null);
    }

    private long rowVersionOfDraft(String serviceCode) {
        return jdbc.sql("SELECT v.version FROM standard_versions v JOIN service_offerings s ON s.id = v.service_id WHERE s.code = ? AND v.status = 'DRAFT'")
                .param(serviceCode).query(Long.class).single();
    }
}
