package id.simlayan.ticket;

import id.simlayan.catalog.Audience;
import id.simlayan.catalog.CatalogAdministration;
import id.simlayan.catalog.CatalogAdministration.NewCategory;
import id.simlayan.catalog.CatalogAdministration.NewServiceOffering;
import id.simlayan.catalog.ServiceCatalog;
import id.simlayan.catalog.ServiceOfferingView;
import id.simlayan.catalog.TicketKind;
import id.simlayan.identity.AccountProvisioning;
import id.simlayan.identity.CurrentUser;
import id.simlayan.identity.Directory;
import id.simlayan.identity.IdentityFixtures;
import id.simlayan.identity.IdentityFixtures.TestAccount;
import id.simlayan.identity.Membership;
import id.simlayan.identity.Role;
import id.simlayan.identity.UnitId;
import id.simlayan.storage.FileUpload;
import id.simlayan.ticket.internal.Assignment;
import id.simlayan.ticket.internal.DispositionHandling;
import id.simlayan.ticket.internal.RequesterActions;
import id.simlayan.ticket.internal.Resolution;
import id.simlayan.ticket.internal.TicketIntake;
import id.simlayan.ticket.internal.Verification;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import javax.imageio.ImageIO;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Tickets in any state, built through the module's own use cases (never SQL), with fresh
 * people, units and services. For this module's and later modules' tests:
 * <pre>
 *   var tickets = new TicketFixtures(applicationContext);
 *   var t = tickets.aReceived(TicketKind.COMPLAINT).accepted().disposedTo(unit).acceptedByUnit().assigned().resolved();
 * </pre>
 */
public final class TicketFixtures {

    private final ApplicationContext context;
    private final IdentityFixtures people;

    public TicketFixtures(ApplicationContext context) {
        this.context = context;
        this.people = new IdentityFixtures(context.getBean(AccountProvisioning.class), context.getBean(Directory.class));
    }

    public IdentityFixtures people() {
        return people;
    }

    /** A fresh active service of that kind with two categories, owned by a fresh unit. */
    public ServiceOfferingView aService(TicketKind kind) {
        String code = "uji-" + kind.numberPrefix().toLowerCase() + "-" + UUID.randomUUID().toString().substring(0, 8);
        var id = context.getBean(CatalogAdministration.class).create(new NewServiceOffering(code, "Layanan Uji " + code, "Ringkasan " + code,
                "Deskripsi", kind, people.aUnit(), List.of(new NewCategory("APL", "Aplikasi"), new NewCategory("JAR", "Jaringan")), Audience.PUBLIC));
        return context.getBean(ServiceCatalog.class).find(id).orElseThrow();
    }

    /** A ticket just submitted by a fresh requester (with a picture as evidence when the kind needs it). */
    public TicketInProgress aReceived(TicketKind kind) {
        var service = aService(kind);
        var requester = people.aRequester();
        List<FileUpload> files = kind.requiresEvidence() ? List.of(picture("bukti.png")) : List.of();
        var submitted = context.getBean(TicketIntake.class).submit(asRequester(requester), new TicketIntake.Submission(service.code(),
                service.categories().getFirst().id().value(), "Tiket uji " + service.code(), "Uraian tiket uji", files));
        return new TicketInProgress(submitted.id(), submitted.number(), requester, service);
    }

    /** A ticket on its way; each step is taken by a fresh person holding the right role. */
    public final class TicketInProgress {

        private final TicketId id;
        private final String number;
        private final TestAccount requester;
        private final ServiceOfferingView service;
        private TestAccount agent;
        private UnitId unit;
        private TestAccount unitAdmin;
        private TestAccount technician;

        TicketInProgress(TicketId id, String number, TestAccount requester, ServiceOfferingView service) {
            this.id = id;
            this.number = number;
            this.requester = requester;
            this.service = service;
        }

        public TicketInProgress accepted() {
            context.getBean(Verification.class).accept(agentUser(), id, version());
            return this;
        }

        public TicketInProgress disposedTo(UnitId target) {
            unit = target;
            context.getBean(DispositionHandling.class).dispose(agentUser(), id, version(), target, "Mohon ditindaklanjuti.");
            return this;
        }

        public TicketInProgress acceptedByUnit() {
            context.getBean(DispositionHandling.class).acceptDisposition(unitAdminUser(), id, version());
            return this;
        }

        public TicketInProgress assigned() {
            technician = people.aTechnician(unit);
            context.getBean(Assignment.class).assign(unitAdminUser(), id, version(), technician.userId());
            return this;
        }

        /** Resolved by the assigned technician, or by an agent when nobody is assigned. */
        public TicketInProgress resolved() {
            var by = technician != null ? staff(technician, Set.of(new Membership(unit, Role.TECHNICIAN))) : agentUser();
            context.getBean(Resolution.class).resolve(by, id, version(), "Sudah diselesaikan.");
            return this;
        }

        /** {@code count} internal notes by the front-desk agent: a long history. */
        public TicketInProgress withNotes(int count, String text) {
            for (int i = 1; i <= count; i++) {
                context.getBean(Resolution.class).reply(agentUser(), id, text + " (" + i + ")", false);
            }
            return this;
        }

        public TicketInProgress confirmed() {
            context.getBean(RequesterActions.class).confirm(asRequester(requester), id, version());
            return this;
        }

        public TicketId id() {
            return id;
        }

        public UUID uuid() {
            return id.value();
        }

        public String number() {
            return number;
        }

        public TestAccount requester() {
            return requester;
        }

        public ServiceOfferingView service() {
            return service;
        }

        public TestAccount technician() {
            return technician;
        }

        /** The unit the ticket was disposed to (null before a disposition). */
        public UnitId unit() {
            return unit;
        }

        /** The unit admin who decided the disposition (null before one was needed). */
        public TestAccount unitAdmin() {
            return unitAdmin;
        }

        /** The agent who took the front-desk steps (null before one was needed). */
        public TestAccount agent() {
            return agent;
        }

        public String status() {
            return context.getBean(JdbcClient.class).sql("SELECT status FROM tickets WHERE id = :id").param("id", id.value())
                    .query(String.class).single();
        }

        private long version() {
            return context.getBean(JdbcClient.class).sql("SELECT version FROM tickets WHERE id = :id").param("id", id.value())
                    .query(Long.class).single();
        }

        private CurrentUser agentUser() {
            if (agent == null) {
                agent = people.anAgent();
            }
            return staff(agent, Set.of(new Membership(people.frontDesk(), Role.AGENT)));
        }

        private CurrentUser unitAdminUser() {
            if (unitAdmin == null) {
                unitAdmin = people.aUnitAdmin(unit);
            }
            return staff(unitAdmin, Set.of(new Membership(unit, Role.UNIT_ADMIN)));
        }
    }

    public static CurrentUser asRequester(TestAccount account) {
        return new CurrentUser(account.userId(), account.fullName(), account.email(), Set.of());
    }

    public static CurrentUser staff(TestAccount account, Set<Membership> memberships) {
        return new CurrentUser(account.userId(), account.fullName(), account.email(), memberships);
    }

    /** A small real PNG. */
    public static FileUpload picture(String name) {
        var image = new BufferedImage(4, 3, BufferedImage.TYPE_INT_RGB);
        image.setRGB(1, 1, 0x2255aa);
        var out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "png", out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        byte[] bytes = out.toByteArray();
        return new FileUpload(name, bytes.length, () -> new ByteArrayInputStream(bytes));
    }

}
