package id.simlayan.ticket.web;

import id.simlayan.identity.CurrentUser;
import id.simlayan.ticket.TicketId;
import id.simlayan.ticket.internal.TicketAccessDenied;
import id.simlayan.ticket.internal.TicketNotFound;
import id.simlayan.ticket.internal.TicketRuleViolation;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Locale;
import java.util.UUID;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.relational.core.conversion.DbActionExecutionException;
import org.springframework.ui.ExtendedModelMap;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;

/**
 * Turns the ticket module's exceptions into pages: an unknown or invisible ticket is a 404; a
 * refused step (illegal transition, missing reason, stale form) re-renders the ticket page
 * with the reason in Indonesian and HTTP 409; a step the user may not take is a 403.
 */
@ControllerAdvice(basePackageClasses = TicketWebAdvice.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class TicketWebAdvice {

    private static final Logger log = LoggerFactory.getLogger(TicketWebAdvice.class);
    private static final Pattern STAFF_TICKET = Pattern.compile("^/petugas/tiket/([0-9a-fA-F-]{36})(/.*)?$");
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

    /** Re-renders the ticket page the form came from with the message; a plain page when there is none. */
    private ModelAndView refused(HttpServletRequest request, HttpServletResponse response, CurrentUser user, int status, String message) {
        response.setStatus(status);
        String path = request.getRequestURI().substring(request.getContextPath().length());
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
}
