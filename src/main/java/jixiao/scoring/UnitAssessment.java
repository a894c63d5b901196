package jixiao.scoring;

import java.util.List;
import java.util.Objects;
import jixiao.shared.Points;

/**
 * The 部门（单位）整体自评 scored by a framework: every item, the total (Σ item scores) and the grade. While an item is
 * unscored (neither figures to compute it from nor a score of the unit's) the total is not a result: it is shown as
 * 未完成评分 with those items named ({@link #complete()}, {@link #unscored()}), never graded.
 */
public record UnitAssessment(UnitFramework framework, List<UnitItemAssessment> items, Points total, Grade grade) {
    public UnitAssessment {
        Objects.requireNonNull(framework, "framework");
        items = List.copyOf(items);
        Objects.requireNonNull(total, "total");
        Objects.requireNonNull(grade, "grade");
    }

    /** Label of a total that is not yet a result. */
    public static final String INCOMPLETE = "未完成评分";

    /** The items nobody scored: no figures to compute them from and no score of the unit's. */
    public List<UnitItemAssessment> unscored() {
        return items.stream()
                .filter(item -> item.basis() == UnitItemAssessment.Basis.MISSING)
                .toList();
    }

    /** Whether every item is scored, so that the total and the grade are a result. */
    public boolean complete() {
        return unscored().isEmpty();
    }

    /**
     * The grade where every item is scored; otherwise "未完成评分（未评分：履职效益、满意度）": an unscored item counted as
     * 0 would grade the unit on what nobody assessed.
     */
    public String gradeOrIncomplete() {
        if (complete()) {
            return grade.label();
        }
        return INCOMPLETE + "（未评分："
                + String.join(
                        "、", unscored().stream().map(item -> item.item().name()).toList()) + "）";
    }

    /** Σ claimed scores of the items the unit scored. */
    public Points claimedTotal() {
        return Points.sum(items.stream()
                .map(UnitItemAssessment::claimedScore)
                .filter(Objects::nonNull)
                .toList());
    }
}
