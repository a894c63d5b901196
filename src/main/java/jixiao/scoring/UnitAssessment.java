package jixiao.scoring;

import java.util.List;
import java.util.Objects;
import jixiao.shared.Points;

/** The 部门（单位）整体自评 scored by a framework: every item, the total (Σ item scores) and the grade. */
public record UnitAssessment(UnitFramework framework, List<UnitItemAssessment> items, Points total, Grade grade) {
    public UnitAssessment {
        Objects.requireNonNull(framework, "framework");
        items = List.copyOf(items);
        Objects.requireNonNull(total, "total");
        Objects.requireNonNull(grade, "grade");
    }

    /** Σ claimed scores of the items the unit scored. */
    public Points claimedTotal() {
        return Points.sum(items.stream()
                .map(UnitItemAssessment::claimedScore)
                .filter(Objects::nonNull)
                .toList());
    }
}
