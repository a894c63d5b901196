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
 * The 自评报告 ready to be laid out, in the seed's structure: 部门（单位）整体自评报告 (where whole-unit data exist),
 * 项目支出绩效自评报告, and 附件1 with one {@link EvaluationSheet} per project. Composed once; every format renders
 * the same blocks, so a Word file and a PDF of one report say the same thing.
 *
 * @param title "三门峡市公共资源交易中心2021年度预算绩效自评报告", for the file's properties
 */
public record ReportDocument(String title, String unitName, int fiscalYear, List<Block> blocks) {

    public static final String ANNEX = "附件1";

    public ReportDocument {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(unitName, "unitName");
        blocks = List.copyOf(blocks);
    }

    /** The report with the computed scores (not the claimed ones) as the official figures. */
    public static ReportDocument of(SelfEvaluationReport report, ReportAssessment assessment) {
        String unitName = report.unit().name().strip();
        int year = report.fiscalYear();
        String moneyUnit = report.moneyUnit().label();
        List<EvaluationSheet> sheets = new ArrayList<>(assessment.projects().size());
        for (ProjectAssessment project : assessment.projects()) {
            sheets.add(EvaluationSheet.of(project, year, report.moneyUnit()));
        }
        List<Block> blocks = new ArrayList<>();
        if (report.department() != null) {
            blocks.addAll(UnitChapter.blocks(unitName, year, moneyUnit, report.department(), sheets, assessment));
            blocks.add(new PageBreak());
        }
        blocks.addAll(ProjectChapter.blocks(unitName, year, moneyUnit, sheets, assessment));
        String note = ProjectChapter.sheetNote(assessment.ruleSet());
        for (int i = 0; i < sheets.size(); i++) {
            blocks.add(new PageBreak());
            // the annex is one heading in the outline; the later pages carry the plain label, as printed forms do
            blocks.add(
                    i == 0 ? new Heading(1, ANNEX + "：" + EvaluationSheet.TITLE) : new Paragraph(ANNEX, Style.PLAIN));
            blocks.add(sheets.get(i));
            blocks.add(new Paragraph(note, Style.NOTE));
        }
        return new ReportDocument(unitName + year + "年度预算绩效自评报告", unitName, year, blocks);
    }

    /** The annexed 自评表s, in report order. */
    public List<EvaluationSheet> sheets() {
        List<EvaluationSheet> sheets = new ArrayList<>();
        for (Block block : blocks) {
            if (block instanceof EvaluationSheet sheet) {
                sheets.add(sheet);
            }
        }
        return sheets;
    }
}
