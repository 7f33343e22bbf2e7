package org.nianbao.audit.engine;

import java.util.ArrayList;
import java.util.List;
import org.nianbao.audit.model.AnnualReport;
import org.nianbao.audit.model.TableKind;
import org.nianbao.audit.model.TemplateVersion;
import org.nianbao.audit.model.finding.Finding;
import org.nianbao.audit.model.template.ColumnSpec;
import org.nianbao.audit.model.template.RowSpec;
import org.nianbao.audit.model.template.TemplateCatalog;

/**
 * Makes a finding stand on its own: where its evidence sits in the submitted file (page, table row,
 * paragraph) and the template's own labels for the row, column and cells it names by key, in the report's
 * format (2021 when the format is unknown). A key the template does not know keeps its key as its label,
 * so nothing is hidden. Stateless apart from the template; thread-safe.
 */
final class FindingPlaces {
    private static final String CELL_JOIN = " · ";
    private final TemplateCatalog template;

    FindingPlaces(TemplateCatalog template) {
        this.template = template;
    }

    List<Finding> place(AnnualReport report, List<Finding> findings) {
        TemplateVersion version = report.getTemplate() != null ? report.getTemplate()
                : report.getRequiredTemplate() != null ? report.getRequiredTemplate() : TemplateVersion.V2021;
        List<Finding> out = new ArrayList<>(findings.size());
        for (Finding f : findings) {
            Finding.Builder b = f.toBuilder().span(report.spanOf(f.getLine()));
            TableKind table = kind(f.getTable());
            if (table != null && f.getRow() != null) {
                b.rowLabel(rowLabel(version, table, f.getRow()));
                if (f.getColumn() != null) {
                    b.columnLabel(columnLabel(version, table, f.getRow(), f.getColumn()));
                }
            }
            if (!f.getCells().isEmpty()) {
                b.cellLabels(f.getCells().stream().map(c -> cellLabel(version, table, c)).toList());
            }
            out.add(b.build());
        }
        return out;
    }

    /** "（三）不予公开 1.属于国家秘密" for R3_3_1: a numbered sub-row alone would be ambiguous. */
    String rowLabel(TemplateVersion version, TableKind table, String rowKey) {
        RowSpec spec = rowSpec(version, table, rowKey);
        if (spec == null) {
            return rowKey;
        }
        boolean numbered = !spec.label().isEmpty() && Character.isDigit(spec.label().charAt(0));
        return numbered && spec.group() != null ? spec.group() + " " + spec.label() : spec.label();
    }

    /** "自然人" for NP; in table 1 the column depends on the row (made, decisions, amount_wan…). */
    String columnLabel(TemplateVersion version, TableKind table, String rowKey, String columnKey) {
        RowSpec spec = rowSpec(version, table, rowKey);
        List<ColumnSpec> columns = spec != null ? spec.columns() : anyColumns(version, table);
        for (ColumnSpec c : columns) {
            if (c.key().equals(columnKey)) {
                return c.label();
            }
        }
        return columnKey;
    }

    /**
     * A cell an arithmetic finding lists, "R3_1.TOT=3" or "T2.R1.NP=5", as "（一）予以公开 · 总计"; the table is
     * the finding's own unless the cell names one; a text that is no cell reference is kept as it is.
     */
    String cellLabel(TemplateVersion version, TableKind findingTable, String cell) {
        int eq = cell.indexOf('=');
        String[] parts = (eq < 0 ? cell : cell.substring(0, eq)).split("\\.");
        TableKind table = findingTable;
        String row;
        String column;
        if (parts.length >= 3 && kind(parts[0]) != null) {
            table = kind(parts[0]);
            row = parts[1];
            column = parts[2];
        } else if (parts.length == 2) {
            row = parts[0];
            column = parts[1];
        } else {
            return eq < 0 ? cell : cell.substring(0, eq);
        }
        if (table == null) {
            table = tableOfRow(version, row);
        }
        if (table == null) {
            return row + CELL_JOIN + column;
        }
        return rowLabel(version, table, row) + CELL_JOIN + columnLabel(version, table, row, column);
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

    private RowSpec rowSpec(TemplateVersion version, TableKind table, String rowKey) {
        for (RowSpec r : template.rows(version, table)) {
            if (r.key().equals(rowKey)) {
                return r;
            }
        }
        return null;
    }

    private List<ColumnSpec> anyColumns(TemplateVersion version, TableKind table) {
        List<ColumnSpec> all = new ArrayList<>();
        template.rows(version, table).forEach(r -> all.addAll(r.columns()));
        return all;
    }

    private TableKind tableOfRow(TemplateVersion version, String rowKey) {
        for (TableKind k : TableKind.values()) {
            if (rowSpec(version, k, rowKey) != null) {
                return k;
            }
        }
        return null;
    }
}
