package id.simlayan.standard;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import id.simlayan.catalog.ServiceCatalog;
import id.simlayan.catalog.ServiceOfferingId;
import id.simlayan.standard.internal.FormDrafting;
import id.simlayan.standard.internal.WorkflowDrafting;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Publishes a service's standard the way an admin does, through /admin/standar: start the
 * draft (a copy of the latest version), write the given component texts, publish. The request
 * form of a draft is set through the module's form drafting (the form builder's use case), which
 * needs the fixture built from the application context.
 */
public final class StandardFixtures {

    /** Position of each component key in the form, after UU 25/2009 Pasal 21. */
    private static final java.util.List<String> KEYS = java.util.List.of("dasar-hukum", "persyaratan", "prosedur", "jangka-waktu", "biaya",
            "produk", "sarana", "kompetensi", "pengawasan", "pengaduan", "jumlah-pelaksana", "jaminan-pelayanan", "jaminan-keamanan", "evaluasi");

    private final MockMvc mvc;
    private final JdbcClient jdbc;
    private final ApplicationContext context;

    public StandardFixtures(MockMvc mvc, JdbcClient jdbc) {
        this.mvc = mvc;
        this.jdbc = jdbc;
        this.context = null;
    }

    /** With request forms too ({@link #draftForm}, {@link #publishWithForm}). */
    public StandardFixtures(ApplicationContext context) {
        this.mvc = context.getBean(MockMvc.class);
        this.jdbc = context.getBean(JdbcClient.class);
        this.context = context;
    }

    /** Replaces the request form of the service's draft (which must exist) by {@code fields}, in their order. */
    public void draftForm(String serviceCode, List<FormField> fields) {
        context().getBean(FormDrafting.class).replace(serviceId(serviceCode), fields);
    }

    /** Copies the workflow template {@code templateKey} into the service's draft (which must exist), as an admin choosing it. */
    public void draftWorkflow(String serviceCode, String templateKey) {
        context().getBean(WorkflowDrafting.class).adopt(serviceId(serviceCode), templateKey, null);
    }

    /** Replaces the workflow of the service's draft (which must exist) by {@code definition}. */
    public void draftWorkflow(String serviceCode, id.simlayan.workflow.WorkflowDefinition definition) {
        context().getBean(WorkflowDrafting.class).save(serviceId(serviceCode), definition, null);
    }

    /**
     * Drafts (as {@link #draft}), gives the draft the workflow template {@code templateKey} and
     * the request form {@code fields}, and publishes it, effective {@code effective}: tickets filed
     * from then on follow that workflow.
     */
    public void publishWithWorkflow(MockHttpSession admin, String serviceCode, String templateKey, List<FormField> fields, LocalDate effective)
            throws Exception {
        draft(admin, serviceCode, "WF-" + templateKey, Map.of());
        draftWorkflow(serviceCode, templateKey);
        draftForm(serviceCode, fields);
        publishDraft(admin, serviceCode, rowVersionOfDraft(serviceCode), effective);
    }

    /** As {@link #publishWithWorkflow(MockHttpSession, String, String, List, LocalDate)} with a definition of its own (e.g. a changed template). */
    public void publishWithWorkflow(MockHttpSession admin, String serviceCode, id.simlayan.workflow.WorkflowDefinition definition,
                                    List<FormField> fields, LocalDate effective) throws Exception {
        draft(admin, serviceCode, "WF-" + definition.key(), Map.of());
        draftWorkflow(serviceCode, definition);
        draftForm(serviceCode, fields);
        publishDraft(admin, serviceCode, rowVersionOfDraft(serviceCode), effective);
    }

    private ApplicationContext context() {
        if (context == null) {
            throw new IllegalStateException("build StandardFixtures from the ApplicationContext to set request forms and workflows");
        }
        return context;
    }

    /** Drafts (as {@link #draft}), gives the draft the request form {@code fields} and publishes it, effective {@code effective}. */
    public void publishWithForm(MockHttpSession admin, String serviceCode, String decreeNumber, List<FormField> fields, LocalDate effective)
            throws Exception {
        draft(admin, serviceCode, decreeNumber, Map.of());
        draftForm(serviceCode, fields);
        publishDraft(admin, serviceCode, rowVersionOfDraft(serviceCode), effective);
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
        publishDraft(admin, serviceCode, draft(admin, serviceCode, decreeNumber, bodies), effective);
    }

    private void publishDraft(MockHttpSession admin, String serviceCode, long rowVersion, LocalDate effective) throws Exception {
        mvc.perform(post("/admin/standar/{code}/terbit", serviceCode).session(admin).with(csrf())
                        .param("version", Long.toString(rowVersion)).param("effectiveDate", effective.toString()))
                .andExpect(status().is3xxRedirection());
    }

    private ServiceOfferingId serviceId(String serviceCode) {
        return context.getBean(ServiceCatalog.class).findByCode(serviceCode).orElseThrow().id();
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
