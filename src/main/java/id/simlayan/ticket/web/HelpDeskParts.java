package id.simlayan.ticket.web;

import id.simlayan.identity.CurrentUser;
import id.simlayan.ticket.TicketId;
import id.simlayan.ticket.internal.ReplyTemplates;
import id.simlayan.ticket.internal.TicketLinks;
import id.simlayan.ticket.internal.TicketViews.Details;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;

/** The help-desk parts of the staff ticket page (canned replies, related and duplicate tickets), kept apart from the page's steps. */
@Component
class HelpDeskParts {

    private final ReplyTemplates templates;
    private final TicketLinks links;

    HelpDeskParts(ReplyTemplates templates, TicketLinks links) {
        this.templates = templates;
        this.links = links;
    }

    void addTo(CurrentUser user, Details details, Model model) {
        model.addAttribute("replyTemplates", templates.usableBy(user));
        model.addAttribute("mayManageTemplates", templates.mayManage(user));
        model.addAttribute("links", links.view(user, new TicketId(details.id())));
        addIfAbsent(model, "linkForm", HelpDeskForms.LinkForm.empty());
        addIfAbsent(model, "mergeForm", HelpDeskForms.MergeForm.empty());
    }

    /** Like {@code TicketPages}: a form bound with a type error is null; the empty one replaces it, its errors stay. */
    private static void addIfAbsent(Model model, String name, Object value) {
        if (model.getAttribute(name) == null) {
            Object errors = model.getAttribute(BindingResult.MODEL_KEY_PREFIX + name);
            model.addAttribute(name, value);
            if (errors != null) {
                model.addAttribute(BindingResult.MODEL_KEY_PREFIX + name, errors);
            }
        }
    }
}
