package jixiao.cli;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.util.List;
import jixiao.scoring.Check;
import jixiao.scoring.CheckParameter;
import jixiao.scoring.check.CheckCatalogue;

/**
 * {@code jixiao checks [--json]}: the catalogue of checks, in the order they run, each with its code, its Chinese
 * category, its default severity, what it checks and the parameters a rule set may change.
 */
final class CheckList {
    private CheckList() {}

    private static final ObjectMapper MAPPER = new ObjectMapper()
            .enable(SerializationFeature.INDENT_OUTPUT)
            .disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET)
            .enable(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN);

    static int run(List<String> args, PrintStream out, PrintStream err) {
        boolean json = false;
        for (String arg : args) {
            if (arg.equals("--json")) {
                json = true;
            } else {
                err.println("未知选项“" + arg + "”（unknown option）");
                return Jixiao.UNREADABLE;
            }
        }
        if (json) {
            json(CheckCatalogue.all(), out);
        } else {
            text(CheckCatalogue.all(), out);
        }
        return Jixiao.OK;
    }

    static void text(List<Check> checks, PrintStream out) {
        out.println("检查项目录（共 " + checks.size() + " 项，按运行顺序）");
        out.println("规则集按检查代码关闭检查、改变严重程度或参数（checks.<代码>）。");
        for (Check check : checks) {
            out.println();
            out.println(check.code() + "  [" + check.category().label() + "·"
                    + check.severity().label() + "]  " + check.finding().title());
            out.println("  " + check.description());
            for (CheckParameter parameter : check.parameters()) {
                out.println("  参数 " + parameter.name() + " = "
                        + parameter.defaultValue().toPlainString() + "（"
                        + parameter.description() + "；可取 " + parameter.range()
                        + (parameter.ruleSetField() ? "；规则集字段" : "") + "）");
            }
        }
    }

    static void json(List<Check> checks, PrintStream out) {
        ArrayNode list = MAPPER.createArrayNode();
        for (Check check : checks) {
            ObjectNode node = list.addObject();
            node.put("code", check.code());
            node.put("finding", check.finding().name());
            node.put("findingTitle", check.finding().title());
            node.put("category", check.category().name().toLowerCase(java.util.Locale.ROOT));
            node.put("categoryLabel", check.category().label());
            node.put("severity", check.severity().name().toLowerCase(java.util.Locale.ROOT));
            node.put("description", check.description());
            ArrayNode parameters = node.putArray("parameters");
            for (CheckParameter parameter : check.parameters()) {
                ObjectNode p = parameters.addObject();
                p.put("name", parameter.name());
                p.put("description", parameter.description());
                p.put("default", parameter.defaultValue());
                p.put("min", parameter.min());
                p.put("max", parameter.max());
                p.put("ruleSetField", parameter.ruleSetField());
            }
        }
        ObjectNode root = MAPPER.createObjectNode();
        root.set("checks", list);
        try {
            MAPPER.writeValue(out, root);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        out.println();
    }
}
