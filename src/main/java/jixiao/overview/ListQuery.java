package jixiao.overview;

import java.math.BigDecimal;
import jixiao.evaluation.EvaluationKind;
import jixiao.evaluation.EvaluationStatus;
import jixiao.scoring.FindingCode;

/**
 * What a list shows: its filters, its order and its page. Every filter is optional (null or false: not applied).
 *
 * @param search a part of the unit's or the project's name
 * @param grade the grade as stored (优, 良, 中, 差, 未完成评分)
 * @param unresolved only evaluations with errors the unit has not explained
 * @param rateBelow only execution rates below this fraction (0.6 for 60 %)
 * @param minBudget 全年预算数 from this amount, in 元
 * @param maxBudget 全年预算数 up to this amount, in 元
 * @param largeGap only large 复核 gaps ({@link jixiao.evaluation.RecheckGap})
 * @param finding only evaluations with a finding of this category
 * @param regionId only the units of this region and the regions below it (one of the user's reach; another narrows
 *     nothing)
 * @param minTotal 计算分 from this
 * @param maxTotal 计算分 below this (100 included)
 * @param todo only what waits for the user (the 待办 of its role)
 * @param copied only evaluations whose text repeats another's of another unit or year (the pairs of a year counted
 *     once, as the overview counts them)
 * @param page from 1
 */
public record ListQuery(
        Integer year,
        String search,
        EvaluationStatus status,
        String grade,
        EvaluationKind kind,
        boolean unresolved,
        BigDecimal rateBelow,
        BigDecimal minBudget,
        BigDecimal maxBudget,
        boolean largeGap,
        FindingCode finding,
        Long unitId,
        Long regionId,
        ExecutionBand band,
        BigDecimal minTotal,
        BigDecimal maxTotal,
        boolean todo,
        boolean copied,
        ListColumn sort,
        boolean descending,
        int page,
        int size) {

    /** Rows a page holds at most. */
    public static final int MAX_SIZE = 100;

    public static final int DEFAULT_SIZE = 20;

    public ListQuery {
        search = search == null || search.isBlank() ? null : search.strip();
        page = Math.max(1, page);
        size = size < 1 ? DEFAULT_SIZE : Math.min(size, MAX_SIZE);
    }

    /** Everything of a year, in the default order, first page. */
    public static ListQuery ofYear(Integer year) {
        return of(year, false);
    }

    /** What waits for the user (its 待办), of every year. */
    public static ListQuery waiting() {
        return of(null, true);
    }

    private static ListQuery of(Integer year, boolean todo) {
        return new ListQuery(
                year,
                null,
                null,
                null,
                null,
                false,
                null,
                null,
                null,
                false,
                null,
                null,
                null,
                null,
                null,
                null,
                todo,
                false,
                null,
                false,
                1,
                DEFAULT_SIZE);
    }

    /** The same filters on another page. */
    public ListQuery onPage(int other) {
        return new ListQuery(
                year,
                search,
                status,
                grade,
                kind,
                unresolved,
                rateBelow,
                minBudget,
                maxBudget,
                largeGap,
                finding,
                unitId,
                regionId,
                band,
                minTotal,
                maxTotal,
                todo,
                copied,
                sort,
                descending,
                other,
                size);
    }

    /** The same filters, of one kind only. */
    public ListQuery ofKind(EvaluationKind other) {
        return new ListQuery(
                year,
                search,
                status,
                grade,
                other,
                unresolved,
                rateBelow,
                minBudget,
                maxBudget,
                largeGap,
                finding,
                unitId,
                regionId,
                band,
                minTotal,
                maxTotal,
                todo,
                copied,
                sort,
                descending,
                page,
                size);
    }
}
