package id.simlayan.knowledge.web;

import id.simlayan.knowledge.internal.KnowledgeAccessDenied;
import id.simlayan.knowledge.internal.KnowledgeNotFound;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;

/** An unknown article (or a draft for someone who may not edit) is a 404; an editing step by a non-editor a 403. */
@ControllerAdvice(basePackageClasses = KnowledgeWebAdvice.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class KnowledgeWebAdvice {

    @ExceptionHandler(KnowledgeNotFound.class)
    ModelAndView notFound(HttpServletResponse response) {
        response.setStatus(HttpServletResponse.SC_NOT_FOUND);
        return new ModelAndView("error/404");
    }

    @ExceptionHandler(KnowledgeAccessDenied.class)
    ModelAndView forbidden(HttpServletResponse response) {
        response.setStatus(HttpServletResponse.SC_FORBIDDEN);
        return new ModelAndView("error/403");
    }
}
