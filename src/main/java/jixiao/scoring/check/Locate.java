package jixiao.scoring.check;

import org.jspecify.annotations.Nullable;

/** Where a finding is: a project (null for the whole unit) and an indicator (null for none). */
record Locate(@Nullable String project, @Nullable String indicator) {

    static Locate project(String project) {
        return new Locate(project, null);
    }

    static Locate wholeUnit() {
        return new Locate(null, null);
    }

    /** An item of the whole-unit evaluation ("政府采购执行率"). */
    static Locate unitItem(String item) {
        return new Locate(null, item);
    }
}
