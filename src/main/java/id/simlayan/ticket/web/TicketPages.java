package id.simlayan.ticket.web;

import id.simlayan.identity.CurrentUser;
import id.simlayan.identity.Membership;
import id.simlayan.ticket.TicketId;
import id.simlayan.ticket.TicketPriority;
import id.simlayan.ticket.TicketStatus;
import id.simlayan.ticket.internal.TicketQueries;
import id.simlayan.ticket.internal.TicketViews.Details;
import id.simlayan.ticket.TicketDeadlines.DeadlineSheet;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;

/** Fills the model of the two ticket detail pages; shared by the controllers and the error advice. */
@Component
class TicketPages {

    static final String REQUESTER_VIEW = "ticket/track";
    static final String STAFF_VIEW = "ticket/staff-ticket";

    /** A public stage of the stepper: {@code done}, {@code current} or {@code todo}. */
    record Stage(TicketStatus status, String state) {
    }

    private static final List<String> TEXT_FORMS_REQUESTER = List.of("answerForm", "reopenForm");
    private static final List<String> TEXT_FORMS_STAFF = List.of("questionForm", "rejectForm", "returnForm", "resolveForm");

    private final TicketQueries queries;
    private final DeadlineViews deadlines;
    private final HelpDeskParts helpDesk;
    private final id.simlayan.ticket.internal.StaffIntake staffIntake;
    private final WorkflowParts workflow;

    TicketPages(TicketQueries queries, DeadlineViews deadlines, HelpDeskParts helpDesk, id.simlayan.ticket.internal.StaffIntake staffIntake,
                WorkflowParts workflow) {
        this.staffIntake = staffIntake;
        this.workflow = workflow;
        this.queries = queries;
        this.deadlines = deadlines;
        this.helpDesk = helpDesk;
    }

    void requesterPage(CurrentUser user, TicketId id, Model model) {
        Details details = queries.forRequester(user, id);
        model.addAttribute("t", details);
        var locale = LocaleContextHolder.getLocale();
        var sheet = deadlines.sheet(id.value());
        model.addAttribute("deadlineTexts", sheet.map(s -> deadlines.requesterLines(s, details.status(), locale)).orElse(List.of()));
        model.addAttribute("timeline", deadlines.merge(details.timeline(), sheet.map(DeadlineSheet::moments).orElse(List.of()), false, locale));
        model.addAttribute("can", queries.requesterActions(user, details));
        model.addAttribute("stages", stages(details.status()));
        workflow.addRequesterSteps(user, id, details.status(), model, locale);
        TEXT_FORMS_REQUESTER.forEach(name -> addIfAbsent(model, name, Forms.TextForm.empty()));
        addIfAbsent(model, "replyForm", Forms.MessageForm.empty());
    }

    void staffPage(CurrentUser user, TicketId id, Model model) {
        Details details = queries.forStaff(user, id);
        model.addAttribute("t", details);
        var panel = workflow.addTo(user, id, model, LocaleContextHolder.getLocale());
        var sheet = deadlines.sheet(id.value());
        // where the definition extends the time limit as a step, the time-limit card's own form would extend it without moving the stage
        var mayExtendByForm = panel.extendsByStep() ? Set.<Membership>of() : user.memberships();
        model.addAttribute("deadline", sheet.map(s -> deadlines.staffCard(s, LocaleContextHolder.getLocale(), mayExtendByForm)).orElse(null));
        model.addAttribute("timeline", deadlines.merge(details.timeline(), sheet.map(DeadlineSheet::moments).orElse(List.of()), true,
                LocaleContextHolder.getLocale()));
        model.addAttribute("can", queries.staffActions(user, id));
        model.addAttribute("staffIntake", staffIntake.recordOf(id).orElse(null));
        model.addAttribute("stepRecords", queries.stepRecords(id));
        model.addAttribute("stages", stages(details.status()));
        TEXT_FORMS_STAFF.forEach(name -> addIfAbsent(model, name, Forms.TextForm.empty()));
        addIfAbsent(model, "replyForm", Forms.MessageForm.empty());
        addIfAbsent(model, "noteForm", Forms.MessageForm.empty());
        addIfAbsent(model, "disposeForm", Forms.DisposeForm.empty());
        addIfAbsent(model, "assignForm", Forms.AssignForm.empty());
        addIfAbsent(model, "priorityForm", new Forms.PriorityForm(details.priority(), null));
        model.addAttribute("priorities", TicketPriority.values());
        helpDesk.addTo(user, details, model);
    }

    /**
     * Diterima → Verifikasi → Diproses → Selesai, as the requester sees them, with a side status
     * in its place: Menunggu Pemohon after Verifikasi (the ticket waits there), Ditolak after
     * Verifikasi as the end (nothing follows), Ditutup after Selesai. {@code final} marks a
     * stage the ticket ended in.
     */
    static List<Stage> stages(TicketStatus status) {
        List<TicketStatus> order = switch (status) {
            case MENUNGGU_PEMOHON -> List.of(TicketStatus.DITERIMA, TicketStatus.VERIFIKASI, TicketStatus.MENUNGGU_PEMOHON,
                    TicketStatus.DIPROSES, TicketStatus.SELESAI);
            case DITOLAK -> List.of(TicketStatus.DITERIMA, TicketStatus.VERIFIKASI, TicketStatus.DITOLAK);
            case DITUTUP -> List.of(TicketStatus.DITERIMA, TicketStatus.VERIFIKASI, TicketStatus.DIPROSES, TicketStatus.SELESAI,
                    TicketStatus.DITUTUP);
            default -> List.of(TicketStatus.DITERIMA, TicketStatus.VERIFIKASI, TicketStatus.DIPROSES, TicketStatus.SELESAI);
        };
        int current = order.indexOf(status);
        List<Stage> stages = new ArrayList<>();
        for (int i = 0; i < order.size(); i++) {
            String state = i < current ? "done" : i > current ? "todo" : status.isFinal() ? "final" : "current";
            stages.add(new Stage(order.get(i), state));
        }
        return stages;
    }

    /**
     * Adds the empty form unless the request bound one. A posted value of the wrong type (a
     * unit id that is no UUID, a version that is no number) leaves the bound form null: the
     * empty form replaces it, the binding errors stay in the model and show next to the field.
     */
    private static void addIfAbsent(Model model, String name, Object value) {
        if (model.getAttribute(name) == null) {
            // replacing the attribute drops its binding result: keep the errors
            Object errors = model.getAttribute(BindingResult.MODEL_KEY_PREFIX + name);
            model.addAttribute(name, value);
            if (errors != null) {
                model.addAttribute(BindingResult.MODEL_KEY_PREFIX + name, errors);
            }
        }
    }
}
