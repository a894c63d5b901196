package jixiao.system;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.deser.std.StringDeserializer;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.TextNode;
import java.io.IOException;
import jixiao.shared.PlainText;
import org.springframework.boot.autoconfigure.jackson.Jackson2ObjectMapperBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * JSON request bodies read by Spring (API bodies such as an explanation or a return's reason): control characters
 * removed from every text ({@link PlainText}), as for forms; U+0000 in a reason answered 500 on PostgreSQL. Interchange
 * documents are read by {@code InterchangeReader}, which does the same.
 */
@Configuration
class JsonInput {

    @Bean
    Jackson2ObjectMapperBuilderCustomizer plainTextInJson() {
        return builder -> builder.deserializerByType(String.class, new PlainStrings())
                .postConfigurer(mapper -> mapper.setNodeFactory(new PlainTextNodes()));
    }

    /** Strings of bound objects. */
    static final class PlainStrings extends StdScalarDeserializer<String> {
        private static final long serialVersionUID = 1L;

        PlainStrings() {
            super(String.class);
        }

        @Override
        public String deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            return PlainText.of(StringDeserializer.instance.deserialize(parser, context));
        }
    }

    /** Texts of JSON trees ({@code @RequestBody JsonNode}). */
    static final class PlainTextNodes extends JsonNodeFactory {
        private static final long serialVersionUID = 1L;

        PlainTextNodes() {
            super(true);
        }

        @Override
        public TextNode textNode(String text) {
            return super.textNode(PlainText.of(text));
        }
    }
}
