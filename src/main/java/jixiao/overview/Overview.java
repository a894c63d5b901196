package jixiao.overview;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import jixiao.collection.CollectionRound;
import jixiao.collection.Progress;
import jixiao.collection.UnitProgress;
import jixiao.scoring.FindingCode;

/**
 * A finance bureau's overview of its region for a year, as its filters narrow it: the collection round and where each
 * unit stands (with the late units), and over the project evaluations sent to the bureau the distributions of totals,
 * grades and execution rates, the money per unit, the most frequent finding categories, the units with the most
 * unresolved errors, each unit's change from last year and the large 复核 gaps.
 *
 * @param round the collection round of the year, or null where the bureau set none
 * @param units how many units the round covers
 * @param late the late units, all of them
 * @param projects how many project evaluations the distributions count
 * @param grades by grade code (EXCELLENT … POOR), in that order
 * @param money the units with the largest budgets, largest first
 * @param unresolved the units with the most unresolved errors, most first
 * @param changes the units of both years whose mean total changed most, largest change first
 * @param gaps the largest gaps, largest first
 * @param copies the evaluations of the year that repeat most of another's text (of another unit or year)
 * @param copiedCount how many evaluations of the year repeat another's text
 */
public record Overview(
        int year,
        CollectionRound round,
        LocalDate today,
        int units,
        Map<Progress, Long> progress,
        List<UnitProgress> late,
        long projects,
        Map<String, Long> grades,
        List<TotalBand> totals,
        Map<ExecutionBand, Long> rates,
        List<UnitFigures> money,
        List<FindingCount> findings,
        List<UnitFigures> unresolved,
        List<UnitChange> changes,
        int unitsOfBothYears,
        List<ListRow> gaps,
        long gapCount,
        List<CopiedText> copies,
        long copiedCount) {

    /** How many units of the round have no evaluation of the year (未开始). */
    public long notStarted() {
        return progress.getOrDefault(Progress.NOT_STARTED, 0L);
    }

    /** Totals in a band of ten points (the lowest band: under 60, 差). */
    public record TotalBand(int from, int to, long count) {}

    /** A unit's project evaluations of the year: their number, money in 元, unresolved errors and mean total. */
    public record UnitFigures(
            long unitId, String unitName, long projects, BigDecimal budget, BigDecimal executed, long unresolved) {

        /** 全年预算数 in 万元. */
        public BigDecimal budgetInTenThousands() {
            return budget.movePointLeft(4).setScale(2, java.math.RoundingMode.HALF_UP);
        }

        /** 全年执行数 in 万元. */
        public BigDecimal executedInTenThousands() {
            return executed.movePointLeft(4).setScale(2, java.math.RoundingMode.HALF_UP);
        }
    }

    /** How often a finding category was found, and in how many evaluations. */
    public record FindingCount(FindingCode code, long findings, long evaluations) {}

    /** A unit's mean total of last year and of this year. */
    public record UnitChange(long unitId, String unitName, BigDecimal lastYear, BigDecimal thisYear) {
        public BigDecimal change() {
            return thisYear.subtract(lastYear);
        }
    }
}
