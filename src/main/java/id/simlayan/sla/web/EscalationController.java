package id.simlayan.sla.web;

import id.simlayan.identity.CurrentUser;
import id.simlayan.identity.Role;
import id.simlayan.sla.internal.Escalations;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** {@code /petugas/eskalasi}: escalated and breached open tickets of the supervisor's units. */
@Controller
class EscalationController {

    private final Escalations escalations;

    EscalationController(Escalations escalations) {
        this.escalations = escalations;
    }

    @GetMapping("/petugas/eskalasi")
    @PreAuthorize("hasRole('SUPERVISOR')")
    String list(CurrentUser user, Model model) {
        model.addAttribute("rows", escalations.forUnits(user.unitsWhere(Role.SUPERVISOR)));
        return "sla/escalations";
    }
}
