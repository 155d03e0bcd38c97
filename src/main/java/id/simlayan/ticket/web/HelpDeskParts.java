package id.simlayan.ticket.web;

import id.simlayan.identity.CurrentUser;
import id.simlayan.ticket.internal.ReplyTemplates;
import id.simlayan.ticket.internal.TicketViews.Details;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/** The help-desk parts of the staff ticket page (canned replies), kept apart from the page's steps. */
@Component
class HelpDeskParts {

    private final ReplyTemplates templates;

    HelpDeskParts(ReplyTemplates templates) {
        this.templates = templates;
    }

    void addTo(CurrentUser user, Details details, Model model) {
        model.addAttribute("replyTemplates", templates.usableBy(user));
        model.addAttribute("mayManageTemplates", templates.mayManage(user));
    }
}
