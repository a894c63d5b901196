package jixiao.interchange;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.core.io.JsonEOFException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns bytes or text into a JSON object tree, and opens generators for writing, with the settings both interchange
 * files need: numbers exactly as written (BigDecimal, trailing zeros kept), duplicate keys rejected, UTF-8 only, and
 * every syntax error reported with its line and column in Chinese.
 */
final class JsonDocument {
    private static final JsonFactory FACTORY = JsonFactory.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN)
            .build();
    private static final JsonMapper MAPPER = JsonMapper.builder(FACTORY)
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .disable(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES)
            .build();
    private static final Pattern UNEXPECTED_CHARACTER = Pattern.compile("^Unexpected character \\('(.+?)' \\(code");
    private static final Pattern UNRECOGNIZED_TOKEN = Pattern.compile("^Unrecognized token '(.*?)'");

    private JsonDocument() {}

    static ObjectNode parse(Path file) throws InterchangeException {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw InterchangeException.unreadable("文件不存在：" + file, e);
        } catch (IOException e) {
            throw InterchangeException.unreadable("无法读取文件 " + file + "：" + e.getMessage(), e);
        }
        return parse(bytes);
    }

    static ObjectNode parse(InputStream in) throws InterchangeException {
        try {
            return parse(in.readAllBytes());
        } catch (IOException e) {
            throw InterchangeException.unreadable("无法读取输入：" + e.getMessage(), e);
        }
    }

    static ObjectNode parse(byte[] bytes) throws InterchangeException {
        return parse(decodeUtf8(bytes));
    }

    static ObjectNode parse(String text) throws InterchangeException {
        String json = text.startsWith("\uFEFF") ? text.substring(1) : text;
        if (json.isBlank()) {
            throw InterchangeException.at("$", "文件为空，没有任何 JSON 内容");
        }
        JsonNode root;
        try (JsonParser parser = MAPPER.createParser(json)) {
            root = MAPPER.readTree(parser);
            JsonToken trailing = parser.nextToken();
            if (trailing != null) {
                JsonLocation at = parser.currentTokenLocation();
                throw InterchangeException.atPosition(
                        "$", at.getLineNr(), at.getColumnNr(), "JSON 对象结束后还有多余的内容（只能有一个顶层对象）", null);
            }
        } catch (JsonProcessingException e) {
            throw syntaxError(e, json);
        } catch (IOException e) {
            throw InterchangeException.unreadable("无法读取输入：" + e.getMessage(), e);
        }
        if (root == null || root.isMissingNode()) {
            throw InterchangeException.at("$", "文件为空，没有任何 JSON 内容");
        }
        if (!root.isObject()) {
            throw InterchangeException.at("$", "文档顶层应为 JSON 对象 {…}，实际为" + JsonValues.describe(root));
        }
        return (ObjectNode) root;
    }

    /** A generator writing UTF-8, two-space indented, Chinese unescaped, BigDecimal without exponent. */
    static JsonGenerator generator(OutputStream out) throws IOException {
        JsonGenerator generator = FACTORY.createGenerator(out, JsonEncoding.UTF8);
        generator.setPrettyPrinter(new IndentedPrinter());
        return generator;
    }

    /** What a writer puts between the generator's start and the closing newline. */
    @FunctionalInterface
    interface Body {
        void write(JsonGenerator generator) throws IOException;
    }

    /** Writes a document (UTF-8, ending in a newline) to the stream; does not close it. */
    static void write(OutputStream out, Body body) throws IOException {
        try (JsonGenerator g = generator(out)) {
            g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
            body.write(g);
            g.writeRaw('\n');
        }
    }

    static void write(java.nio.file.Path file, Body body) throws IOException {
        try (OutputStream out = java.nio.file.Files.newOutputStream(file)) {
            write(out, body);
        }
    }

    /** The document as text. */
    static String text(Body body) {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        try {
            write(out, body);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException("writing to memory cannot fail", e);
        }
        return out.toString(java.nio.charset.StandardCharsets.UTF_8);
    }

    private static String decodeUtf8(byte[] bytes) throws InterchangeException {
        if (bytes.length >= 2
                && ((bytes[0] == (byte) 0xFE && bytes[1] == (byte) 0xFF)
                        || (bytes[0] == (byte) 0xFF && bytes[1] == (byte) 0xFE))) {
            throw InterchangeException.at("$", "文件是 UTF-16 编码，请另存为 UTF-8 编码");
        }
        CharsetDecoder decoder = StandardCharsets.UTF_8
                .newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length + 1);
        CoderResult result = decoder.decode(in, out, true);
        if (!result.isError()) {
            result = decoder.flush(out);
        }
        if (result.isError()) {
            int offset = in.position();
            int line = 1;
            for (int i = 0; i < offset; i++) {
                if (bytes[i] == '\n') {
                    line++;
                }
            }
            throw InterchangeException.at(
                    "$",
                    String.format(
                            "文件不是 UTF-8 编码：第 %d 行（第 %d 个字节 0x%02X）无法按 UTF-8 解码；GBK 等编码的文件请另存为 UTF-8",
                            line, offset + 1, bytes[offset] & 0xFF));
        }
        out.flip();
        return out.toString();
    }

    private static InterchangeException syntaxError(JsonProcessingException e, String json) {
        JsonLocation at = e.getLocation();
        int line = at == null ? 0 : at.getLineNr();
        int column = at == null ? 0 : at.getColumnNr();
        String path = "$";
        if (e.getProcessor() instanceof JsonParser parser) {
            path = pathOf(parser.getParsingContext());
        }
        String original = e.getOriginalMessage() == null ? "" : e.getOriginalMessage();
        String message;
        if (e instanceof JsonEOFException) {
            message = "JSON 不完整（文件被截断？）";
        } else if (original.startsWith("Duplicate field")) {
            String name = e.getProcessor() instanceof JsonParser parser
                    ? parser.getParsingContext().getCurrentName()
                    : original;
            message = "键 \"" + name + "\" 在同一对象中重复出现";
        } else {
            message = "JSON 语法错误：" + describeSyntax(original);
        }
        return InterchangeException.atPosition(path, line, column, message, e);
    }

    private static String describeSyntax(String original) {
        Matcher unexpected = UNEXPECTED_CHARACTER.matcher(original);
        if (unexpected.find()) {
            String character = unexpected.group(1);
            String hint =
                    switch (character) {
                        case "}", "]" -> "（多余的逗号？）";
                        case "'" -> "（字符串和键须用双引号）";
                        case "/", "#" -> "（JSON 不允许注释）";
                        default -> original.contains("expecting comma") ? "（缺少逗号？）" : "";
                    };
            return "此处不应出现字符 “" + character + "”" + hint;
        }
        Matcher unrecognized = UNRECOGNIZED_TOKEN.matcher(original);
        if (unrecognized.find()) {
            return "无法识别的内容 " + unrecognized.group(1) + "（文本须加双引号）";
        }
        if (original.startsWith("Non-standard token")) {
            return "不是合法的 JSON 数值（NaN、Infinity 不可用）";
        }
        if (original.startsWith("Invalid numeric value") || original.startsWith("Leading zeroes")) {
            return "数值格式不正确（" + original + "）";
        }
        return "无法解析（" + original + "）";
    }

    /** The parser's position as a JSON path: {@code $.projects[2].indicators[0].weight}. */
    private static String pathOf(JsonStreamContext context) {
        Deque<String> segments = new ArrayDeque<>();
        for (JsonStreamContext c = context; c != null && !c.inRoot(); c = c.getParent()) {
            if (c.inArray()) {
                segments.push("[" + Math.max(c.getCurrentIndex(), 0) + "]");
            } else if (c.getCurrentName() != null) {
                segments.push(JsonPath.member("", c.getCurrentName()));
            }
        }
        return "$" + String.join("", segments);
    }
}
