package jixiao.scoring.rule;

import static jixiao.scoring.CheckCategory.ACCURACY;
import static jixiao.scoring.CheckCategory.COMPLETENESS;
import static jixiao.scoring.CheckCategory.CONSISTENCY;
import static jixiao.scoring.CheckCategory.PLAUSIBILITY;
import static jixiao.scoring.CheckCategory.QUALITY;
import static jixiao.scoring.Severity.ERROR;
import static jixiao.scoring.Severity.INFO;
import static jixiao.scoring.Severity.WARNING;

import jixiao.scoring.Check;
import jixiao.scoring.FindingCode;

/**
 * The checks whose findings a rule raises while it scores (a value it cannot read, units that do not compare): the
 * rule knows them first, and the catalogue lists them with the other checks.
 */
public final class RuleNotes {
    private RuleNotes() {}

    public static final Check WEIGHT_MISSING =
            Check.of("WEIGHT_MISSING", FindingCode.INCOMPLETE, COMPLETENESS, ERROR, "指标没有填写分值，按 0 分值计。");

    public static final Check VAGUE_TARGET = Check.of(
            "VAGUE_TARGET",
            FindingCode.VAGUE_TARGET,
            QUALITY,
            WARNING,
            "年度指标值只写了方向（提升、促进、保障……），没有可核验的数值或标准（合格、达标、按时……）。");

    public static final Check TARGET_MISSING =
            Check.of("TARGET_MISSING", FindingCode.INCOMPLETE, COMPLETENESS, ERROR, "指标没有填写年度指标值，无法按规则计分，得分沿用填报值。");

    public static final Check TARGET_UNREADABLE = Check.of(
            "TARGET_UNREADABLE",
            FindingCode.UNPARSEABLE_VALUE,
            QUALITY,
            WARNING,
            "年度指标值无法识别（如数值范围、含无法识别的字符），说明原因；得分沿用填报值。");

    public static final Check ACTUAL_MISSING =
            Check.of("ACTUAL_MISSING", FindingCode.INCOMPLETE, COMPLETENESS, ERROR, "指标没有填写实际完成值，无法按规则计分，得分沿用填报值。");

    public static final Check ACTUAL_UNREADABLE =
            Check.of("ACTUAL_UNREADABLE", FindingCode.UNPARSEABLE_VALUE, QUALITY, WARNING, "实际完成值无法识别，说明原因；得分沿用填报值。");

    public static final Check ACTUAL_NOT_A_QUANTITY = Check.of(
            "ACTUAL_NOT_A_QUANTITY",
            FindingCode.UNPARSEABLE_VALUE,
            QUALITY,
            WARNING,
            "指标值是数量，实际完成值却是一段文字且看不出是否完成，无法比较。");

    public static final Check ACTUAL_IN_WORDS = Check.of(
            "ACTUAL_IN_WORDS",
            FindingCode.INCOMPLETE,
            COMPLETENESS,
            INFO,
            "指标值是数量，实际完成值只写了“完成”等文字：按定性档次核对，并提示应填写可比的数值。");

    public static final Check ACTUAL_WITHOUT_TIME = Check.of(
            "ACTUAL_WITHOUT_TIME",
            FindingCode.INCOMPLETE,
            COMPLETENESS,
            WARNING,
            "时效指标的实际完成值只写了“完成”，没有写明完成时间，无法核对是否按时完成。");

    public static final Check TIER_UNKNOWN = Check.of(
            "TIER_UNKNOWN",
            FindingCode.INCOMPLETE,
            COMPLETENESS,
            WARNING,
            "定性指标的实际完成值没有说明是否达成（或疑似把得分填进了实际完成值栏），无法判断档次。");

    /** Named for the measure unit (计量单位); its code and its finding's keep the name rule sets and stored findings use. */
    public static final Check MEASURE_UNIT_MISMATCH = Check.of(
            "UNIT_MISMATCH",
            FindingCode.UNIT_MISMATCH,
            CONSISTENCY,
            ERROR,
            "指标值与实际完成值的计量单位不同（或相差上千倍、一个是日期一个是数量），不能比较；不作换算猜测，得分沿用填报值。");

    public static final Check FUNDS_STAND_IN = Check.of(
            "FUNDS_STAND_IN",
            FindingCode.INCOMPLETE,
            COMPLETENESS,
            WARNING,
            "项目资金表缺少“年度资金总额”行或全年预算数，以“当年财政拨款”行或年初预算数代替计算预算执行率。");

    public static final Check FUNDS_MISSING = Check.of(
            "FUNDS_MISSING", FindingCode.INCOMPLETE, COMPLETENESS, ERROR, "没有项目资金表，或缺少预算数、执行数（或预算数为 0），无法计算预算执行率。");

    public static final Check WEIGHTS_SHARED = Check.of(
            "WEIGHTS_SHARED",
            FindingCode.WEIGHTS_DERIVED,
            COMPLETENESS,
            INFO,
            "自评表未印指标分值，按规则集把一级指标的分值（减去同组已印的分值）平均分给未印分值的指标（规则集的 unprintedWeights）。");

    public static final Check NOT_APPLICABLE_EXCLUDED = Check.of(
            "NOT_APPLICABLE_EXCLUDED",
            FindingCode.NOT_APPLICABLE,
            QUALITY,
            INFO,
            "标为不适用并说明了理由的指标不计分，其分值按规则集分配给其他指标（同一一级指标内或全部指标，按分值比例）。");

    public static final Check NOT_APPLICABLE_UNEXPLAINED = Check.of(
            "NOT_APPLICABLE_UNEXPLAINED", FindingCode.NOT_APPLICABLE, QUALITY, ERROR, "指标标为不适用却没有说明理由：不予认可，按所填数值计分。");

    public static final Check NOT_APPLICABLE_NOT_ADMITTED = Check.of(
            "NOT_APPLICABLE_NOT_ADMITTED",
            FindingCode.NOT_APPLICABLE,
            QUALITY,
            WARNING,
            "指标标为不适用，但规则集不允许不适用指标：按所填数值计分。");

    public static final Check INDICATOR_DEVIATION = Check.of(
            "INDICATOR_DEVIATION",
            FindingCode.INDICATOR_DEVIATION,
            PLAUSIBILITY,
            WARNING,
            "实际完成值超出指标值（正向指标高于、反向指标低于）达规则集规定的比例以上且没有说明原因，按指标偏离扣分（规则集的 deviation，一体化自评手册：30%、扣 2 分）。");

    public static final Check TOTAL_CAPPED = Check.of(
            "TOTAL_CAPPED",
            FindingCode.TOTAL_CAPPED,
            ACCURACY,
            INFO,
            "预算执行率低于规则集的档次，项目总分按该档的上限计（规则集的 executionCaps，如执行率 70%-80% 最高 89 分）。");

    public static final Check FRACTION_READ_AS_PERCENT = Check.of(
            "FRACTION_READ_AS_PERCENT",
            FindingCode.VALUE_INTERPRETED,
            QUALITY,
            INFO,
            "指标值是百分比，实际完成值是不带单位的小数（如 0.96），按百分比读取（96%）；反之亦然。");
}
