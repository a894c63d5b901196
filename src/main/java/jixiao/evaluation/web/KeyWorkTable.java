package jixiao.evaluation.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import jixiao.scoring.UnitSelfEvaluation.KeyWorkItem;
import jixiao.scoring.UnitSelfEvaluation.KeyWorkStatus;

/**
 * A 重点工作计划 as a unit keeps it in a table (pasted from Excel or Word, or a workbook's first sheet): a row per item
 * with 序号, 工作事项, 责任科室, 完成时限, 完成情况 and 佐证材料/未完成原因. A heading row, where there is one, says which
 * column is which; without one the columns are taken in that order (序号 only where the first cell is a number).
 */
final class KeyWorkTable {
    private KeyWorkTable() {}

    private enum Column {
        NO,
        TITLE,
        DEPARTMENT,
        DEADLINE,
        STATUS,
        EVIDENCE
    }

    /** The words of a heading that name each column. */
    private static final Map<Column, List<String>> HEADINGS = Map.of(
            Column.NO, List.of("序号", "编号"),
            Column.TITLE, List.of("工作事项", "重点工作", "工作内容", "工作任务", "事项"),
            Column.DEPARTMENT, List.of("责任科室", "责任部门", "科室", "责任单位"),
            Column.DEADLINE, List.of("完成时限", "时限", "完成时间"),
            Column.STATUS, List.of("完成情况", "完成状态", "状态"),
            Column.EVIDENCE, List.of("佐证材料", "未完成原因", "备注"));

    /** Text pasted from a spreadsheet: a line per row, cells separated by tabs. */
    static List<List<String>> pasted(String text) {
        List<List<String>> rows = new ArrayList<>();
        if (text == null) {
            return rows;
        }
        for (String line : text.replace("\r\n", "\n").split("\n")) {
            if (line.isBlank()) {
                continue;
            }
            List<String> cells = new ArrayList<>();
            for (String cell : line.split("\t", -1)) {
                cells.add(cell.strip());
            }
            rows.add(cells);
        }
        return rows;
    }

    /** The items of the table's rows; a row without a title is left out. */
    static List<KeyWorkItem> items(List<List<String>> rows) {
        Column[] columns = null;
        List<KeyWorkItem> items = new ArrayList<>();
        for (List<String> row : rows) {
            Column[] heading = heading(row);
            if (heading != null) {
                columns = heading;
                continue;
            }
            Column[] order = columns != null ? columns : positional(row);
            Integer no = null;
            String title = null;
            String department = null;
            String deadline = null;
            KeyWorkStatus status = null;
            String evidence = null;
            for (int i = 0; i < row.size() && i < order.length; i++) {
                String cell = row.get(i);
                if (cell.isEmpty() || order[i] == null) {
                    continue;
                }
                switch (order[i]) {
                    case NO -> no = number(cell);
                    case TITLE -> title = cell;
                    case DEPARTMENT -> department = cell;
                    case DEADLINE -> deadline = cell;
                    case STATUS -> status = status(cell);
                    case EVIDENCE -> evidence = cell;
                }
            }
            if (title != null) {
                items.add(new KeyWorkItem(no, title, null, department, deadline, status, evidence));
            }
        }
        return items;
    }

    /** The columns a heading row names, or null where the row is no heading (it names no 工作事项 column). */
    private static Column[] heading(List<String> row) {
        Column[] columns = new Column[row.size()];
        boolean title = false;
        for (int i = 0; i < row.size(); i++) {
            String cell = row.get(i).replaceAll("\\s+", "");
            for (Column column : Column.values()) {
                if (columns[i] == null && HEADINGS.get(column).stream().anyMatch(cell::startsWith)) {
                    columns[i] = column;
                    title |= column == Column.TITLE;
                }
            }
        }
        return title ? columns : null;
    }

    private static Column[] positional(List<String> row) {
        boolean numbered = !row.isEmpty() && number(row.get(0)) != null;
        Column[] order = {Column.TITLE, Column.DEPARTMENT, Column.DEADLINE, Column.STATUS, Column.EVIDENCE};
        if (!numbered) {
            return order;
        }
        Column[] withNo = new Column[order.length + 1];
        withNo[0] = Column.NO;
        System.arraycopy(order, 0, withNo, 1, order.length);
        return withNo;
    }

    private static Integer number(String cell) {
        String digits = cell.strip().replaceAll("[.、．]$", "");
        try {
            return Integer.valueOf(digits);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** 完成情况 as written: 已完成 / 完成, 部分完成 / 进行中, 未完成; anything else is left to the clerk. */
    static KeyWorkStatus status(String cell) {
        String text = cell.replaceAll("\\s+", "");
        if (text.startsWith("未完成") || text.equals("未开展")) {
            return KeyWorkStatus.NOT_COMPLETED;
        }
        if (text.startsWith("部分完成") || text.startsWith("基本完成") || text.equals("进行中")) {
            return KeyWorkStatus.PARTIAL;
        }
        if (text.equals("已完成") || text.equals("完成") || text.equals("全部完成")) {
            return KeyWorkStatus.COMPLETED;
        }
        return null;
    }
}
