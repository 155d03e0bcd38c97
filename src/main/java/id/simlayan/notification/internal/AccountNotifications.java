package id.simlayan.notification.internal;

import id.simlayan.identity.AccountApproved;
import id.simlayan.identity.AccountRegistered;
import id.simlayan.identity.AccountRejected;
import id.simlayan.identity.Directory;
import id.simlayan.identity.RegistrationAttemptedForExistingAccount;
import id.simlayan.identity.Role;
import java.util.List;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Tells registrants how their registration went, administrators that one waits, and owners of
 * an account that someone tried to register with their data. Events carry ids; the contact is
 * looked up in the directory when the mail is written.
 */
@Component
class AccountNotifications {

    private final Deliveries deliveries;
    private final NotificationTexts texts;
    private final Directory directory;

    AccountNotifications(Deliveries deliveries, NotificationTexts texts, Directory directory) {
        this.deliveries = deliveries;
        this.texts = texts;
        this.directory = directory;
    }

    @ApplicationModuleListener
    void on(AccountRegistered event) {
        String type = "AccountRegistered";
        deliveries.contact(event.userId()).ifPresent(registrant -> {
            deliveries.email(registrant.email(), new MailContent(
                    texts.text("notification.mail.registered.subject"),
                    texts.text("notification.mail.greeting", registrant.fullName()),
                    List.of(texts.text("notification.mail.registered.intro")),
                    List.of(new MailContent.Fact(texts.text("notification.fact.email"), registrant.email())),
                    null, null,
                    texts.text("notification.mail.registered.next"),
                    null, null), Deliveries.key(type, event.userId(), event.at(), event.userId()));
            String text = texts.text("notification.inapp.registered", registrant.fullName(), registrant.email());
            for (var admin : deliveries.holdersAnywhere(Role.ADMIN)) {
                deliveries.inApp(admin.id(), text, "/admin/pendaftaran", Deliveries.key(type, event.userId(), event.at(), admin.id()));
            }
        });
    }

    /** Someone registered with this person's e-mail, NIK or NIP; the page told them nothing more. */
    @ApplicationModuleListener
    void on(RegistrationAttemptedForExistingAccount event) {
        deliveries.contact(event.userId()).ifPresent(owner -> deliveries.email(owner.email(), new MailContent(
                texts.text("notification.mail.existingAccount.subject"),
                texts.text("notification.mail.greeting", owner.fullName()),
                List.of(texts.text("notification.mail.existingAccount.intro"), texts.text("notification.mail.existingAccount.notYou")),
                List.of(new MailContent.Fact(texts.text("notification.fact.email"), owner.email())),
                null, null,
                texts.text("notification.mail.existingAccount.next"),
                texts.text("notification.mail.approved.link"), deliveries.absolute("/masuk")),
                Deliveries.key("RegistrationAttemptedForExistingAccount", event.userId(), event.at(), event.userId())));
    }

    @ApplicationModuleListener
    void on(AccountApproved event) {
        deliveries.contact(event.userId()).ifPresent(person -> deliveries.email(person.email(), new MailContent(
                texts.text("notification.mail.approved.subject"),
                texts.text("notification.mail.greeting", person.fullName()),
                List.of(texts.text("notification.mail.approved.intro")),
                List.of(new MailContent.Fact(texts.text("notification.fact.email"), person.email())),
                null, null,
                texts.text("notification.mail.approved.next"),
                texts.text("notification.mail.approved.link"), deliveries.absolute("/masuk")),
                Deliveries.key("AccountApproved", event.userId(), event.at(), event.userId())));
    }

    /** Skipped when the application is no longer rejected (the person already registered again). */
    @ApplicationModuleListener
    void on(AccountRejected event) {
        var reason = directory.rejectionReason(event.userId());
        if (reason.isEmpty()) {
            return;
        }
        deliveries.contact(event.userId()).ifPresent(person -> deliveries.email(person.email(), new MailContent(
                texts.text("notification.mail.rejected.subject"),
                texts.text("notification.mail.greeting", person.fullName()),
                List.of(texts.text("notification.mail.rejected.intro")),
                List.of(),
                texts.text("notification.mail.rejected.reason"), reason.get(),
                texts.text("notification.mail.rejected.next"),
                texts.text("notification.mail.rejected.link"), deliveries.absolute("/daftar")),
                Deliveries.key("AccountRejected", event.userId(), event.at(), event.userId())));
    }
}
