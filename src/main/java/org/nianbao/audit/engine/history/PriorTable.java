package org.nianbao.audit.engine.history;

import org.nianbao.audit.model.Quotable;
import org.nianbao.audit.model.TableKind;

/**
 * One statistical table compared cell by cell with the prior year's: how many cells both years print at the
 * same row and column, how many of those hold the same number, and how many of the equal ones are not 0 (a
 * table of zeros repeats honestly). Evidence: the table's first line.
 */
public final class PriorTable implements Quotable {
    private final TableKind table;
    private final int priorYear;
    private final int compared;
    private final int equal;
    private final int equalNonZero;
    private final int line;
    private final String quote;

    public PriorTable(TableKind table, int priorYear, int compared, int equal, int equalNonZero, int line, String quote) {
        this.table = table;
        this.priorYear = priorYear;
        this.compared = compared;
        this.equal = equal;
        this.equalNonZero = equalNonZero;
        this.line = line;
        this.quote = quote == null ? "" : quote;
    }

    public TableKind getTable() { return table; }
    public int getPriorYear() { return priorYear; }
    /** Cells holding a number in both years at the same row and column. */
    public int getCompared() { return compared; }
    /** Of those, the cells with the same number. */
    public int getEqual() { return equal; }
    /** Of the equal cells, those that are not 0. */
    public int getEqualNonZero() { return equalNonZero; }
    /** True when every compared cell is equal. */
    public boolean isAllEqual() { return compared > 0 && equal == compared; }
    @Override public int getLine() { return line; }
    @Override public String getQuote() { return quote; }
}
