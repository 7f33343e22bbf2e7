package org.nianbao.audit.model;

/** How a cell's value was obtained from the document. */
public enum CellOrigin {
    /** Printed as a cell of its own. */
    PRINTED,
    /**
     * Printed glued to its neighbours ("15130000154") and separated by the table's own arithmetic or the
     * digit count, the only reading left; the cell's evidence shows the run, the split and why.
     */
    RECONSTRUCTED;

    public String id() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
