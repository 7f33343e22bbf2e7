package org.nianbao.audit.document;

import java.util.ArrayList;
import java.util.List;

/**
 * A table as a rectangular grid of cells with row and column spans expanded. Rows shorter than the widest
 * row are padded with {@link GridCell#MISSING}, which is what a reader of the page sees there: nothing.
 */
public final class Grid {
    private final List<List<GridCell>> rows;
    private final int width;

    public Grid(List<List<GridCell>> rows) {
        int w = 0;
        for (List<GridCell> r : rows) {
            w = Math.max(w, r.size());
        }
        List<List<GridCell>> padded = new ArrayList<>(rows.size());
        for (List<GridCell> r : rows) {
            List<GridCell> row = new ArrayList<>(r);
            while (row.size() < w) {
                row.add(GridCell.MISSING);
            }
            padded.add(List.copyOf(row));
        }
        this.rows = List.copyOf(padded);
        this.width = w;
    }

    public List<List<GridCell>> rows() {
        return rows;
    }

    public int height() {
        return rows.size();
    }

    public int width() {
        return width;
    }

    public GridCell cell(int row, int col) {
        return rows.get(row).get(col);
    }
}
