package jixiao.evaluation.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import jixiao.evaluation.EvaluationException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;

/**
 * An evaluation a page may not show is answered as the API answers it (404 not found or not visible, 403 not this
 * role's), with the application's error page instead of JSON, which a browser asking for HTML cannot take.
 */
@ControllerAdvice(
        assignableTypes = {
            EvaluationPages.class,
            UnitEvaluationPages.class,
            WorkflowPages.class,
            ReviewOpinionPages.class,
            DraftPages.class,
            ImportPages.class,
            ReportTextPages.class
        })
@Order(Ordered.HIGHEST_PRECEDENCE)
class PageErrors {

    @ExceptionHandler(EvaluationException.NotFound.class)
    void notFound(HttpServletResponse response) throws IOException {
        response.sendError(HttpServletResponse.SC_NOT_FOUND);
    }

    @ExceptionHandler(EvaluationException.NotAllowed.class)
    void notAllowed(HttpServletResponse response) throws IOException {
        response.sendError(HttpServletResponse.SC_FORBIDDEN);
    }
}
