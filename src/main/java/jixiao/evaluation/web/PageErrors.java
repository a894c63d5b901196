package jixiao.evaluation.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import jixiao.evaluation.EvaluationException;
import org.springframework.context.MessageSource;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;

/**
 * An evaluation a page may not show is answered as the API answers it (404 not found or not visible, 403 not this
 * role's), with the application's error page instead of JSON, which a browser asking for HTML cannot take. The
 * finance bureau's pages (复核, 抽评, 整改, 公开, the overview, the collection round and the outputs; named by package:
 * no feature depends on another's pages) refuse with the same exceptions and are answered alike.
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
        },
        basePackages = {
            "jixiao.review",
            "jixiao.sampling",
            "jixiao.rectification",
            "jixiao.publication",
            "jixiao.overview.web",
            "jixiao.collection.web",
            "jixiao.output.web",
            "jixiao.recheck.web"
        })
@Order(Ordered.HIGHEST_PRECEDENCE)
class PageErrors {

    private final PageMessages page;

    PageErrors(MessageSource messages) {
        this.page = new PageMessages(messages);
    }

    /** A document that took longer than its limit: the error page says so (it was given up). */
    @ExceptionHandler(DocumentResponses.TooSlow.class)
    ModelAndView tooSlow(DocumentResponses.TooSlow e, HttpServletResponse response) {
        return refusal(503, page.text("input.documentTooSlow", String.valueOf(e.seconds())), response);
    }

    /** Nobody listens any more: nothing to answer (the document was given up). */
    @ExceptionHandler(DocumentResponses.ClientGone.class)
    void clientGone() {}

    @ExceptionHandler(DocumentResponses.Busy.class)
    ModelAndView busy(HttpServletResponse response) {
        return refusal(503, page.text("input.documentBusy"), response);
    }

    private static ModelAndView refusal(int status, String message, HttpServletResponse response) {
        response.setStatus(status);
        ModelAndView error = new ModelAndView("error");
        error.addObject("status", status);
        error.addObject("refusal", message);
        return error;
    }

    @ExceptionHandler(EvaluationException.NotFound.class)
    void notFound(HttpServletResponse response) throws IOException {
        response.sendError(HttpServletResponse.SC_NOT_FOUND);
    }

    @ExceptionHandler(EvaluationException.NotAllowed.class)
    void notAllowed(HttpServletResponse response) throws IOException {
        response.sendError(HttpServletResponse.SC_FORBIDDEN);
    }
}
