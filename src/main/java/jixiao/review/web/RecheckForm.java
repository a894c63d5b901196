package jixiao.review.web;

import java.util.ArrayList;
import java.util.List;
import jixiao.evaluation.RowKind;
import jixiao.review.Rechecks.TypedScore;
import jixiao.review.Worksheet;

/** The worksheet's form as posted and shown again: the 复核's version and each row's score, deduction and note. */
public class RecheckForm {

    private int version;
    private List<Row> rows = new ArrayList<>();

    /** The form of a worksheet: each row prefilled with what is recorded, else the computed score. */
    static RecheckForm of(Worksheet sheet) {
        RecheckForm form = new RecheckForm();
        form.version = sheet.version();
        for (Worksheet.Line line : sheet.lines()) {
            Row row = new Row();
            row.kind = line.kind().name();
            row.index = line.index();
            row.score = line.prefilled().toString();
            if (line.recorded() != null) {
                row.deduction = line.recorded().deductionCode();
                row.note = line.recorded().note();
            }
            form.rows.add(row);
        }
        return form;
    }

    List<TypedScore> typed() {
        List<TypedScore> typed = new ArrayList<>();
        for (Row row : rows) {
            RowKind kind;
            try {
                kind = RowKind.valueOf(row.kind == null ? "" : row.kind);
            } catch (IllegalArgumentException e) {
                continue; // a row the worksheet never showed: the service names the rows that are missing
            }
            typed.add(new TypedScore(kind, row.index, row.score, row.deduction, row.note));
        }
        return typed;
    }

    public int getVersion() {
        return version;
    }

    public void setVersion(int version) {
        this.version = version;
    }

    public List<Row> getRows() {
        return rows;
    }

    public void setRows(List<Row> rows) {
        this.rows = rows;
    }

    /** One row as typed. */
    public static class Row {
        private String kind;
        private int index;
        private String score;
        private String deduction;
        private String note;

        public String getKind() {
            return kind;
        }

        public void setKind(String kind) {
            this.kind = kind;
        }

        public int getIndex() {
            return index;
        }

        public void setIndex(int index) {
            this.index = index;
        }

        public String getScore() {
            return score;
        }

        public void setScore(String score) {
            this.score = score;
        }

        public String getDeduction() {
            return deduction;
        }

        public void setDeduction(String deduction) {
            this.deduction = deduction;
        }

        public String getNote() {
            return note;
        }

        public void setNote(String note) {
            this.note = note;
        }
    }
}
