package jixiao.recheck;

import java.util.List;

/** A budget unit's evaluations of the year as re-checked, in the order of the list (projects, then the whole unit). */
public record RecheckedUnit(long id, String name, String region, List<RecheckedEvaluation> evaluations) {

    public RecheckedUnit {
        evaluations = List.copyOf(evaluations);
    }

    public long gradesChanged() {
        return evaluations.stream().filter(RecheckedEvaluation::gradeChanged).count();
    }

    public long totalsChanged() {
        return evaluations.stream().filter(RecheckedEvaluation::totalChanged).count();
    }

    public long added() {
        return evaluations.stream().mapToLong(e -> e.added().size()).sum();
    }

    public long vanished() {
        return evaluations.stream().mapToLong(e -> e.vanished().size()).sum();
    }

    /** The 部门（单位）整体自评 among them, or null. */
    public RecheckedEvaluation whole() {
        return evaluations.stream()
                .filter(e -> e.kind().equals("UNIT"))
                .findFirst()
                .orElse(null);
    }
}
