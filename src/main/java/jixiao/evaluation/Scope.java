package jixiao.evaluation;

import java.util.List;

/**
 * Which budget units' evaluations a user reaches: one unit (its 填报人 and 单位审核), the units of a region and the
 * regions below it (its finance bureau), or all (管理员).
 *
 * @param unitId the one unit, or null
 * @param regionIds the regions, or null
 */
public record Scope(Long unitId, List<Long> regionIds) {

    public Scope {
        regionIds = regionIds == null ? null : List.copyOf(regionIds);
    }

    public static Scope unit(long unitId) {
        return new Scope(unitId, null);
    }

    public static Scope regions(List<Long> regionIds) {
        return new Scope(null, regionIds);
    }

    /** No unit at all (the security and audit administrators). */
    public static Scope nothing() {
        return new Scope(null, List.of());
    }

    public static Scope everything() {
        return new Scope(null, null);
    }

    /** True when a row of this unit and region is inside the scope. */
    public boolean reaches(long unitId, long regionId) {
        if (this.unitId != null) {
            return this.unitId == unitId;
        }
        return regionIds == null || regionIds.contains(regionId);
    }
}
