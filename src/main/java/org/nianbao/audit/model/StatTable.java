package org.nianbao.audit.model;

import java.util.List;
import java.util.Optional;

/** One of the three statistical tables as a labelled matrix. */
public final class StatTable {
    private final TableKind kind;
    private final TemplateVersion template;
    private final int startLine;
    private final int endLine;
    private final List<TableRow> rows;
    private final List<LabelDeviation> labelDeviations;

    public StatTable(TableKind kind, TemplateVersion template, int startLine, int endLine,
                     List<TableRow> rows, List<LabelDeviation> labelDeviations) {
        this.kind = kind;
        this.template = template;
        this.startLine = startLine;
        this.endLine = endLine;
        this.rows = List.copyOf(rows);
        this.labelDeviations = List.copyOf(labelDeviations);
    }

    public TableKind getKind() { return kind; }
    /** The template version this table's own labels show; null when they show neither. */
    public TemplateVersion getTemplate() { return template; }
    public int getStartLine() { return startLine; }
    public int getEndLine() { return endLine; }
    public List<TableRow> getRows() { return rows; }
    public List<LabelDeviation> getLabelDeviations() { return labelDeviations; }

    public Optional<TableRow> row(String key) {
        return rows.stream().filter(r -> r.getKey().equals(key)).findFirst();
    }

    public Optional<Cell> cell(String rowKey, String columnKey) {
        return row(rowKey).flatMap(r -> r.cell(columnKey));
    }
}
