package org.nianbao.audit.engine.history;

import java.math.BigDecimal;
import org.nianbao.audit.model.CellKind;
import org.nianbao.audit.model.TableKind;

/**
 * One table cell of the prior year's report ({@link PriorReport}), as that report printed it. Inserted only
 * when the prior report is of exactly the year before and assessable, so a rule joining on it compares
 * consecutive years and nothing else.
 */
public final class PriorCell {
    private final TableKind table;
    private final String rowKey;
    private final String columnKey;
    private final CellKind kind;
    private final BigDecimal value;
    private final String raw;
    private final int year;

    public PriorCell(TableKind table, String rowKey, String columnKey, CellKind kind, BigDecimal value, String raw, int year) {
        this.table = table;
        this.rowKey = rowKey;
        this.columnKey = columnKey;
        this.kind = kind;
        this.value = kind == CellKind.NUMBER ? value : null;
        this.raw = raw == null ? "" : raw;
        this.year = year;
    }

    public TableKind getTable() { return table; }
    public String getRowKey() { return rowKey; }
    public String getColumnKey() { return columnKey; }
    public CellKind getKind() { return kind; }
    /** The number as printed, null unless kind is NUMBER. */
    public BigDecimal getValue() { return value; }
    /** The value as an int; 0 when the cell holds no number (test the kind first). */
    public int getIntValue() { return value == null ? 0 : value.intValue(); }
    public String getRaw() { return raw; }
    /** The prior report's year. */
    public int getYear() { return year; }

    @Override
    public String toString() {
        return year + ":" + table + "." + rowKey + "." + columnKey + "=" + (value != null ? value.toPlainString() : kind);
    }
}
