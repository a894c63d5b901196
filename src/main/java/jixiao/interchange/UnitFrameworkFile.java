package jixiao.interchange;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import jixiao.scoring.UnitFigure;
import jixiao.scoring.UnitFramework;
import jixiao.scoring.UnitFramework.Formula;
import jixiao.scoring.UnitFramework.FullAtOrBelow;
import jixiao.scoring.UnitFramework.Item;
import jixiao.scoring.UnitFramework.Measure;
import jixiao.scoring.UnitFramework.Proportional;
import jixiao.scoring.UnitFramework.Qualitative;
import jixiao.scoring.UnitFramework.Schedule;
import jixiao.scoring.UnitFramework.Step;
import jixiao.scoring.UnitFramework.Steps;
import jixiao.shared.Decimals;
import jixiao.shared.Points;

/**
 * A {@link UnitFramework} (the 部门（单位）整体自评 indicator framework) as a JSON file, {@code unit-framework/1}, that
 * a finance bureau edits and loads as a new version. Errors name the JSON path, like {@link InterchangeReader}.
 *
 * <pre>{@code
 * {
 *   "format": "unit-framework/1",
 *   "name": "部门整体支出绩效自评共性指标", "version": "2021.1",
 *   "items": [
 *     {"area": "2. 预算和财务管理", "name": "预算执行率", "weight": 10, "weightBasis": null,
 *      "kind": "formula", "numerator": "finalExpenditure", "denominator": "expenditureBudget",
 *      "schedule": {"type": "proportional"}},
 *     {"area": "2. 预算和财务管理", "name": "预算调整率", "weight": 2, "kind": "formula",
 *      "numerator": "budgetAdjustment", "denominator": "expenditureBudget",
 *      "schedule": {"type": "fullAtOrBelow", "limit": 0.05, "zeroAt": 0.15}},
 *     {"area": "4. 重点工作任务完成", "name": "某项", "weight": 5, "kind": "formula", "numerator": "…", "denominator": "…",
 *      "schedule": {"type": "steps", "steps": [{"from": 0.9, "share": 1}, {"from": 0.6, "share": 0.5}]}},
 *     {"area": "1. 工作目标管理", "name": "工作目标管理", "weight": 5, "kind": "qualitative"}
 *   ]
 * }
 * }</pre>
 */
public final class UnitFrameworkFile {
    public static final String FORMAT = "unit-framework/1";

    private static final List<String> FIELDS = List.of("format", "name", "version", "items");
    private static final List<String> ITEM_FIELDS =
            List.of("area", "name", "weight", "weightBasis", "kind", "numerator", "denominator", "schedule");
    private static final List<String> SCHEDULE_FIELDS = List.of("type", "limit", "zeroAt", "steps");
    private static final List<String> STEP_FIELDS = List.of("from", "share");

    public UnitFramework read(Path file) throws InterchangeException {
        return framework(JsonDocument.parse(file));
    }

    /** Reads the whole stream (UTF-8); does not close it. */
    public UnitFramework read(InputStream in) throws InterchangeException {
        return framework(JsonDocument.parse(in));
    }

    public UnitFramework read(String json) throws InterchangeException {
        return framework(JsonDocument.parse(json));
    }

    /** The framework as text, ending in a newline. */
    public String write(UnitFramework framework) {
        return JsonDocument.text(g -> body(g, framework));
    }

    private static void body(JsonGenerator g, UnitFramework framework) throws IOException {
        g.writeStartObject();
        g.writeStringField("format", FORMAT);
        g.writeStringField("name", framework.name());
        g.writeStringField("version", framework.version());
        g.writeArrayFieldStart("items");
        for (Item item : framework.items()) {
            g.writeStartObject();
            g.writeStringField("area", item.area());
            g.writeStringField("name", item.name());
            g.writeNumberField(
                    "weight", new BigDecimal(Decimals.plain(item.weight().value())));
            g.writeStringField("weightBasis", item.weightBasis());
            if (item.measure() instanceof Formula formula) {
                g.writeStringField("kind", "formula");
                g.writeStringField("numerator", formula.numerator().key());
                g.writeStringField("denominator", formula.denominator().key());
                g.writeObjectFieldStart("schedule");
                schedule(g, formula.schedule());
                g.writeEndObject();
            } else {
                g.writeStringField("kind", "qualitative");
            }
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeEndObject();
    }

    private static void schedule(JsonGenerator g, Schedule schedule) throws IOException {
        if (schedule instanceof FullAtOrBelow f) {
            g.writeStringField("type", "fullAtOrBelow");
            g.writeNumberField("limit", f.limit());
            g.writeNumberField("zeroAt", f.zeroAt());
        } else if (schedule instanceof Steps s) {
            g.writeStringField("type", "steps");
            g.writeArrayFieldStart("steps");
            for (Step step : s.steps()) {
                g.writeStartObject();
                g.writeNumberField("from", step.from());
                g.writeNumberField("share", step.share());
                g.writeEndObject();
            }
            g.writeEndArray();
        } else {
            g.writeStringField("type", "proportional");
        }
    }

    private static UnitFramework framework(ObjectNode root) throws InterchangeException {
        JsonObjectView file = JsonObjectView.of(root, "$", FIELDS);
        String format = file.text("format");
        if (!FORMAT.equals(format)) {
            throw InterchangeException.at(
                    file.pathOf("format"),
                    "应为 \"" + FORMAT + "\"，实际为 " + (format == null ? "空" : JsonValues.quoted(format)));
        }
        String name = file.requiredName("name");
        String version = file.requiredName("version");
        List<Item> items = file.requiredList("items", UnitFrameworkFile::item);
        if (items.isEmpty()) {
            throw InterchangeException.at(file.pathOf("items"), "至少要有一个评分项");
        }
        Set<String> names = new HashSet<>();
        for (int i = 0; i < items.size(); i++) {
            if (!names.add(items.get(i).name())) {
                throw InterchangeException.at(
                        JsonPath.index(file.pathOf("items"), i) + ".name",
                        "评分项“" + items.get(i).name() + "”重复");
            }
        }
        return new UnitFramework(name, version, items);
    }

    private static Item item(JsonNode value, String path) throws InterchangeException {
        JsonObjectView item = JsonObjectView.of(value, path, ITEM_FIELDS);
        String area = item.requiredName("area");
        String name = item.requiredName("name");
        BigDecimal weight = JsonObjectView.numberOf(item.required("weight"), item.pathOf("weight"));
        if (weight.signum() < 0 || weight.stripTrailingZeros().scale() > 2) {
            throw InterchangeException.at(item.pathOf("weight"), "分值应为不小于 0、最多两位小数的数，实际为 " + weight.toPlainString());
        }
        String kind = item.text("kind");
        Measure measure;
        if ("qualitative".equals(kind)) {
            measure = new Qualitative();
        } else if ("formula".equals(kind)) {
            measure = new Formula(figure(item, "numerator"), figure(item, "denominator"), schedule(item));
        } else {
            throw InterchangeException.at(
                    item.pathOf("kind"),
                    "应为 \"formula\"（按公式计算）或 \"qualitative\"（定性评价），实际为 "
                            + (kind == null ? "空" : JsonValues.quoted(kind)));
        }
        return new Item(area, name, Points.of(weight), item.text("weightBasis"), measure);
    }

    private static UnitFigure figure(JsonObjectView item, String field) throws InterchangeException {
        String key = JsonObjectView.textOf(item.required(field), item.pathOf(field));
        return UnitFigure.byKey(key)
                .orElseThrow(() -> InterchangeException.at(
                        item.pathOf(field), "没有名为 " + JsonValues.quoted(key) + " 的数据项，可用的有：" + figureKeys()));
    }

    private static String figureKeys() {
        List<String> keys = new ArrayList<>();
        for (UnitFigure figure : UnitFigure.values()) {
            keys.add(figure.key());
        }
        return String.join(", ", keys);
    }

    private static Schedule schedule(JsonObjectView item) throws InterchangeException {
        JsonObjectView schedule = item.requiredObject("schedule", SCHEDULE_FIELDS);
        String type = schedule.text("type");
        try {
            if ("proportional".equals(type)) {
                return new Proportional();
            }
            if ("fullAtOrBelow".equals(type)) {
                return new FullAtOrBelow(required(schedule, "limit"), required(schedule, "zeroAt"));
            }
            if ("steps".equals(type)) {
                List<Step> steps = schedule.requiredList("steps", UnitFrameworkFile::step);
                if (steps.isEmpty()) {
                    throw InterchangeException.at(schedule.pathOf("steps"), "至少要有一档");
                }
                return new Steps(steps);
            }
        } catch (IllegalArgumentException e) {
            throw InterchangeException.at(schedule.path(), "评分标准不成立：" + e.getMessage());
        }
        throw InterchangeException.at(
                schedule.pathOf("type"),
                "应为 \"proportional\"、\"fullAtOrBelow\" 或 \"steps\"，实际为 "
                        + (type == null ? "空" : JsonValues.quoted(type)));
    }

    private static Step step(JsonNode value, String path) throws InterchangeException {
        JsonObjectView step = JsonObjectView.of(value, path, STEP_FIELDS);
        BigDecimal from = required(step, "from");
        BigDecimal share = required(step, "share");
        if (share.signum() < 0 || share.compareTo(BigDecimal.ONE) > 0) {
            throw InterchangeException.at(step.pathOf("share"), "应为 0 到 1 之间的比例，实际为 " + share.toPlainString());
        }
        return new Step(from, share);
    }

    private static BigDecimal required(JsonObjectView object, String field) throws InterchangeException {
        return JsonObjectView.numberOf(object.required(field), object.pathOf(field));
    }
}
