package org.nianbao.audit.model;

/** A row or column label that differs from the template after normalisation (TBL-LABEL). */
public final class LabelDeviation implements Quotable {
    private final TableKind table;
    /** Canonical row or column key, e.g. "R3_5_1" or "TOT". */
    private final String key;
    private final boolean column;
    private final String canonical;
    private final String found;
    private final LabelMatch match;
    private final int distance;
    private final int line;

    public LabelDeviation(TableKind table, String key, boolean column, String canonical, String found,
                          LabelMatch match, int distance, int line) {
        this.table = table;
        this.key = key;
        this.column = column;
        this.canonical = canonical;
        this.found = found;
        this.match = match;
        this.distance = distance;
        this.line = line;
    }

    public TableKind getTable() { return table; }
    public String getKey() { return key; }
    public boolean isColumn() { return column; }
    public String getCanonical() { return canonical; }
    public String getFound() { return found; }
    public LabelMatch getMatch() { return match; }
    /** Levenshtein distance between normalised labels. */
    public int getDistance() { return distance; }
    @Override public int getLine() { return line; }
    @Override public String getQuote() { return found; }
}
