package jixiao.translation.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jixiao.translation.EngineEnglish;
import org.springframework.core.MethodParameter;
import org.springframework.http.MediaType;
import org.springframework.http.converter.HttpMessageConverter;
import org.springframework.http.server.ServerHttpRequest;
import org.springframework.http.server.ServerHttpResponse;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.servlet.mvc.method.annotation.ResponseBodyAdvice;

/**
 * The API in English when the client asks for it ({@code Accept-Language: en}, or {@code ?lang=en}): the engine's
 * sentences in a JSON answer, each finding's {@code message} and each score's {@code explanation}, are translated;
 * everything else (codes, numbers, the user's data, a clerk's explanation of a finding) is left as it is.
 */
@RestControllerAdvice(basePackages = {"jixiao.evaluation.web"})
public class EnglishApiAnswers implements ResponseBodyAdvice<Object> {

    @Override
    public boolean supports(MethodParameter returnType, Class<? extends HttpMessageConverter<?>> converterType) {
        return JsonNode.class.isAssignableFrom(returnType.getParameterType());
    }

    @Override
    public Object beforeBodyWrite(
            Object body,
            MethodParameter returnType,
            MediaType selectedContentType,
            Class<? extends HttpMessageConverter<?>> selectedConverterType,
            ServerHttpRequest request,
            ServerHttpResponse response) {
        if (body instanceof JsonNode json && asksForEnglish(request)) {
            translate(json, EngineEnglish.table());
        }
        return body;
    }

    private static boolean asksForEnglish(ServerHttpRequest request) {
        String lang = request.getURI().getQuery();
        if (lang != null && lang.matches("(^|.*&)lang=en([-_].*)?($|&.*)")) {
            return true;
        }
        var asked = request.getHeaders().getAcceptLanguageAsLocales();
        return !asked.isEmpty() && EngineText.english(asked.get(0));
    }

    /**
     * A finding is an object with a code, a severity and a message; a score an object with a score and an explanation
     * (a finding's explanation is the clerk's own text and stays).
     */
    static void translate(JsonNode node, EngineEnglish table) {
        if (node instanceof ObjectNode o) {
            if (o.has("severity") && o.path("message").isTextual()) {
                o.put("message", table.english(o.get("message").asText()));
            } else if (o.has("score") && o.path("explanation").isTextual()) {
                o.put("explanation", table.english(o.get("explanation").asText()));
            }
        }
        node.forEach(child -> translate(child, table));
    }
}
