package jixiao.interchange;

import java.util.stream.Stream;

/**
 * A variation of the seed that is wrong in its structure (a wrong type, a missing required field, an unknown field, a
 * value out of its allowed range): the reader must reject it naming {@code path} and, where there is one, the
 * offending value ({@code shown}); the JSON Schema must reject it too.
 */
record StructuralDefect(String description, String json, String path, String shown) {

    @Override
    public String toString() {
        return description;
    }

    static Stream<StructuralDefect> all() {
        return Stream.of(
                defect("weight given as a string", "/projects/3/indicators/2/weight", "\"abc\"", "\"abc\""),
                defect("project name given as a number", "/projects/0/name", "123", "123"),
                defect("object where the indicator array belongs", "/projects/0/indicators", "{\"a\": 1}", "{\"a\":1}"),
                defect("array where the unit object belongs", "/unit", "[\"三门峡\"]", "[\"三门峡\"]"),
                defect("boolean where the funds weight belongs", "/projects/1/funds/weight", "true", "true"),
                defect(
                        "department figure given as a string with a unit",
                        "/department/budget/incomeBudget",
                        "\"1111.9万元\"",
                        "\"1111.9万元\""),
                defect("number where an indicator name belongs", "/projects/0/indicators/0/level3", "5", "5"),
                defect("number in the list of functions", "/department/profile/functions/0", "1", "1"),
                defect("key work item numbered with a fraction", "/department/keyWorkPlan/0/no", "1.5", "1.5"),
                defect("staff given as a text", "/department/profile/staff", "\"48人\"", "\"48人\""),
                defect("tableMissing given as a text", "/projects/5/tableMissing", "\"yes\"", "\"yes\""),
                defect("funds row given as a number", "/projects/0/funds/total", "8.81", "8.81"),
                defect("project given as a text", "/projects/0", "\"办公用房取暖\"", "\"办公用房取暖\""),
                defect(
                        "claimed execution rate given as a number",
                        "/projects/0/funds/claimed/executionRate",
                        "97.89",
                        "97.89"),
                missing("format missing", "/format"),
                missing("fiscal year missing", "/fiscalYear"),
                missing("money unit missing", "/moneyUnit"),
                missing("unit missing", "/unit"),
                missing("unit name missing", "/unit/name"),
                missing("projects missing", "/projects"),
                missing("project name missing", "/projects/4/name"),
                missing("project indicators missing", "/projects/4/indicators"),
                defect("unit name null", "/unit/name", "null", "null"),
                defect("projects null", "/projects", "null", "null"),
                defect("project name blank", "/projects/2/name", "\"  \"", "\"  \""),
                unknown("typo in an indicator field", "/projects/3/indicators/2/weigth", "weigth"),
                unknown("unknown top-level field", "/version", "version"),
                unknown("unknown unit field", "/unit/address", "address"),
                unknown("unknown funds row field", "/projects/0/funds/total/budget", "budget"),
                unknown("unknown department field", "/department/threePublic", "threePublic"),
                defect("negative annual budget", "/projects/0/funds/total/annualBudget", "-5", "-5"),
                defect("negative executed amount", "/projects/0/funds/fiscalAppropriation/executed", "-8.81", "-8.81"),
                defect("negative department figure", "/department/budget/threePublicActual", "-9.3", "-9.3"),
                defect("negative project expenditure", "/department/projectExpenditure/regularExecuted", "-1", "-1"),
                defect("negative indicator weight", "/projects/0/indicators/0/weight", "-15", "-15"),
                defect("negative funds weight", "/projects/0/funds/weight", "-10", "-10"),
                defect("wrong format string", "/format", "\"x\"", "\"x\""),
                defect("format given as a number", "/format", "1", "1"),
                defect("fiscal year before 1990", "/fiscalYear", "1989", "1989"),
                defect("fiscal year after 2100", "/fiscalYear", "2101", "2101"),
                defect("fiscal year with a fraction", "/fiscalYear", "2021.5", "2021.5"),
                defect("fiscal year as a string", "/fiscalYear", "\"2021\"", "\"2021\""),
                defect("money unit 美元", "/moneyUnit", "\"美元\"", "\"美元\""),
                defect("target given as a boolean", "/projects/0/indicators/0/target", "true", "true"));
    }

    private static StructuralDefect defect(String description, String pointer, String valueJson, String shown) {
        return new StructuralDefect(description, SeedDocument.with(pointer, valueJson), path(pointer), shown);
    }

    private static StructuralDefect missing(String description, String pointer) {
        String field = pointer.substring(pointer.lastIndexOf('/') + 1);
        return new StructuralDefect(description, SeedDocument.without(pointer), path(pointer), "\"" + field + "\"");
    }

    private static StructuralDefect unknown(String description, String pointer, String field) {
        return new StructuralDefect(description, SeedDocument.with(pointer, "1"), path(pointer), "\"" + field + "\"");
    }

    /** "/projects/3/indicators/2/weight" → "$.projects[3].indicators[2].weight". */
    static String path(String pointer) {
        StringBuilder path = new StringBuilder("$");
        for (String segment : pointer.substring(1).split("/")) {
            path.append(segment.chars().allMatch(Character::isDigit) ? "[" + segment + "]" : "." + segment);
        }
        return path.toString();
    }
}
