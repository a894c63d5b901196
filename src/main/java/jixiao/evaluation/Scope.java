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

    /**
     * The SQL condition that keeps rows with these unit and region columns inside the scope, starting with " AND "
     * ("" for everything); its parameters are added to {@code params}.
     */
    public String condition(String unitColumn, String regionColumn, List<Object> params) {
        StringBuilder sql = new StringBuilder();
        if (unitId != null) {
            sql.append(" AND ").append(unitColumn).append(" = ?");
            params.add(unitId);
        }
        if (regionIds != null) {
            sql.append(" AND ").append(regionColumn).append(" IN (");
            for (int i = 0; i < regionIds.size(); i++) {
                sql.append(i == 0 ? "?" : ", ?");
                params.add(regionIds.get(i));
            }
            sql.append(regionIds.isEmpty() ? "NULL)" : ")");
        }
        return sql.toString();
    }

    /**
     * The part of this scope in a region and the regions below it ({@code below}, the region first): a finance bureau
     * or 管理员 looking at one city or county of theirs. Unchanged where the scope is one unit's or does not hold the
     * region.
     */
    public Scope within(long regionId, List<Long> below) {
        if (unitId != null || (regionIds != null && !regionIds.contains(regionId))) {
            return this;
        }
        return regions(below);
    }

    /** True when a row of this unit and region is inside the scope. */
    public boolean reaches(long unitId, long regionId) {
        if (this.unitId != null) {
            return this.unitId == unitId;
        }
        return regionIds == null || regionIds.contains(regionId);
    }
}
