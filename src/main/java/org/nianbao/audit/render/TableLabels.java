package org.nianbao.audit.render;

import java.util.ArrayList;
import java.util.List;
import org.nianbao.audit.model.TableKind;
import org.nianbao.audit.model.TemplateVersion;
import org.nianbao.audit.model.template.ColumnSpec;
import org.nianbao.audit.model.template.RowSpec;
import org.nianbao.audit.model.template.TemplateCatalog;

/**
 * The template's own words for the codes findings carry: "T2" → 表二, "R3_1" → （一）予以公开, "TOT" → 总计, and a
 * summed cell "R3_1.TOT=" → "（一）予以公开 · 总计：空白". A code the template does not know is shown as it is,
 * so nothing is ever hidden. Labels come from the report's own format (2019 or 2021; 2021 when unknown).
 */
public final class TableLabels {
    private static final String[] TABLE_NAMES = {"表一", "表二", "表三"};

    private TableLabels() {
    }

    /** "表二" for "T2"; the code itself when it is not a table. */
    public static String table(String code) {
        TableKind kind = kind(code);
        return kind == null ? code : TABLE_NAMES[kind.ordinal()];
    }

    /** "（三）不予公开 1.属于国家秘密" for R3_3_1: a numbered sub-row alone would be ambiguous. */
    public static String row(String template, String table, String rowKey) {
        RowSpec spec = rowSpec(template, table, rowKey);
        if (spec == null) {
            return rowKey;
        }
        boolean numbered = !spec.label().isEmpty() && Character.isDigit(spec.label().charAt(0));
        return numbered && spec.group() != null ? spec.group() + " " + spec.label() : spec.label();
    }

    /** "自然人" for NP; for table 1 the column depends on the row (made, decisions, amount_wan…). */
    public static String column(String template, String table, String rowKey, String columnKey) {
        RowSpec spec = rowSpec(template, table, rowKey);
        List<ColumnSpec> columns = spec != null ? spec.columns() : anyColumns(template, table);
        for (ColumnSpec c : columns) {
            if (c.key().equals(columnKey)) {
                return c.label();
            }
        }
        return columnKey;
    }

    /** "表二 （一）予以公开 行 · 自然人 列", or the parts that are known. */
    public static String place(String template, String table, String rowKey, String columnKey) {
        List<String> parts = new ArrayList<>(3);
        StringBuilder head = new StringBuilder();
        if (table != null) {
            head.append(table(table));
        }
        if (rowKey != null) {
            head.append(head.isEmpty() ? "" : " ").append(row(template, table, rowKey)).append(" 行");
        }
        if (!head.isEmpty()) {
            parts.add(head.toString());
        }
        if (columnKey != null) {
            parts.add(column(template, table, rowKey, columnKey) + " 列");
        }
        return String.join(" · ", parts);
    }

    /**
     * A cell an arithmetic finding lists, "R3_1.TOT=3" or "T2.R1.NP=5", as "（一）予以公开 · 总计：3"; a blank
     * value reads "空白". The table is the finding's own unless the cell names one.
     */
    public static String cell(String template, String findingTable, String cell) {
        int eq = cell.indexOf('=');
        String key = eq < 0 ? cell : cell.substring(0, eq);
        String value = eq < 0 ? null : cell.substring(eq + 1).strip();
        String[] parts = key.split("\\.");
        String table = findingTable;
        String row;
        String column = null;
        if (parts.length >= 3 && kind(parts[0]) != null) {
            table = parts[0];
            row = parts[1];
            column = parts[2];
        } else if (parts.length == 2) {
            row = parts[0];
            column = parts[1];
        } else {
            return cell;
        }
        if (table == null) {
            table = tableOfRow(template, row);
        }
        String label = row(template, table, row) + " · " + column(template, table, row, column);
        if (value == null) {
            return label;
        }
        return label + "：" + (value.isEmpty() ? RenderMessages.BLANK_CELL : value);
    }

    private static TableKind kind(String code) {
        if (code == null) {
            return null;
        }
        for (TableKind k : TableKind.values()) {
            if (k.name().equals(code)) {
                return k;
            }
        }
        return null;
    }

    private static TemplateVersion version(String template) {
        return "2019".equals(template) ? TemplateVersion.V2019 : TemplateVersion.V2021;
    }

    private static RowSpec rowSpec(String template, String table, String rowKey) {
        TableKind kind = kind(table);
        if (kind == null || rowKey == null) {
            return null;
        }
        for (RowSpec r : TemplateCatalog.rows(version(template), kind)) {
            if (r.key().equals(rowKey)) {
                return r;
            }
        }
        return null;
    }

    private static List<ColumnSpec> anyColumns(String template, String table) {
        TableKind kind = kind(table);
        if (kind == TableKind.T2) {
            return TemplateCatalog.applicantColumns();
        }
        if (kind == TableKind.T3) {
            return TemplateCatalog.outcomeColumns();
        }
        List<ColumnSpec> all = new ArrayList<>();
        if (kind == TableKind.T1) {
            TemplateCatalog.rows(version(template), kind).forEach(r -> all.addAll(r.columns()));
        }
        return all;
    }

    private static String tableOfRow(String template, String rowKey) {
        for (TableKind k : TableKind.values()) {
            if (rowSpec(template, k.name(), rowKey) != null) {
                return k.name();
            }
        }
        return null;
    }
}
