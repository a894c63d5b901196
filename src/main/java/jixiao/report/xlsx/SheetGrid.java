package jixiao.report.xlsx;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;

/**
 * A sheet as a clerk sees it: each cell's displayed text (as Excel formats it, formulas by their last computed
 * value), and merged cells, whose value sits in the top-left cell only.
 */
final class SheetGrid {
    private final Sheet sheet;
    private final DataFormatter formatter;
    private final Map<Integer, List<CellRangeAddress>> mergedByRow = new HashMap<>();

    SheetGrid(Sheet sheet, DataFormatter formatter) {
        this.sheet = sheet;
        this.formatter = formatter;
        for (CellRangeAddress region : sheet.getMergedRegions()) {
            // a region merged down a whole column would be a million rows; only the rows that exist matter
            int last = Math.min(region.getLastRow(), sheet.getLastRowNum());
            for (int r = region.getFirstRow(); r <= last; r++) {
                mergedByRow.computeIfAbsent(r, k -> new ArrayList<>()).add(region);
            }
        }
    }

    String name() {
        return sheet.getSheetName();
    }

    int firstRow() {
        return Math.max(sheet.getFirstRowNum(), 0);
    }

    int lastRow() {
        return sheet.getLastRowNum();
    }

    /** One past the last cell of the row, 0 for a missing row. */
    int width(int row) {
        Row r = sheet.getRow(row);
        return r == null ? 0 : Math.max(r.getLastCellNum(), 0);
    }

    Cell cell(int row, int column) {
        Row r = sheet.getRow(row);
        return r == null ? null : r.getCell(column);
    }

    /** The cell's own displayed text, stripped; "" for a blank or missing cell and for the hidden part of a merge. */
    String text(int row, int column) {
        if (isCovered(row, column)) {
            return "";
        }
        Cell cell = cell(row, column);
        if (cell == null) {
            return "";
        }
        return CellValues.strip(formatter.formatCellValue(cell));
    }

    /** The text shown at the cell: its own, or that of the merged cell it lies in. */
    String shown(int row, int column) {
        CellRangeAddress region = region(row, column);
        if (region == null) {
            return text(row, column);
        }
        return text(region.getFirstRow(), region.getFirstColumn());
    }

    /** The displayed text as a number would be formatted, for error messages. */
    String raw(int row, int column) {
        Cell cell = cell(row, column);
        return cell == null ? "" : formatter.formatCellValue(cell);
    }

    /** Whether the cell lies in a merged region but is not its top-left cell. */
    boolean isCovered(int row, int column) {
        CellRangeAddress region = region(row, column);
        return region != null && (region.getFirstRow() != row || region.getFirstColumn() != column);
    }

    CellRangeAddress region(int row, int column) {
        List<CellRangeAddress> regions = mergedByRow.get(row);
        if (regions == null) {
            return null;
        }
        for (CellRangeAddress region : regions) {
            if (region.isInRange(row, column)) {
                return region;
            }
        }
        return null;
    }

    /** The last column a cell covers: its merged region's, or its own. */
    int lastColumnOf(int row, int column) {
        CellRangeAddress region = region(row, column);
        return region == null ? column : region.getLastColumn();
    }

    /** The cell's type, with a formula taken as its cached result. */
    CellType type(int row, int column) {
        Cell cell = cell(row, column);
        if (cell == null) {
            return CellType.BLANK;
        }
        CellType type = cell.getCellType();
        return type == CellType.FORMULA ? cell.getCachedFormulaResultType() : type;
    }

    static String address(int row, int column) {
        return new CellReference(row, column, false, false).formatAsString();
    }
}
