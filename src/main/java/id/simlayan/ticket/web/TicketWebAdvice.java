package id.simlayan.ticket.web;

import id.simlayan.identity.CurrentUser;
import id.simlayan.identity.Role;
import id.simlayan.ticket.TicketId;
import id.simlayan.ticket.internal.TicketAccessDenied;
import id.simlayan.ticket.internal.TicketNotFound;
import id.simlayan.ticket.internal.TicketRuleViolation;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.data.relational.core.conversion.DbActionExecutionException;
import org.springframework.ui.ExtendedModelMap;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.support.RequestContextUtils;
import org.springframework.web.servlet.view.RedirectView;

/**
 * Turns the ticket module's exceptions into pages: an unknown or invisible ticket is a 404; a
 * refused step (illegal transition, stale form: 409; a step the user may not take: 403) goes
 * back to the ticket page with the reason flashed (POST-redirect-GET, so the address bar never
 * keeps the step's URL; under htmx an {@code HX-Redirect} to that page); staff who open the
 * front-desk queue without the AGENT role get an access page that says what is needed.
 */
@ControllerAdvice(basePackageClasses = TicketWebAdvice.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class TicketWebAdvice {

    private static final Logger log = LoggerFactory.getLogger(TicketWebAdvice.class);
    private static final Pattern STAFF_TICKET = Pattern.compile("^/petugas/tiket/([0-9a-fA-F-]{36})(/.*)?$");
    private static final String QUEUE = "/petugas/antrean";
    private static final Pattern REQUESTER_TICKET = Pattern.compile("^/lacak/([0-9a-fA-F-]{36})(/.*)?$");

    private final TicketPages pages;
    private final MessageSource messages;

    TicketWebAdvice(TicketPages pages, MessageSource messages) {
        this.pages = pages;
        this.messages = messages;
    }

    @ExceptionHandler(TicketNotFound.class)
    ModelAndView notFound(HttpServletResponse response) {
        response.setStatus(HttpServletResponse.SC_NOT_FOUND);
        return new ModelAndView("error/404");
    }

    @ExceptionHandler(TicketAccessDenied.class)
    ModelAndView forbidden(HttpServletRequest request, HttpServletResponse response, CurrentUser user, Locale locale) {
        if (QUEUE.equals(pathOf(request))) {
            return noQueueAccess(response, user);
        }
        return refused(request, response, user, HttpServletResponse.SC_FORBIDDEN, messages.getMessage("ticket.error.forbidden", null, locale));
    }

    @ExceptionHandler(TicketRuleViolation.class)
    ModelAndView ruleViolation(TicketRuleViolation e, HttpServletRequest request, HttpServletResponse response, CurrentUser user,
                               Locale locale) {
        return refused(request, response, user, HttpServletResponse.SC_CONFLICT,
                messages.getMessage(e.messageCode(), e.arguments(), e.messageCode(), locale));
    }

    @ExceptionHandler({OptimisticLockingFailureException.class, DbActionExecutionException.class})
    ModelAndView concurrentChange(RuntimeException e, HttpServletRequest request, HttpServletResponse response, CurrentUser user,
                                  Locale locale) {
        if (e instanceof DbActionExecutionException && !(e.getCause() instanceof OptimisticLockingFailureException)) {
            throw e;
        }
        return refused(request, response, user, HttpServletResponse.SC_CONFLICT, messages.getMessage("ticket.error.stale", null, locale));
    }

    /**
     * A refused step goes back to the ticket page it came from, the message flashed; anything
     * else (no ticket page to go back to, or a GET) re-renders the page or a plain one with it.
     */
    private ModelAndView refused(HttpServletRequest request, HttpServletResponse response, CurrentUser user, int status, String message) {
        String path = pathOf(request);
        var ticketPage = ticketPageOf(path);
        if (ticketPage.isPresent() && "POST".equals(request.getMethod())) {
            return backToTicket(request, response, ticketPage.get(), status, message);
        }
        response.setStatus(status);
        var model = new ExtendedModelMap();
        model.addAttribute("actionError", message);
        try {
            var staff = STAFF_TICKET.matcher(path);
            if (staff.matches()) {
                pages.staffPage(user, new TicketId(UUID.fromString(staff.group(1))), model);
                return new ModelAndView(TicketPages.STAFF_VIEW, model);
            }
            var requester = REQUESTER_TICKET.matcher(path);
            if (requester.matches()) {
                pages.requesterPage(user, new TicketId(UUID.fromString(requester.group(1))), model);
                return new ModelAndView(TicketPages.REQUESTER_VIEW, model);
            }
        } catch (TicketNotFound | TicketAccessDenied | IllegalArgumentException e) {
            log.debug("Ticket page not re-rendered after a refusal", e);
        }
        return new ModelAndView("ticket/refused", model);
    }

    private ModelAndView backToTicket(HttpServletRequest request, HttpServletResponse response, String ticketPage, int status,
                                      String message) {
        var flash = RequestContextUtils.getOutputFlashMap(request);
        flash.put("actionError", message);
        if (request.getHeader("HX-Request") != null) {
            // htmx reads HX-Redirect before it looks at the status; the status still tells other clients it was refused
            RequestContextUtils.saveOutputFlashMap(ticketPage, request, response);
            response.setStatus(status);
            response.setHeader("HX-Redirect", request.getContextPath() + ticketPage);
            return null; // handled: no body, the browser goes to the ticket page
        }
        var redirect = new RedirectView(ticketPage, true);
        redirect.setStatusCode(HttpStatus.SEE_OTHER);
        return new ModelAndView(redirect);
    }

    /** The ticket page ({@code /petugas/tiket/{id}} or {@code /lacak/{id}}) a step URL belongs to. */
    private static Optional<String> ticketPageOf(String path) {
        var staff = STAFF_TICKET.matcher(path);
        if (staff.matches() && staff.group(2) != null) {
            return Optional.of("/petugas/tiket/" + staff.group(1));
        }
        var requester = REQUESTER_TICKET.matcher(path);
        if (requester.matches() && requester.group(2) != null) {
            return Optional.of("/lacak/" + requester.group(1));
        }
        return Optional.empty();
    }

    /** What the front-desk queue needs, and the staff pages this person may open instead. */
    private static ModelAndView noQueueAccess(HttpServletResponse response, CurrentUser user) {
        response.setStatus(HttpServletResponse.SC_FORBIDDEN);
        var model = new ExtendedModelMap();
        model.addAttribute("unitPage", !user.unitsWhere(Role.UNIT_ADMIN).isEmpty() || !user.unitsWhere(Role.SUPERVISOR).isEmpty());
        model.addAttribute("tasksPage", !user.unitsWhere(Role.TECHNICIAN).isEmpty());
        return new ModelAndView("ticket/no-access", model);
    }

    private static String pathOf(HttpServletRequest request) {
        return request.getRequestURI().substring(request.getContextPath().length());
    }
}
