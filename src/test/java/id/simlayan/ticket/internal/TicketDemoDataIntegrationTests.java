package id.simlayan.ticket.internal;

import static org.assertj.core.api.Assertions.assertThat;

import id.simlayan.IntegrationTest;
import id.simlayan.identity.AccountProvisioning;
import id.simlayan.identity.Directory;
import id.simlayan.identity.IdentityFixtures;
import id.simlayan.identity.UserContact;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The demo runners are not beans in tests (simlayan.demo.enabled is false): the identity and
 * catalog demo data are created here by hand (by class name: they are internal to their
 * modules), then the demo tickets, twice.
 */
class TicketDemoDataIntegrationTests extends IntegrationTest {

    @Autowired
    ApplicationContext context;
    @Autowired
    AccountProvisioning provisioning;
    @Autowired
    Directory directory;
    @Autowired
    JdbcClient jdbc;

    @Test
    void demoTicketsAreCreatedInEveryStatusThroughTheUseCasesAndOnlyOnce() throws Exception {
        runDemo("id.simlayan.identity.internal.IdentityDemoData");
        runDemo("id.simlayan.catalog.internal.CatalogDemoData");
        runDemo("id.simlayan.standard.internal.StandardDemoData");
        // the front desk of the shared test database may be a fixture unit: make sure it has an agent
        new IdentityFixtures(provisioning, directory).anAgent();
        var demo = context.getAutowireCapableBeanFactory().createBean(TicketDemoData.class);

        demo.run(new DefaultApplicationArguments());
        var afterFirstRun = statusesOfDemoTickets();
        demo.run(new DefaultApplicationArguments());

        assertThat(statusesOfDemoTickets()).isEqualTo(afterFirstRun);
        assertThat(afterFirstRun).containsExactlyInAnyOrderEntriesOf(Map.of("DITERIMA", 3L, "VERIFIKASI", 3L, "MENUNGGU_PEMOHON", 2L,
                "DIPROSES", 3L, "SELESAI", 2L, "DITUTUP", 3L, "DITOLAK", 1L));
        var ids = demoRequesters();
        assertThat(jdbc.sql("""
                        SELECT count(*) FROM dispositions d JOIN tickets t ON t.id = d.ticket_id
                        WHERE t.requester_id IN (:ids) AND d.status = 'PENDING'""")
                .param("ids", ids).query(Long.class).single()).isEqualTo(1);
        assertThat(jdbc.sql("""
                        SELECT count(*) FROM dispositions d JOIN tickets t ON t.id = d.ticket_id
                        WHERE t.requester_id IN (:ids) AND d.status = 'RETURNED' AND t.holder_kind = 'FRONT_DESK'""")
                .param("ids", ids).query(Long.class).single()).isEqualTo(1);
        var technician = directory.contactByEmail("teknisi.infra@simlayan.test").orElseThrow();
        assertThat(jdbc.sql("SELECT count(*) FROM tickets WHERE requester_id IN (:ids) AND status = 'DIPROSES' AND holder_user_id = :tech")
                .param("ids", ids).param("tech", technician.id().value()).query(Long.class).single()).isEqualTo(2);
        assertThat(jdbc.sql("""
                        SELECT e.text FROM ticket_events e JOIN tickets t ON t.id = e.ticket_id
                        WHERE t.requester_id IN (:ids) AND e.type IN ('INFORMATION_REQUESTED', 'REJECTED')""")
                .param("ids", ids).query(String.class).list()).hasSize(3).allSatisfy(text -> assertThat(text).isNotBlank());
        // the second hoax report is merged into the first one, which is still being verified
        assertThat(jdbc.sql("""
                        SELECT o.status FROM tickets d JOIN tickets o ON o.id = d.merged_into_id
                        WHERE d.requester_id IN (:ids) AND d.status = 'DITUTUP'""")
                .param("ids", ids).query(String.class).list()).containsExactly("VERIFIKASI");
        assertThat(jdbc.sql("""
                        SELECT count(*) FROM tickets t WHERE t.requester_id IN (:ids) AND t.kind = 'COMPLAINT'
                        AND NOT EXISTS (SELECT 1 FROM ticket_attachments a WHERE a.ticket_id = t.id)""")
                .param("ids", ids).query(Long.class).single()).as("complaints without evidence").isZero();
        // the demo standards' forms are answered (letter number and date, the scanned letter as a document)
        assertThat(jdbc.sql("""
                        SELECT a.answer_values[1] FROM ticket_form_answers a JOIN tickets t ON t.id = a.ticket_id
                        JOIN service_offerings s ON s.id = t.service_id
                        WHERE t.requester_id IN (:ids) AND s.code = 'gangguan-batiknet' AND a.field_key = 'surat'""")
                .param("ids", ids).query(String.class).list()).hasSize(2).allSatisfy(number -> assertThat(number).contains("/DINKES/"));
        assertThat(jdbc.sql("""
                        SELECT count(*) FROM ticket_attachments a JOIN tickets t ON t.id = a.ticket_id
                        WHERE t.requester_id IN (:ids) AND a.form_field_key = 'surat-pemberitahuan'""")
                .param("ids", ids).query(Long.class).single()).isEqualTo(2);
        // the demo tickets of the seed services walk their own workflows (issue 9)
        assertThat(jdbc.sql("""
                        SELECT s.code || ':' || t.workflow_stage FROM tickets t JOIN service_offerings s ON s.id = t.service_id
                        WHERE t.requester_id IN (:ids) AND s.code IN ('sp4n-lapor', 'gangguan-batiknet')""")
                .param("ids", ids).query(String.class).list())
                .containsExactlyInAnyOrder("sp4n-lapor:diterima", "sp4n-lapor:verifikasi-kewenangan", "gangguan-batiknet:pengecekan", "gangguan-batiknet:persetujuan");
    }

    private void runDemo(String className) throws Exception {
        var runner = (ApplicationRunner) context.getAutowireCapableBeanFactory().createBean(Class.forName(className));
        runner.run(new DefaultApplicationArguments());
    }

    private List<UUID> demoRequesters() {
        return List.of(TicketDemoData.CITIZEN, TicketDemoData.CIVIL_SERVANT).stream()
                .map(email -> directory.contactByEmail(email).map(UserContact::id).orElseThrow().value()).toList();
    }

    private Map<String, Long> statusesOfDemoTickets() {
        return jdbc.sql("SELECT status FROM tickets WHERE requester_id IN (:ids)").param("ids", demoRequesters())
                .query(String.class).list().stream().collect(Collectors.groupingBy(s -> s, Collectors.counting()));
    }
}
