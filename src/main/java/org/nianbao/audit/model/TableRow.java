package org.nianbao.audit.model;

import java.util.List;
import java.util.Optional;

/** One data row of a statistical table, matched to a template row by its label. */
public final class TableRow implements Quotable {
    private final TableKind table;
    private final String key;
    private final String canonicalLabel;
    private final String label;
    private final LabelMatch labelMatch;
    private final int line;
    private final int expectedCells;
    private final List<Cell> cells;

    public TableRow(TableKind table, String key, String canonicalLabel, String label, LabelMatch labelMatch,
                    int line, int expectedCells, List<Cell> cells) {
        this.table = table;
        this.key = key;
        this.canonicalLabel = canonicalLabel;
        this.label = label;
        this.labelMatch = labelMatch;
        this.line = line;
        this.expectedCells = expectedCells;
        this.cells = List.copyOf(cells);
    }

    public TableKind getTable() { return table; }
    /** Canonical row key (spec §h), e.g. "R1", "R3_3_1", "norm", "RV" for table 3's single row. */
    public String getKey() { return key; }
    public String getCanonicalLabel() { return canonicalLabel; }
    /** The label as printed. */
    public String getLabel() { return label; }
    public LabelMatch getLabelMatch() { return labelMatch; }
    @Override public int getLine() { return line; }
    @Override public String getQuote() { return label; }
    /** How many value cells the template gives this row. */
    public int getExpectedCells() { return expectedCells; }
    /** Value cells in template column order; fewer than expected when the document printed fewer. */
    public List<Cell> getCells() { return cells; }
    public int getCellCount() { return cells.size(); }

    /** True when the row's cells were printed glued and read by the table's arithmetic or digit count. */
    public boolean isReconstructed() {
        return cells.stream().anyMatch(Cell::isReconstructed);
    }

    /** The reconstruction (run, split, reasoning) of a reconstructed row; null for a printed one. */
    public String getReconstruction() {
        return cells.stream().filter(Cell::isReconstructed).map(Cell::getReconstruction).findFirst().orElse(null);
    }

    public Optional<Cell> cell(String columnKey) {
        return cells.stream().filter(c -> c.getColumnKey().equals(columnKey)).findFirst();
    }
}
