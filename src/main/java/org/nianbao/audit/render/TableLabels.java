package org.nianbao.audit.render;

import java.util.ArrayList;
import java.util.List;
import org.nianbao.audit.model.TableKind;
import org.nianbao.audit.model.finding.Finding;

/**
 * The words a finding's table place is shown in: "表二" for "T2", the row and column by the template labels
 * the engine put on the finding ("表二 （一）予以公开 行 · 自然人 列"), a summed cell "R3_1.TOT=" as
 * "（一）予以公开 · 总计：空白". A code without a label is shown as it is, so nothing is ever hidden.
 */
public final class TableLabels {
    private static final String[] TABLE_NAMES = {"表一", "表二", "表三"};

    private TableLabels() {
    }

    /** "表二" for "T2"; the code itself when it is not a table. */
    public static String table(String code) {
        for (TableKind k : TableKind.values()) {
            if (k.name().equals(code)) {
                return TABLE_NAMES[k.ordinal()];
            }
        }
        return code;
    }

    /** "表二 （一）予以公开 行 · 自然人 列", or the parts that are known. */
    public static String place(Finding f) {
        List<String> parts = new ArrayList<>(2);
        StringBuilder head = new StringBuilder();
        if (f.getTable() != null) {
            head.append(table(f.getTable()));
        }
        if (f.getRow() != null) {
            String row = f.getRowLabel() != null ? f.getRowLabel() : f.getRow();
            head.append(head.isEmpty() ? "" : " ").append(row).append(" 行");
        }
        if (!head.isEmpty()) {
            parts.add(head.toString());
        }
        if (f.getColumn() != null) {
            parts.add((f.getColumnLabel() != null ? f.getColumnLabel() : f.getColumn()) + " 列");
        }
        return String.join(" · ", parts);
    }

    /** Each of the finding's cells by its labels with its value ("（一）予以公开 · 总计：3"); a blank value reads "空白". */
    public static List<String> cells(Finding f) {
        List<String> out = new ArrayList<>(f.getCells().size());
        for (int i = 0; i < f.getCells().size(); i++) {
            String cell = f.getCells().get(i);
            int eq = cell.indexOf('=');
            String label = i < f.getCellLabels().size() ? f.getCellLabels().get(i) : (eq < 0 ? cell : cell.substring(0, eq));
            if (eq < 0) {
                out.add(label);
            } else {
                String value = cell.substring(eq + 1).strip();
                out.add(label + "：" + (value.isEmpty() ? RenderMessages.BLANK_CELL : value));
            }
        }
        return out;
    }
}
