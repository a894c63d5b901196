package jixiao.report.xlsx;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import jixiao.scoring.BudgetUnit;
import jixiao.scoring.ClaimedProject;
import jixiao.scoring.Funds;
import jixiao.scoring.Funds.FundsRow;
import jixiao.scoring.ProjectSelfEvaluation;
import jixiao.scoring.SelfEvaluationReport;
import jixiao.scoring.UnitSelfEvaluation;
import jixiao.shared.MoneyUnit;
import org.apache.poi.EncryptedDocumentException;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;

/**
 * Reads a workbook of 项目支出绩效自评表 into a {@link SelfEvaluationReport}: one written by {@link
 * SelfEvaluationWorkbook} (nothing is lost: its hidden sheet 报告数据 carries the parts a 自评表 has no cell for), or a
 * hand-made one, with one table per sheet or several one under another, merged cells, blank rows, numbers typed as
 * text and 万元 suffixes.
 *
 * <p>An import is all or nothing: every problem in the workbook is collected and thrown as one {@link
 * WorkbookImportException}, each naming its sheet, cell and value; no partial report is returned.
 *
 * <p>Where a hand-made workbook does not say, the report's 预算单位 is the first project's 实施单位 (else its 主管部门),
 * and its money unit is 万元, the unit of the official form.
 */
public final class SelfEvaluationWorkbookReader {

    /**
     * True where a file's first bytes are those of a workbook: an .xlsx is a zip file ({@code PK 3 4}), an .xls an OLE2
     * compound document; a {@code self-evaluation/1} document is text. Told apart by content, not by the file's name.
     */
    public static boolean isWorkbook(byte[] head) {
        return startsWith(head, new byte[] {'P', 'K', 3, 4})
                || startsWith(head, new byte[] {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0});
    }

    private static boolean startsWith(byte[] bytes, byte[] prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if (bytes[i] != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    public SelfEvaluationReport read(Path file) throws WorkbookImportException, IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return read(in);
        }
    }

    /** Reads the whole stream (.xlsx, or .xls); does not close it. */
    public SelfEvaluationReport read(InputStream in) throws WorkbookImportException, IOException {
        Workbook workbook;
        try {
            workbook = WorkbookFactory.create(in);
        } catch (EncryptedDocumentException e) {
            throw single("工作簿有密码保护，请先取消密码再导入");
        } catch (IOException | RuntimeException e) {
            // POI reports a file that is not a workbook with one of several unchecked exceptions
            throw single("不是有效的 Excel 工作簿（" + e.getMessage() + "）");
        }
        try (workbook) {
            return read(workbook);
        }
    }

    private static WorkbookImportException single(String message) {
        return new WorkbookImportException(List.of(new ImportProblem(null, null, message)));
    }

    private static SelfEvaluationReport read(Workbook workbook) throws WorkbookImportException {
        ImportProblems problems = new ImportProblems();
        SelfEvaluationReport carried = ReportDataSheet.read(workbook, problems);
        DataFormatter formatter = new DataFormatter();
        formatter.setUseCachedValuesForFormulaCells(true);
        MoneyUnit reportMoneyUnit = carried == null ? null : carried.moneyUnit();
        Integer fiscalYear = null;
        String yearSource = null;
        List<ProjectSelfEvaluation> projects = new ArrayList<>();
        for (Sheet sheet : workbook) {
            if (sheet.getSheetName().equals(Labels.DATA_SHEET)) {
                continue;
            }
            SheetGrid grid = new SheetGrid(sheet, formatter);
            ProjectTableReader reader = new ProjectTableReader(
                    grid, problems, reportMoneyUnit == null ? MoneyUnit.TEN_THOUSAND_YUAN : reportMoneyUnit);
            List<int[]> anchors = anchors(grid, reader);
            int preamble = grid.firstRow();
            for (int i = 0; i < anchors.size(); i++) {
                int limit = i + 1 < anchors.size() ? anchors.get(i + 1)[0] : grid.lastRow() + 1;
                ProjectTableReader.Table table = reader.read(preamble, anchors.get(i), limit);
                preamble = table.lastRow() + 1;
                if (reportMoneyUnit == null) {
                    reportMoneyUnit = table.moneyUnit();
                }
                if (table.fiscalYear() != null) {
                    if (fiscalYear == null) {
                        fiscalYear = table.fiscalYear();
                        yearSource = sheet.getSheetName();
                    } else if (!fiscalYear.equals(table.fiscalYear())) {
                        problems.add(
                                sheet.getSheetName(),
                                null,
                                "自评表为" + table.fiscalYear() + "年度，与工作表“" + yearSource + "”的" + fiscalYear + "年度不一致");
                    }
                }
                projects.add(inMoneyUnit(table.project(), table.moneyUnit(), reportMoneyUnit));
            }
        }
        if (projects.isEmpty() && problems.isEmpty()) {
            problems.add(null, null, "工作簿中未找到项目支出绩效自评表（应有“项目名称”“年度资金总额”“一级指标”等标题）");
        }
        if (fiscalYear == null && carried != null) {
            fiscalYear = carried.fiscalYear();
        }
        if (fiscalYear == null && !projects.isEmpty()) {
            problems.add(null, null, "未找到自评年度（应在表头写明，如“（2021年度）”）");
        }
        BudgetUnit unit = carried != null ? carried.unit() : unitOf(projects);
        if (unit == null && !projects.isEmpty()) {
            problems.add(null, null, "未找到预算单位：自评表中没有填写实施单位或主管部门");
        }
        problems.throwIfAny();
        UnitSelfEvaluation department = carried == null ? null : carried.department();
        List<ProjectSelfEvaluation> merged = carried == null ? projects : withNarratives(projects, carried.projects());
        return new SelfEvaluationReport(
                fiscalYear, reportMoneyUnit, unit, department, merged, carried == null ? null : carried.narrative());
    }

    /** The 项目名称 cells that start a 自评表 (a summary sheet's 项目名称 column does not). */
    private static List<int[]> anchors(SheetGrid grid, ProjectTableReader reader) {
        List<int[]> candidates = new ArrayList<>();
        for (int r = grid.firstRow(); r <= grid.lastRow(); r++) {
            for (int c = 0; c < grid.width(r); c++) {
                String text = grid.text(r, c);
                if (!text.isEmpty() && ProjectTableReader.isProjectNameLabel(text)) {
                    candidates.add(new int[] {r, c});
                    break;
                }
            }
        }
        List<int[]> anchors = new ArrayList<>();
        for (int i = 0; i < candidates.size(); i++) {
            int limit = i + 1 < candidates.size() ? candidates.get(i + 1)[0] : grid.lastRow() + 1;
            if (reader.isTable(candidates.get(i)[0], limit)) {
                anchors.add(candidates.get(i));
            }
        }
        return anchors;
    }

    private static BudgetUnit unitOf(List<ProjectSelfEvaluation> projects) {
        for (ProjectSelfEvaluation project : projects) {
            if (project.implementingUnit() != null) {
                return new BudgetUnit(project.implementingUnit(), null, null);
            }
            if (project.competentDepartment() != null) {
                return new BudgetUnit(project.competentDepartment(), null, null);
            }
        }
        return null;
    }

    /** Amounts of a table printed in another unit than the report's, converted (万元 and 元 convert exactly). */
    private static ProjectSelfEvaluation inMoneyUnit(ProjectSelfEvaluation project, MoneyUnit from, MoneyUnit to) {
        Funds funds = project.funds();
        if (from == to || funds == null) {
            return project;
        }
        Funds converted = new Funds(
                convert(funds.total(), from, to),
                convert(funds.fiscalAppropriation(), from, to),
                convert(funds.carryOver(), from, to),
                convert(funds.other(), from, to),
                funds.weight(),
                funds.claimed());
        return new ProjectSelfEvaluation(
                project.name(),
                project.competentDepartment(),
                project.implementingUnit(),
                project.filledBy(),
                converted,
                project.goals(),
                project.indicators(),
                project.claimed(),
                project.tableMissing());
    }

    private static FundsRow convert(FundsRow row, MoneyUnit from, MoneyUnit to) {
        return row == null
                ? null
                : new FundsRow(
                        convert(row.initialBudget(), from, to),
                        convert(row.annualBudget(), from, to),
                        convert(row.executed(), from, to));
    }

    private static BigDecimal convert(BigDecimal amount, MoneyUnit from, MoneyUnit to) {
        return amount == null ? null : CellValues.convert(amount, from, to);
    }

    /**
     * Each project gets the narrative and {@code tableMissing} carried for the project of the same name (the first
     * not yet taken, so that two projects of one name keep their order); the tables themselves are read from the
     * sheets.
     */
    private static List<ProjectSelfEvaluation> withNarratives(
            List<ProjectSelfEvaluation> projects, List<ProjectSelfEvaluation> carried) {
        List<ProjectSelfEvaluation> remaining = new ArrayList<>(carried);
        List<ProjectSelfEvaluation> merged = new ArrayList<>();
        for (ProjectSelfEvaluation project : projects) {
            ProjectSelfEvaluation narrative = null;
            for (ProjectSelfEvaluation candidate : remaining) {
                if (candidate.name().equals(project.name())) {
                    narrative = candidate;
                    break;
                }
            }
            if (narrative == null) {
                merged.add(project);
                continue;
            }
            remaining.remove(narrative);
            BigDecimal total =
                    project.claimed() == null ? null : project.claimed().total();
            ClaimedProject told = narrative.claimed();
            ClaimedProject claimed =
                    told == null ? project.claimed() : new ClaimedProject(total, told.summary(), told.analysis());
            merged.add(new ProjectSelfEvaluation(
                    project.name(),
                    project.competentDepartment(),
                    project.implementingUnit(),
                    project.filledBy(),
                    project.funds(),
                    project.goals(),
                    project.indicators(),
                    claimed,
                    narrative.tableMissing()));
        }
        return merged;
    }
}
