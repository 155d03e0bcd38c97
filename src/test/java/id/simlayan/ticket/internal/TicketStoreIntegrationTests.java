package id.simlayan.ticket.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.simlayan.IntegrationTest;
import id.simlayan.catalog.Audience;
import id.simlayan.catalog.CatalogAdministration;
import id.simlayan.catalog.ServiceCatalog;
import id.simlayan.catalog.CatalogAdministration.NewCategory;
import id.simlayan.catalog.CatalogAdministration.NewServiceOffering;
import id.simlayan.catalog.TicketKind;
import id.simlayan.identity.AccountProvisioning;
import id.simlayan.identity.CurrentUser;
import id.simlayan.identity.Directory;
import id.simlayan.identity.IdentityFixtures;
import id.simlayan.identity.UserId;
import id.simlayan.ticket.TicketId;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataAccessException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/** Persistence rules of the ticket: optimistic locking and the append-only timeline. */
class TicketStoreIntegrationTests extends IntegrationTest {

    @Autowired
    TicketStore store;
    @Autowired
    TicketIntake intake;
    @Autowired
    TransactionTemplate tx;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    AccountProvisioning provisioning;
    @Autowired
    Directory directory;
    @Autowired
    CatalogAdministration catalog;
    @Autowired
    ServiceCatalog services;

    @Test
    void theSecondOfTwoConcurrentChangesFailsTheVersionCheck() {
        TicketId id = aTicket();
        Ticket first = store.find(id).orElseThrow();
        Ticket second = store.find(id).orElseThrow();
        var agent = new UserId(UUID.randomUUID());

        tx.executeWithoutResult(s -> {
            first.startVerification(agent, clock.instant());
            store.save(first);
        });
        assertThatThrownBy(() -> tx.executeWithoutResult(s -> {
            second.accept(agent, clock.instant());
            store.save(second);
        })).isInstanceOf(OptimisticLockingFailureException.class);
        assertThat(store.find(id).orElseThrow().getStatus().name()).isEqualTo("VERIFIKASI");
        assertThat(store.timeline(id)).extracting(TimelineEntry::type)
                .containsExactly(TimelineEntry.Type.SUBMITTED, TimelineEntry.Type.VERIFICATION_STARTED);
    }

    @Test
    void timelineEntriesCanBeNeitherChangedNorDeleted() {
        TicketId id = aTicket();
        assertThatThrownBy(() -> jdbc.sql("UPDATE ticket_events SET text = 'diubah' WHERE ticket_id = :id").param("id", id.value()).update())
                .isInstanceOf(DataAccessException.class).hasMessageContaining("append-only");
        assertThatThrownBy(() -> jdbc.sql("DELETE FROM ticket_events WHERE ticket_id = :id").param("id", id.value()).update())
                .isInstanceOf(DataAccessException.class).hasMessageContaining("append-only");
        assertThat(store.timeline(id)).hasSize(1);
    }

    private TicketId aTicket() {
        var people = new IdentityFixtures(provisioning, directory);
        var requester = people.aRequester();
        String code = "uji-store-" + UUID.randomUUID().toString().substring(0, 8);
        var serviceId = catalog.create(new NewServiceOffering(code, "Layanan " + code, "Ringkasan", "Deskripsi", TicketKind.REQUEST,
                people.aUnit(), List.of(new NewCategory("UMUM", "Umum")), Audience.PUBLIC));
        UUID category = services.find(serviceId).orElseThrow().categories().getFirst().id().value();
        var user = new CurrentUser(requester.userId(), requester.fullName(), requester.email(), Set.of());
        return intake.submit(user, new TicketIntake.Submission(code, category, "Uji penyimpanan", "Uraian", List.of())).id();
    }
}
