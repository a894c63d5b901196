package jixiao.system;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jixiao.evaluation.EvaluationException;
import jixiao.evaluation.FindingExplanation;
import jixiao.interchange.AssessmentJson;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** API errors as JSON: {"error", "field", "message"} with a 4xx status; a message that names field and value. */
@RestControllerAdvice(basePackages = {"jixiao.evaluation.web", "jixiao.evidence.web"})
public class ApiErrors {

    @ExceptionHandler(EvaluationException.class)
    ResponseEntity<ObjectNode> evaluation(EvaluationException e) {
        ObjectNode body = JsonNodeFactory.instance.objectNode();
        body.put("message", e.getMessage());
        HttpStatus status;
        if (e instanceof EvaluationException.NotFound) {
            status = HttpStatus.NOT_FOUND;
            body.put("error", "not-found");
        } else if (e instanceof EvaluationException.NotAllowed) {
            status = HttpStatus.FORBIDDEN;
            body.put("error", "forbidden");
        } else if (e instanceof EvaluationException.VersionConflict) {
            status = HttpStatus.CONFLICT;
            body.put("error", "version-conflict");
        } else if (e instanceof EvaluationException.WrongState) {
            status = HttpStatus.CONFLICT;
            body.put("error", "wrong-state");
        } else if (e instanceof EvaluationException.Invalid invalid) {
            status = HttpStatus.BAD_REQUEST;
            body.put("error", "invalid");
            body.put("field", invalid.field());
        } else {
            EvaluationException.SubmissionRefused refused = (EvaluationException.SubmissionRefused) e;
            status = HttpStatus.UNPROCESSABLE_ENTITY;
            body.put("error", "unexplained-errors");
            var findings = AssessmentJson.findings(refused.unexplained());
            for (int i = 0; i < findings.size(); i++) {
                ((ObjectNode) findings.get(i))
                        .put(
                                "key",
                                FindingExplanation.keyOf(refused.unexplained().get(i)));
            }
            body.set("findings", findings);
        }
        return ResponseEntity.status(status).body(body);
    }

    @ExceptionHandler(HttpMessageNotReadableException.class)
    ResponseEntity<ObjectNode> unreadable(HttpMessageNotReadableException e) {
        ObjectNode body = JsonNodeFactory.instance.objectNode();
        body.put("error", "invalid");
        body.put("message", "请求内容不是有效的 JSON：" + e.getMostSpecificCause().getMessage());
        return ResponseEntity.badRequest().body(body);
    }
}
