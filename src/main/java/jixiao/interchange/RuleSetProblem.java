package jixiao.interchange;

/**
 * One problem of a rule set file, as a form shows it beside the field: where (a JSON path, {@code $.gradeBands.good}),
 * the field's Chinese name ({@code 良的分数线}, from the schema) and a Chinese sentence with the value.
 */
public record RuleSetProblem(String path, String field, String message) {

    static RuleSetProblem of(InterchangeException e) {
        return at(e.path(), e.line().isPresent() ? e.getMessage() : e.message());
    }

    static RuleSetProblem at(String path, String message) {
        return new RuleSetProblem(path, RuleSetField.labelOf(path), message);
    }

    /** "良的分数线（$.gradeBands.good）：…" */
    @Override
    public String toString() {
        return (field.isEmpty() ? path : field + "（" + path + "）") + "：" + message;
    }
}
