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
import jixiao.scoring.RuleSet;
import jixiao.scoring.SelfEvaluationReport;
import jixiao.shared.MoneyUnit;

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

    /** The 附件 that lists the 佐证材料, after the 自评表 of 附件1. */
    public static final String EVIDENCE_ANNEX = "附件2";

    public static final String EVIDENCE_TITLE = "佐证材料清单";

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
        if (!edition.evidence().isEmpty()) {
            blocks.add(new PageBreak());
            blocks.add(new Paragraph(sheets.isEmpty() ? ANNEX : EVIDENCE_ANNEX, Style.ANNEX));
            blocks.add(new Heading(1, EVIDENCE_TITLE));
            blocks.add(evidenceTable(edition.evidence()));
        }
        return new ReportDocument(
                unitName + year + "年度预算绩效自评报告",
                unitName,
                year,
                new Cover("预算绩效自评报告", unitName, "（" + year + "年度）", edition.dateText()),
                edition.draftMark(),
                blocks);
    }

    /**
     * The 自评分析 paragraph this report writes for a project where the unit wrote none: its head of figures from the
     * table ("一、办公用房取暖97.99分。全年预算…") and the indicators that lost points, with their 偏差原因; the
     * editor's 由数据生成 offers it as a draft for the unit to edit. {@code ordinal} is the project's place in the
     * report (1 for 一、).
     */
    public static String analysisDraft(
            int ordinal, ProjectAssessment project, int fiscalYear, MoneyUnit moneyUnit, RuleSet rules) {
        return ProjectChapter.analysis(ordinal, EvaluationSheet.of(project, fiscalYear, moneyUnit, rules), null);
    }

    /** 附件2: each attached file with what it belongs to, its kind and size (the files themselves go with the report). */
    private static Block.Table evidenceTable(List<AnnexedEvidence> evidence) {
        List<List<String>> rows = new ArrayList<>();
        int n = 0;
        for (AnnexedEvidence file : evidence) {
            rows.add(List.of(Integer.toString(++n), file.belongsTo(), file.fileName(), file.kind(), size(file.size())));
        }
        return new Block.Table(List.of("序号", "所属", "材料名称", "类型", "大小"), rows);
    }

    private static String size(long bytes) {
        if (bytes < 1024 * 1024) {
            return Math.max(1, Math.round(bytes / 1024.0)) + " KB";
        }
        return String.format(java.util.Locale.ROOT, "%.1f MB", bytes / 1024.0 / 1024.0);
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
