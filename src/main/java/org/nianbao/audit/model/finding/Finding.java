package org.nianbao.audit.model.finding;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import org.nianbao.audit.model.Origin;
import org.nianbao.audit.model.SourceSpan;

/**
 * One finding of one rule on one report. Rule metadata (id, title, severity, category, basis) is copied
 * from the DRL rule that raised it; evidence is the original text with its line.
 */
public final class Finding {
    /** The stable order findings are written in: by line, then rule id, then the cell they point at. */
    public static final Comparator<Finding> ORDER = Comparator
            .comparingInt((Finding f) -> f.line <= 0 ? Integer.MAX_VALUE : f.line)
            .thenComparing(f -> f.rule)
            .thenComparing(f -> Objects.toString(f.table, ""))
            .thenComparing(f -> Objects.toString(f.row, ""))
            .thenComparing(f -> Objects.toString(f.column, ""))
            .thenComparing(f -> f.message);

    private final String rule;
    private final Category category;
    private final Severity severity;
    private final Origin origin;
    private final String title;
    private final String message;
    private final String basis;
    private final String evidence;
    private final int line;
    private final Integer section;
    private final String table;
    private final String row;
    private final String column;
    private final String reported;
    private final String expected;
    private final List<String> cells;
    private final SourceSpan span;
    private final String reportedLabel;
    private final String expectedLabel;
    private final String mergeGroup;
    private final List<Finding> merged;
    private final String rowLabel;
    private final String columnLabel;
    private final List<String> cellLabels;

    private Finding(Builder b) {
        this.rule = Objects.requireNonNull(b.rule, "rule");
        this.category = Objects.requireNonNull(b.category, "category");
        this.severity = Objects.requireNonNull(b.severity, "severity");
        this.origin = b.origin == null ? Origin.REPORT : b.origin;
        this.title = Objects.requireNonNull(b.title, "title");
        this.message = Objects.requireNonNull(b.message, "message");
        this.basis = Objects.requireNonNull(b.basis, "basis");
        this.evidence = b.evidence == null ? "" : b.evidence;
        this.line = b.line;
        this.section = b.section;
        this.table = b.table;
        this.row = b.row;
        this.column = b.column;
        this.reported = b.reported;
        this.expected = b.expected;
        this.cells = b.cells == null ? List.of() : List.copyOf(b.cells);
        this.span = b.span == null ? SourceSpan.NONE : b.span;
        this.reportedLabel = b.reportedLabel;
        this.expectedLabel = b.expectedLabel;
        this.mergeGroup = b.mergeGroup;
        this.rowLabel = b.rowLabel;
        this.columnLabel = b.columnLabel;
        this.cellLabels = b.cellLabels == null ? List.of() : List.copyOf(b.cellLabels);
        this.merged = b.merged == null ? List.of() : List.copyOf(b.merged);
    }

    public static Builder builder() {
        return new Builder();
    }

    public String getRule() { return rule; }
    public Category getCategory() { return category; }
    public Severity getSeverity() { return severity; }
    public Origin getOrigin() { return origin; }
    public String getTitle() { return title; }
    public String getMessage() { return message; }
    public String getBasis() { return basis; }
    /** The original text quoted from the report (never the normalised view). */
    public String getEvidence() { return evidence; }
    /** 1-based line of the evidence, 0 when the finding is about something absent. */
    public int getLine() { return line; }
    public Integer getSection() { return section; }
    public String getTable() { return table; }
    public String getRow() { return row; }
    public String getColumn() { return column; }
    /** The value the report prints, where a finding compares values. */
    public String getReported() { return reported; }
    /** The value the rule computed or the template requires. */
    public String getExpected() { return expected; }
    /** The cells an arithmetic finding summed, e.g. "R3_1.NP=2". */
    public List<String> getCells() { return cells; }
    /** Where the evidence sits in the submitted file (page, table row, paragraph); NONE when unknown or absent. */
    public SourceSpan getSpan() { return span; }
    /** What the rule calls the reported value ({@code @reportedLabel}), e.g. "正文所称"; null for the default. */
    public String getReportedLabel() { return reportedLabel; }
    /** What the rule calls the expected value ({@code @expectedLabel}), e.g. "模板规定名称"; null for the default. */
    public String getExpectedLabel() { return expectedLabel; }
    /**
     * The rule's {@code @mergeGroup}: findings of rules sharing a group at the same spot (line, quote, place)
     * describe one defect and are merged into one finding when graded; null when the rule names none.
     */
    public String getMergeGroup() { return mergeGroup; }
    /** The findings of other rules merged into this one (same defect, same spot), by rule id; usually empty. */
    public List<Finding> getMerged() { return merged; }

    /** The template's label of {@link #getRow()} ("（三）不予公开 1.属于国家秘密"); null when there is no row. */
    public String getRowLabel() { return rowLabel; }
    /** The template's label of {@link #getColumn()} ("自然人"); null when there is no column. */
    public String getColumnLabel() { return columnLabel; }
    /** For each of {@link #getCells()}, its row and column by the template's labels ("（一）予以公开 · 总计"). */
    public List<String> getCellLabels() { return cellLabels; }

    /** This finding's rule and the rules of the findings merged into it. */
    public List<String> rules() {
        if (merged.isEmpty()) {
            return List.of(rule);
        }
        List<String> all = new ArrayList<>(merged.size() + 1);
        all.add(rule);
        merged.forEach(m -> all.add(m.rule));
        return all;
    }

    /** The same finding located in the submitted file. */
    public Finding withSpan(SourceSpan located) {
        return toBuilder().span(located).build();
    }

    public Builder toBuilder() {
        return builder().rule(rule).category(category).severity(severity).origin(origin).title(title)
                .message(message).basis(basis).evidence(evidence).line(line).section(section).table(table).row(row)
                .column(column).reported(reported).expected(expected).cells(cells).span(span)
                .reportedLabel(reportedLabel).expectedLabel(expectedLabel).mergeGroup(mergeGroup).merged(merged)
                .rowLabel(rowLabel).columnLabel(columnLabel).cellLabels(cellLabels);
    }

    /** Findings are values: two engines agree on a report when their findings are equal. */
    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        if (!(o instanceof Finding f)) {
            return false;
        }
        return line == f.line && rule.equals(f.rule) && category == f.category && severity == f.severity
                && origin == f.origin && title.equals(f.title) && message.equals(f.message) && basis.equals(f.basis)
                && evidence.equals(f.evidence) && Objects.equals(section, f.section) && Objects.equals(table, f.table)
                && Objects.equals(row, f.row) && Objects.equals(column, f.column)
                && Objects.equals(reported, f.reported) && Objects.equals(expected, f.expected) && cells.equals(f.cells)
                && span.equals(f.span) && Objects.equals(reportedLabel, f.reportedLabel)
                && Objects.equals(expectedLabel, f.expectedLabel) && Objects.equals(mergeGroup, f.mergeGroup)
                && merged.equals(f.merged);
    }

    @Override
    public int hashCode() {
        return Objects.hash(rule, line, message, evidence, table, row, column);
    }

    /** Builder used by the engine (from a rule's metadata) and by tests. */
    public static final class Builder {
        private String rule;
        private Category category;
        private Severity severity;
        private Origin origin;
        private String title;
        private String message;
        private String basis;
        private String evidence;
        private int line;
        private Integer section;
        private String table;
        private String row;
        private String column;
        private String reported;
        private String expected;
        private List<String> cells;
        private SourceSpan span;
        private String reportedLabel;
        private String expectedLabel;
        private String mergeGroup;
        private String rowLabel;
        private String columnLabel;
        private List<String> cellLabels;
        private List<Finding> merged;

        public Builder rule(String v) { rule = v; return this; }
        public Builder category(Category v) { category = v; return this; }
        public Builder severity(Severity v) { severity = v; return this; }
        public Builder origin(Origin v) { origin = v; return this; }
        public Builder title(String v) { title = v; return this; }
        public Builder message(String v) { message = v; return this; }
        public Builder basis(String v) { basis = v; return this; }
        public Builder evidence(String v) { evidence = v; return this; }
        public Builder line(int v) { line = v; return this; }
        public Builder section(Integer v) { section = v; return this; }
        public Builder table(String v) { table = v; return this; }
        public Builder row(String v) { row = v; return this; }
        public Builder column(String v) { column = v; return this; }
        public Builder reported(String v) { reported = v; return this; }
        public Builder expected(String v) { expected = v; return this; }
        public Builder cells(List<String> v) { cells = v; return this; }
        public Builder span(SourceSpan v) { span = v; return this; }
        public Builder reportedLabel(String v) { reportedLabel = v; return this; }
        public Builder expectedLabel(String v) { expectedLabel = v; return this; }
        public Builder mergeGroup(String v) { mergeGroup = v; return this; }
        public Builder merged(List<Finding> v) { merged = v; return this; }
        public Builder rowLabel(String v) { rowLabel = v; return this; }
        public Builder columnLabel(String v) { columnLabel = v; return this; }
        public Builder cellLabels(List<String> v) { cellLabels = v; return this; }

        public Finding build() {
            return new Finding(this);
        }
    }
}
