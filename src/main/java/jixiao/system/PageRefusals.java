package jixiao.system;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import jixiao.evaluation.EvaluationException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;

/**
 * The refusals of the finance bureau's pages (复核, 抽评, 整改, 公开) as the evaluation pages answer them, with the
 * application's error page: 404 for what is not there or out of reach (the two are not told apart), 403 for a role
 * that may not, 409 for a state that does not allow it, 400 for a value that names nothing.
 */
@ControllerAdvice(basePackages = {"jixiao.review", "jixiao.sampling", "jixiao.rectification", "jixiao.publication"})
@Order(Ordered.HIGHEST_PRECEDENCE)
class PageRefusals {

    @ExceptionHandler(EvaluationException.NotFound.class)
    void notFound(HttpServletResponse response) throws IOException {
        response.sendError(HttpServletResponse.SC_NOT_FOUND);
    }

    @ExceptionHandler(EvaluationException.NotAllowed.class)
    void notAllowed(HttpServletResponse response) throws IOException {
        response.sendError(HttpServletResponse.SC_FORBIDDEN);
    }

    @ExceptionHandler({EvaluationException.WrongState.class, EvaluationException.VersionConflict.class})
    void wrongState(HttpServletResponse response) throws IOException {
        response.sendError(HttpServletResponse.SC_CONFLICT);
    }

    @ExceptionHandler(EvaluationException.Invalid.class)
    void invalid(HttpServletResponse response) throws IOException {
        response.sendError(HttpServletResponse.SC_BAD_REQUEST);
    }
}
