package jixiao.review.web;

import java.util.ArrayList;
import java.util.List;
import jixiao.review.DeductionEntry;
import jixiao.review.DeductionScale;
import jixiao.review.DeductionScales.TypedEntry;
import jixiao.shared.Decimals;

/** The deduction scale's edit form: one row per entry, as typed. */
public class ScaleForm {

    private List<Entry> entries = new ArrayList<>();

    /** The form of a scale, with one blank row to add an entry. */
    static ScaleForm of(DeductionScale scale) {
        ScaleForm form = new ScaleForm();
        for (DeductionEntry e : scale.entries()) {
            Entry entry = new Entry();
            entry.code = e.code();
            entry.appliesTo = e.appliesTo().name();
            entry.situation = e.situation();
            entry.percent = e.percent() == null ? "" : Decimals.plain(e.percent());
            entry.points = e.points() == null ? "" : Decimals.plain(e.points());
            entry.basis = e.basis();
            form.entries.add(entry);
        }
        form.addRow();
        return form;
    }

    void addRow() {
        Entry blank = new Entry();
        blank.appliesTo = DeductionEntry.AppliesTo.INDICATOR.name();
        entries.add(blank);
    }

    List<TypedEntry> typed() {
        return entries.stream()
                .map(e -> new TypedEntry(e.code, e.appliesTo, e.situation, e.percent, e.points, e.basis))
                .toList();
    }

    public List<Entry> getEntries() {
        return entries;
    }

    public void setEntries(List<Entry> entries) {
        this.entries = entries;
    }

    /** One entry as typed. */
    public static class Entry {
        private String code;
        private String appliesTo;
        private String situation;
        private String percent;
        private String points;
        private String basis;

        public String getCode() {
            return code;
        }

        public void setCode(String code) {
            this.code = code;
        }

        public String getAppliesTo() {
            return appliesTo;
        }

        public void setAppliesTo(String appliesTo) {
            this.appliesTo = appliesTo;
        }

        public String getSituation() {
            return situation;
        }

        public void setSituation(String situation) {
            this.situation = situation;
        }

        public String getPercent() {
            return percent;
        }

        public void setPercent(String percent) {
            this.percent = percent;
        }

        public String getPoints() {
            return points;
        }

        public void setPoints(String points) {
            this.points = points;
        }

        public String getBasis() {
            return basis;
        }

        public void setBasis(String basis) {
            this.basis = basis;
        }
    }
}
