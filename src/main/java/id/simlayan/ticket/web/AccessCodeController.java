package id.simlayan.ticket.web;

import id.simlayan.identity.CurrentUser;
import id.simlayan.ticket.TicketId;
import id.simlayan.ticket.internal.AccessCodeRefused;
import id.simlayan.ticket.internal.AccessCodeSettings;
import id.simlayan.ticket.internal.PublicTracking;
import id.simlayan.ticket.internal.TicketAccessCodes;
import id.simlayan.ticket.internal.TicketAccessCodes.Grant;
import id.simlayan.ticket.web.AccessCodeForms.TrackForm;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import jakarta.validation.Valid;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Tracking by access code without an account ({@code /lacak/kode}, public) and a new code issued
 * by staff ({@code /petugas/tiket/{id}/kode-akses}). A right code lets this session (not the URL)
 * see the ticket's public view; the code itself is never echoed back, stored or logged.
 */
@Controller
class AccessCodeController {

    /** Session attribute: the grants of this session by ticket number. */
    static final String GRANTS = "simlayan.ticket.accessGrants";
    /** A session follows at most this many tickets by code; the oldest grant goes first. */
    private static final int MAX_GRANTS = 20;

    static final String FORM_VIEW = "ticket/track-by-code";

    private final TicketAccessCodes accessCodes;
    private final MessageSource messages;
    private final Clock clock;
    private final AccessCodeSettings settings;

    AccessCodeController(TicketAccessCodes accessCodes, MessageSource messages, Clock clock, AccessCodeSettings settings) {
        this.settings = settings;
        this.accessCodes = accessCodes;
        this.messages = messages;
        this.clock = clock;
    }

    @GetMapping("/lacak/kode")
    String form(Model model) {
        if (!model.containsAttribute("codeForm")) {
            model.addAttribute("codeForm", TrackForm.empty());
        }
        return FORM_VIEW;
    }

    @PostMapping("/lacak/kode")
    String check(@Valid @ModelAttribute("codeForm") TrackForm form, BindingResult errors, Optional<CurrentUser> user,
                 HttpServletRequest request, HttpServletResponse response, Model model, Locale locale) {
        if (errors.hasErrors()) {
            // the template never writes the code back into the page
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            return FORM_VIEW;
        }
        Grant grant;
        try {
            grant = accessCodes.track(user, form.number(), form.code(), request.getRemoteAddr());
        } catch (AccessCodeRefused refused) {
            response.setStatus(refused.throttled() ? 429 : HttpServletResponse.SC_BAD_REQUEST);
            model.addAttribute("codeError", refused.throttled()
                    ? messages.getMessage("ticket.accessCode.throttled", new Object[] {Math.max(1, settings.window().toMinutes())}, locale)
                    : messages.getMessage("ticket.accessCode.wrong", null, locale));
            model.addAttribute("codeForm", form.withoutCode());
            return FORM_VIEW;
        }
        // a new session id: nobody who planted a session id beforehand shares the access
        request.getSession(true);
        request.changeSessionId();
        remember(request.getSession(), grant);
        return "redirect:/lacak/kode/tiket/" + grant.number();
    }

    /** The public view of a ticket this session was let in to; else back to the form. */
    @GetMapping("/lacak/kode/tiket/{number}")
    String publicView(@PathVariable String number, HttpServletRequest request, Model model, RedirectAttributes redirect, Locale locale) {
        String key = TicketAccessCodes.normalisedNumber(number);
        HttpSession session = request.getSession(false);
        Grant grant = session == null ? null : grants(session).get(key);
        var view = grant == null ? Optional.<PublicTracking>empty() : accessCodes.view(grant);
        if (view.isEmpty()) {
            if (grant != null) {
                forget(session, key);
            }
            redirect.addFlashAttribute("flashError", messages.getMessage("ticket.accessCode.enterAgain", null, locale));
            return "redirect:/lacak/kode";
        }
        model.addAttribute("p", view.get());
        model.addAttribute("stages", TicketPages.stages(view.get().status()));
        return "ticket/track-public";
    }

    @GetMapping("/petugas/tiket/{id}/kode-akses")
    String confirmReissue(@PathVariable UUID id, CurrentUser user, Model model) {
        model.addAttribute("number", accessCodes.numberForReissue(user, new TicketId(id)));
        model.addAttribute("ticketId", id);
        return "ticket/access-code-reissue";
    }

    @PostMapping("/petugas/tiket/{id}/kode-akses")
    String reissue(@PathVariable UUID id, CurrentUser user, RedirectAttributes redirect, Locale locale) {
        var ticket = new TicketId(id);
        String number = accessCodes.numberForReissue(user, ticket);
        var code = accessCodes.reissue(user, ticket);
        redirect.addFlashAttribute(AccessCodeReceipt.FLASH, AccessCodeReceipt.of(number, code, clock.instant()));
        redirect.addFlashAttribute("flash", messages.getMessage("ticket.accessCode.reissued", new Object[] {number}, locale));
        return "redirect:/petugas/tiket/" + id;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Grant> grants(HttpSession session) {
        Object grants = session.getAttribute(GRANTS);
        return grants instanceof Map<?, ?> map ? (Map<String, Grant>) map : Map.of();
    }

    private static void remember(HttpSession session, Grant grant) {
        var grants = new LinkedHashMap<>(grants(session));
        grants.remove(grant.number());
        grants.put(grant.number(), grant);
        while (grants.size() > MAX_GRANTS) {
            grants.remove(grants.keySet().iterator().next());
        }
        session.setAttribute(GRANTS, grants);
    }

    private static void forget(HttpSession session, String number) {
        var grants = new LinkedHashMap<>(grants(session));
        grants.remove(number);
        session.setAttribute(GRANTS, grants);
    }
}
