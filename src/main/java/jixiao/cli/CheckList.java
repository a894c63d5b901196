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
        Language language = Language.ZH;
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            if (arg.equals("--json")) {
                json = true;
            } else if (arg.equals("--lang") && i + 1 < args.size()) {
                language = Language.named(args.get(++i));
                if (language == null) {
                    err.println("--lang 只能是 zh 或 en，实际为“" + args.get(i) + "”（--lang is zh or en）");
                    return Jixiao.UNREADABLE;
                }
            } else {
                err.println("未知选项“" + arg + "”（unknown option）");
                return Jixiao.UNREADABLE;
            }
        }
        if (json) {
            json(CheckCatalogue.all(), out, language);
        } else {
            text(CheckCatalogue.all(), out, language);
        }
        return Jixiao.OK;
    }

    static void text(List<Check> checks, PrintStream out, Language in) {
        out.println(in.label("检查项目录（共 ", "The catalogue of checks (")
                + checks.size()
                + in.label(" 项，按运行顺序）", ", in the order they run)"));
        out.println(in.label(
                "规则集按检查代码关闭检查、改变严重程度或参数（checks.<代码>）。",
                "A rule set switches a check off or changes its severity or parameters by its code (checks.<code>)."));
        for (Check check : checks) {
            out.println();
            out.println(check.code() + "  [" + category(check, in) + "·"
                    + in.message(
                            "severity." + check.severity().name(),
                            check.severity().label()) + "]  "
                    + in.message(
                            "finding." + check.finding().name(), check.finding().title()));
            out.println("  " + description(check, in));
            for (CheckParameter parameter : check.parameters()) {
                out.println(in.label("  参数 ", "  parameter ") + parameter.name() + " = "
                        + parameter.defaultValue().toPlainString() + in.label("（", " (")
                        + in.message(
                                "check.parameter." + check.code() + "." + parameter.name(), parameter.description())
                        + in.label("；可取 ", "; ") + range(parameter, in)
                        + (parameter.ruleSetField() ? in.label("；规则集字段", "; a field of the rule set") : "")
                        + in.label("）", ")"));
            }
        }
    }

    /** The values a rule set may give a parameter, as the help page says them. */
    private static String range(CheckParameter parameter, Language in) {
        if (in == Language.ZH) {
            return parameter.range();
        }
        String min = parameter.min() == null ? null : parameter.min().toPlainString();
        String max = parameter.max() == null ? null : parameter.max().toPlainString();
        if (min != null && max != null) {
            return "from " + min + " to " + max;
        }
        return min != null ? min + " or more" : max != null ? max + " or less" : "any number";
    }

    private static String category(Check check, Language in) {
        return in.message(
                "check.category." + check.category().name(), check.category().label());
    }

    private static String description(Check check, Language in) {
        return in.message("check.description." + check.code(), check.description());
    }

    static void json(List<Check> checks, PrintStream out, Language in) {
        ArrayNode list = MAPPER.createArrayNode();
        for (Check check : checks) {
            ObjectNode node = list.addObject();
            node.put("code", check.code());
            node.put("finding", check.finding().name());
            node.put(
                    "findingTitle",
                    in.message(
                            "finding." + check.finding().name(), check.finding().title()));
            node.put("category", check.category().name().toLowerCase(java.util.Locale.ROOT));
            node.put("categoryLabel", category(check, in));
            node.put("severity", check.severity().name().toLowerCase(java.util.Locale.ROOT));
            node.put("description", description(check, in));
            ArrayNode parameters = node.putArray("parameters");
            for (CheckParameter parameter : check.parameters()) {
                ObjectNode p = parameters.addObject();
                p.put("name", parameter.name());
                p.put(
                        "description",
                        in.message(
                                "check.parameter." + check.code() + "." + parameter.name(), parameter.description()));
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
