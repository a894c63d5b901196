package jixiao.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import jixiao.report.Block.Heading;
import jixiao.report.Block.PageBreak;
import jixiao.report.Block.Paragraph;
import jixiao.report.Block.Style;
import jixiao.scoring.ProjectAssessment;
import jixiao.scoring.ReportAssessment;
import jixiao.scoring.SelfEvaluationReport;

/**
 * The 自评报告 ready to be laid out, the unit's document in the seed's structure: a cover, the table of contents,
 * 部门（单位）整体自评报告 (where whole-unit data exist), 项目支出绩效自评报告, the 落款, and 附件1 with one
 * {@link EvaluationSheet} per project. It prints the unit's own texts and its submitted scores; the checker's
 * findings are not part of it (they are the reviewer's: {@link ReviewOpinion}), except that a report generated while
 * error findings are unresolved is marked as a draft on every page. Composed once; every format renders the same
 * blocks, so a Word file and a PDF of one report say the same thing.
 *
 * @param title "三门峡市公共资源交易中心2021年度预算绩效自评报告", for the file's properties
 * @param draftMark the mark on every page while errors are unresolved, or null
 */
public record ReportDocument(
        String title, String unitName, int fiscalYear, Cover cover, String draftMark, List<Block> blocks)
        implements OfficialDocument {

    public static final String ANNEX = "附件1";

    public ReportDocument {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(unitName, "unitName");
        blocks = List.copyOf(blocks);
    }

    /** The report as the unit submitted it, dated and marked as {@code edition} says. */
    public static ReportDocument of(SelfEvaluationReport report, ReportAssessment assessment, Edition edition) {
        String unitName = Figures.tidy(report.unit().name());
        int year = report.fiscalYear();
        String moneyUnit = report.moneyUnit().label();
        List<EvaluationSheet> sheets = new ArrayList<>(assessment.projects().size());
        for (ProjectAssessment project : assessment.projects()) {
            sheets.add(EvaluationSheet.of(project, year, report.moneyUnit(), assessment.ruleSet()));
        }
        List<Block> blocks = new ArrayList<>();
        blocks.add(new Block.Contents());
        blocks.add(new PageBreak());
        if (report.department() != null) {
            blocks.addAll(UnitChapter.blocks(
                    unitName, year, moneyUnit, report.department(), sheets, report.narrative(), assessment));
            blocks.add(new PageBreak());
        }
        blocks.addAll(ProjectChapter.blocks(unitName, year, moneyUnit, sheets, report, assessment));
        blocks.add(new Block.Signature(unitName, edition.dateText()));
        String note = ProjectChapter.sheetNote(assessment.ruleSet());
        for (int i = 0; i < sheets.size(); i++) {
            blocks.add(new PageBreak());
            if (i == 0) {
                // GB/T 9704: the attachment's label once, flush left; each form keeps its own title
                blocks.add(new Paragraph(ANNEX, Style.ANNEX));
            }
            blocks.add(sheets.get(i));
            blocks.add(new Paragraph(note, Style.NOTE));
        }
        return new ReportDocument(
                unitName + year + "年度预算绩效自评报告",
                unitName,
                year,
                new Cover("预算绩效自评报告", unitName, "（" + year + "年度）", edition.dateText()),
                edition.draftMark(),
                blocks);
    }

    @Override
    public String issuer() {
        return unitName;
    }

    /** The annexed 自评表s, in report order. */
    public List<EvaluationSheet> sheets() {
        return blocksOf(EvaluationSheet.class);
    }

    /** Every heading in order: the outline that the table of contents lists. */
    public List<Heading> headings() {
        return blocksOf(Heading.class);
    }

    private <T extends Block> List<T> blocksOf(Class<T> kind) {
        return blocks.stream().filter(kind::isInstance).map(kind::cast).toList();
    }
}
