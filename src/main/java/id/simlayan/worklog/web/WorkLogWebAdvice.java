package id.simlayan.worklog.web;

import id.simlayan.ticket.TicketWorkAccess;
import id.simlayan.worklog.internal.EquipmentNotFound;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;

/**
 * A ticket the user may not see, or an unknown equipment item, is a 404 (as on the ticket's own
 * pages: nobody learns that someone else's ticket exists); a visible ticket the user may not work,
 * or someone else's entry to cancel, a 403.
 */
@ControllerAdvice(basePackageClasses = WorkLogWebAdvice.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class WorkLogWebAdvice {

    @ExceptionHandler({TicketWorkAccess.NotVisible.class, EquipmentNotFound.class})
    ModelAndView notFound(HttpServletResponse response) {
        response.setStatus(HttpServletResponse.SC_NOT_FOUND);
        return new ModelAndView("error/404");
    }

    @ExceptionHandler(TicketWorkAccess.NotAllowed.class)
    ModelAndView forbidden(HttpServletResponse response) {
        response.setStatus(HttpServletResponse.SC_FORBIDDEN);
        return new ModelAndView("error/403");
    }
}
