package org.nianbao.audit.model;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * One value cell of a statistical table, as printed. Knows its table, row and column so that rules can
 * match cells directly. Values are never repaired: a blank stays blank, a wrong total stays wrong. A cell
 * printed glued to its neighbours and separated by the table's own arithmetic is {@link CellOrigin#RECONSTRUCTED}:
 * its quote is then the reconstruction (run, split and reasoning), so every finding on it shows the work.
 */
public final class Cell implements Quotable {
    private final TableKind table;
    private final String rowKey;
    private final String columnKey;
    private final String rowLabel;
    private final String columnLabel;
    private final CellKind kind;
    private final BigDecimal value;
    private final String raw;
    private final int line;
    private final CellOrigin origin;
    private final String reconstruction;

    public Cell(TableKind table, String rowKey, String columnKey, CellKind kind, BigDecimal value, String raw, int line) {
        this(table, rowKey, columnKey, rowKey, columnKey, kind, value, raw, line);
    }

    /**
     * A printed cell.
     *
     * @param rowLabel    the template's label of the row, e.g. "（一）予以公开"
     * @param columnLabel the template's label of the column, e.g. "自然人" (what messages call the column)
     */
    public Cell(TableKind table, String rowKey, String columnKey, String rowLabel, String columnLabel, CellKind kind,
                BigDecimal value, String raw, int line) {
        this(table, rowKey, columnKey, rowLabel, columnLabel, kind, value, raw, line, CellOrigin.PRINTED, null);
    }

    /**
     * @param reconstruction for a reconstructed cell, the run as printed, the split and why it is the only reading
     *                       ("15130000154 → 151|3|0|0|0|0|154（…）"); null for a printed cell
     */
    public Cell(TableKind table, String rowKey, String columnKey, String rowLabel, String columnLabel, CellKind kind,
                BigDecimal value, String raw, int line, CellOrigin origin, String reconstruction) {
        this.table = Objects.requireNonNull(table);
        this.rowKey = Objects.requireNonNull(rowKey);
        this.columnKey = Objects.requireNonNull(columnKey);
        this.rowLabel = rowLabel == null ? rowKey : rowLabel;
        this.columnLabel = columnLabel == null ? columnKey : columnLabel;
        this.kind = Objects.requireNonNull(kind);
        this.value = kind == CellKind.NUMBER ? Objects.requireNonNull(value) : null;
        this.raw = raw == null ? "" : raw;
        this.line = line;
        this.origin = Objects.requireNonNull(origin);
        if (origin == CellOrigin.RECONSTRUCTED && (reconstruction == null || reconstruction.isBlank())) {
            throw new IllegalArgumentException("a reconstructed cell needs its reconstruction");
        }
        this.reconstruction = origin == CellOrigin.RECONSTRUCTED ? reconstruction : null;
    }

    public TableKind getTable() { return table; }
    public String getRowKey() { return rowKey; }
    public String getColumnKey() { return columnKey; }
    /** The template's label of the row ("（一）予以公开", "行政许可"), as rules name it in messages. */
    public String getRowLabel() { return rowLabel; }
    /** The template's label of the column ("自然人", "本年制发件数"), as rules name it in messages. */
    public String getColumnLabel() { return columnLabel; }
    public CellKind getKind() { return kind; }
    /** The number as printed, null unless kind is NUMBER. */
    public BigDecimal getValue() { return value; }
    /** The cell's own characters: as printed, or this cell's share of a glued run ("151"). */
    public String getRaw() { return raw; }
    @Override public int getLine() { return line; }
    /** The printed cell, or for a reconstructed cell the whole reconstruction with its reasoning. */
    @Override public String getQuote() { return reconstruction != null ? reconstruction : raw.strip(); }
    public CellOrigin getOrigin() { return origin; }
    public boolean isReconstructed() { return origin == CellOrigin.RECONSTRUCTED; }
    /** Run, split and reasoning of a reconstructed cell; null for a printed one. */
    public String getReconstruction() { return reconstruction; }

    public boolean isNumber() { return kind == CellKind.NUMBER; }

    /** True for a number without a fractional part (counts must be integers). */
    public boolean isInteger() {
        return value != null && value.stripTrailingZeros().scale() <= 0;
    }

    /** The value as an int for sums; 0 when the cell holds no number (rules must test isNumber first). */
    public int getIntValue() {
        return value == null ? 0 : value.intValue();
    }

    @Override
    public String toString() {
        return table + "." + rowKey + "." + columnKey + "=" + (value != null ? value.toPlainString() : kind);
    }
}
