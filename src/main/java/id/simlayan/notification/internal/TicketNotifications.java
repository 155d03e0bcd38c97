package id.simlayan.notification.internal;

import id.simlayan.identity.Role;
import id.simlayan.identity.UserContact;
import id.simlayan.notification.EmailTopic;
import id.simlayan.ticket.DispositionReturned;
import id.simlayan.ticket.RequesterResponded;
import id.simlayan.ticket.TicketAssigned;
import id.simlayan.ticket.TicketDisposed;
import id.simlayan.ticket.TicketId;
import id.simlayan.ticket.TicketReplyPosted;
import id.simlayan.ticket.TicketStatus;
import id.simlayan.ticket.TicketStatusChanged;
import id.simlayan.ticket.TicketSubmitted;
import java.util.List;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Turns ticket events into e-mails and in-app notifications: the requester hears of every
 * status change and public reply; staff hear of what lands in their queue and of the
 * requester's answers, confirmations and reopenings. Internal notes never reach the requester.
 */
@Component
class TicketNotifications {

    /** In-app texts quote the ticket subject (user input) only this far. */
    private static final int SUBJECT_IN_TEXT = 120;

    private final Deliveries deliveries;
    private final NotificationTexts texts;

    TicketNotifications(Deliveries deliveries, NotificationTexts texts) {
        this.deliveries = deliveries;
        this.texts = texts;
    }

    @ApplicationModuleListener
    void on(TicketSubmitted event) {
        String type = "TicketSubmitted";
        deliveries.contact(event.requesterId()).ifPresent(requester -> {
            deliveries.email(requester, EmailTopic.TICKET_UPDATES, new MailContent(
                    texts.text("notification.mail.submitted.subject", event.number()),
                    greeting(requester),
                    List.of(texts.text("notification.mail.submitted.intro", event.number())),
                    facts(event.number(), event.subject(), TicketStatus.DITERIMA),
                    null, null,
                    texts.text("notification.next.DITERIMA"),
                    texts.text("notification.mail.trackLink"), deliveries.absolute(trackPath(event.ticketId()))),
                    Deliveries.key(type, event.ticketId(), event.at(), requester.id()));
            deliveries.inApp(requester.id(), texts.text("notification.inapp.submitted", event.number(), shorten(event.subject())),
                    trackPath(event.ticketId()), Deliveries.key(type, event.ticketId(), event.at(), requester.id()));
        });
        String staffText = texts.text("notification.inapp.newInQueue", event.number(), shorten(event.subject()));
        for (var agent : deliveries.frontDeskAgents()) {
            deliveries.inApp(agent.id(), staffText, staffPath(event.ticketId()), Deliveries.key(type, event.ticketId(), event.at(), agent.id()));
        }
    }

    @ApplicationModuleListener
    void on(TicketStatusChanged event) {
        String type = "TicketStatusChanged:" + event.to();
        deliveries.contact(event.requesterId()).ifPresent(requester -> {
            String status = texts.status(event.to());
            List<String> intro = event.from() == null
                    ? List.of(texts.text("notification.mail.statusChanged.introNew", event.number(), status))
                    : List.of(texts.text("notification.mail.statusChanged.intro", event.number(), texts.status(event.from()), status));
            deliveries.email(requester, EmailTopic.TICKET_UPDATES, new MailContent(
                    texts.text("notification.mail.statusChanged.subject", event.number(), status),
                    greeting(requester),
                    intro,
                    facts(event.number(), event.subject(), event.to()),
                    texts.text("notification.note." + event.to().name()), event.publicNote(),
                    texts.text("notification.next." + event.to().name()),
                    texts.text("notification.mail.trackLink"), deliveries.absolute(trackPath(event.ticketId()))),
                    Deliveries.key(type, event.ticketId(), event.at(), requester.id()));
            // a question is what the requester must act on: the in-app line quotes it (the e-mail has it in full)
            String inAppText = event.to() == TicketStatus.MENUNGGU_PEMOHON && event.publicNote() != null
                    ? texts.text("notification.inapp.question", event.number(), shorten(event.publicNote()))
                    : texts.text("notification.inapp.statusChanged", event.number(), status);
            deliveries.inApp(requester.id(), inAppText, trackPath(event.ticketId()),
                    Deliveries.key(type, event.ticketId(), event.at(), requester.id()));
        });
    }

    @ApplicationModuleListener
    void on(TicketReplyPosted event) {
        String type = "TicketReplyPosted";
        if (event.byRequester()) {
            String text = texts.text("notification.inapp.requesterReplied", event.number(), shorten(event.subject()));
            for (var agent : deliveries.frontDeskAgents()) {
                deliveries.inApp(agent.id(), text, staffPath(event.ticketId()), Deliveries.key(type, event.ticketId(), event.at(), agent.id()));
            }
            return;
        }
        if (!event.publicReply()) {
            return; // an internal note: staff only, the requester hears nothing
        }
        deliveries.contact(event.requesterId()).ifPresent(requester -> {
            deliveries.email(requester, EmailTopic.TICKET_UPDATES, new MailContent(
                    texts.text("notification.mail.reply.subject", event.number()),
                    greeting(requester),
                    List.of(texts.text("notification.mail.reply.intro", event.number())),
                    List.of(new MailContent.Fact(texts.text("notification.fact.number"), event.number()),
                            new MailContent.Fact(texts.text("notification.fact.subject"), event.subject())),
                    null, null,
                    texts.text("notification.next.reply"),
                    texts.text("notification.mail.replyLink"), deliveries.absolute(trackPath(event.ticketId()))),
                    Deliveries.key(type, event.ticketId(), event.at(), requester.id()));
            deliveries.inApp(requester.id(), texts.text("notification.inapp.reply", event.number()),
                    trackPath(event.ticketId()), Deliveries.key(type, event.ticketId(), event.at(), requester.id()));
        });
    }

    /**
     * The requester answered, confirmed or reopened: whoever holds the ticket hears of it (the
     * assigned technician, else the admins of the holding unit, else the front-desk agents).
     */
    @ApplicationModuleListener
    void on(RequesterResponded event) {
        String type = "RequesterResponded:" + event.response();
        String what = event.response().name();
        String link = staffPath(event.ticketId());
        for (var person : holdersOf(event)) {
            String key = Deliveries.key(type, event.ticketId(), event.at(), person.id());
            deliveries.email(person.email(), new MailContent(
                    texts.text("notification.mail.requesterResponded." + what + ".subject", event.number()),
                    greeting(person),
                    List.of(texts.text("notification.mail.requesterResponded." + what + ".intro", event.number())),
                    List.of(new MailContent.Fact(texts.text("notification.fact.number"), event.number()),
                            new MailContent.Fact(texts.text("notification.fact.subject"), event.subject() == null ? "" : event.subject())),
                    event.note() == null ? null : texts.text("notification.note.requesterResponded." + what), event.note(),
                    texts.text("notification.next.requesterResponded." + what),
                    texts.text("notification.mail.staffLink"), deliveries.absolute(link)),
                    key);
            deliveries.inApp(person.id(), texts.text("notification.inapp.requesterResponded." + what, event.number(), shorten(event.subject())),
                    link, key);
        }
    }

    private List<UserContact> holdersOf(RequesterResponded event) {
        if (event.assigneeId() != null) {
            var assignee = deliveries.contact(event.assigneeId());
            if (assignee.isPresent()) {
                return List.of(assignee.get());
            }
        }
        if (event.holderUnitId() != null) {
            var admins = deliveries.holders(event.holderUnitId(), Role.UNIT_ADMIN);
            if (!admins.isEmpty()) {
                return admins;
            }
        }
        return deliveries.frontDeskAgents();
    }

    @ApplicationModuleListener
    void on(TicketDisposed event) {
        String text = texts.text("notification.inapp.disposed", event.number(), shorten(event.subject()));
        for (var admin : deliveries.holders(event.unitId(), Role.UNIT_ADMIN)) {
            deliveries.inApp(admin.id(), text, staffPath(event.ticketId()), Deliveries.key("TicketDisposed", event.ticketId(), event.at(), admin.id()));
        }
    }

    @ApplicationModuleListener
    void on(DispositionReturned event) {
        String text = texts.text("notification.inapp.returned", event.number(), deliveries.unitName(event.unitId()),
                shorten(event.reason() == null ? "" : event.reason()));
        for (var agent : deliveries.frontDeskAgents()) {
            deliveries.inApp(agent.id(), text, staffPath(event.ticketId()), Deliveries.key("DispositionReturned", event.ticketId(), event.at(), agent.id()));
        }
    }

    @ApplicationModuleListener
    void on(TicketAssigned event) {
        deliveries.inApp(event.technicianId(), texts.text("notification.inapp.assigned", event.number(), shorten(event.subject())),
                staffPath(event.ticketId()), Deliveries.key("TicketAssigned", event.ticketId(), event.at(), event.technicianId()));
    }

    private String greeting(UserContact person) {
        return texts.text("notification.mail.greeting", person.fullName());
    }

    private List<MailContent.Fact> facts(String number, String subject, TicketStatus status) {
        return List.of(new MailContent.Fact(texts.text("notification.fact.number"), number),
                new MailContent.Fact(texts.text("notification.fact.subject"), subject == null ? "" : subject),
                new MailContent.Fact(texts.text("notification.fact.status"), texts.status(status)));
    }

    static String trackPath(TicketId id) {
        return "/lacak/" + id.value();
    }

    static String staffPath(TicketId id) {
        return "/petugas/tiket/" + id.value();
    }

    private static String shorten(String text) {
        if (text == null) {
            return "";
        }
        String oneLine = text.replaceAll("\\s+", " ").strip();
        return oneLine.length() <= SUBJECT_IN_TEXT ? oneLine : oneLine.substring(0, SUBJECT_IN_TEXT - 1) + "…";
    }
}
