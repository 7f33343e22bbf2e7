package org.nianbao.audit.ingest.pdf;

import java.util.ArrayList;
import java.util.List;
import org.nianbao.audit.document.Grid;
import org.nianbao.audit.document.GridCell;
import org.nianbao.audit.model.SourceSpan;

/**
 * Turns a table's cell rectangles into the document model's grid: every distinct cell edge is a grid
 * line, a cell covering several grid rows or columns is a merged cell (its top-left position holds the
 * text, the others are span copies). Each cell's span names its page, the table's number in the document,
 * the row counted on that page and the column.
 */
final class GridBuilder {
    private static final double TOLERANCE = LatticeStrategy.TOLERANCE;

    private GridBuilder() {
    }

    static Grid build(PdfTable table, int tableNumber) {
        List<Double> xValues = new ArrayList<>();
        List<Double> yValues = new ArrayList<>();
        for (PdfTable.Cell c : table.cells()) {
            xValues.add(c.left());
            xValues.add(c.right());
            yValues.add(c.top());
            yValues.add(c.bottom());
        }
        double[] xs = Positions.cluster(xValues, TOLERANCE);
        double[] ys = Positions.cluster(yValues, TOLERANCE);
        int rows = Math.max(1, ys.length - 1);
        int cols = Math.max(1, xs.length - 1);
        GridCell[][] grid = new GridCell[rows][cols];
        int[][] box = new int[table.cells().size()][];
        int[] pageOfRow = new int[rows];
        for (int i = 0; i < table.cells().size(); i++) {
            PdfTable.Cell c = table.cells().get(i);
            int c0 = Positions.nearest(xs, c.left(), TOLERANCE);
            int c1 = Math.max(c0 + 1, Positions.nearest(xs, c.right(), TOLERANCE));
            int r0 = Positions.nearest(ys, c.top(), TOLERANCE);
            int r1 = Math.max(r0 + 1, Positions.nearest(ys, c.bottom(), TOLERANCE));
            box[i] = new int[] {Math.max(0, r0), Math.max(0, c0), Math.min(rows, r1), Math.min(cols, c1)};
            if (pageOfRow[box[i][0]] == 0) {
                pageOfRow[box[i][0]] = c.page();
            }
        }
        int[] rowOnPage = rowsOnPage(pageOfRow, table.page());
        for (int i = 0; i < table.cells().size(); i++) {
            PdfTable.Cell c = table.cells().get(i);
            int[] b = box[i];
            SourceSpan span = SourceSpan.tableCell(c.page(), tableNumber, rowOnPage[b[0]], b[1] + 1);
            for (int r = b[0]; r < b[2]; r++) {
                for (int k = b[1]; k < b[3]; k++) {
                    if (grid[r][k] == null) {
                        grid[r][k] = new GridCell(c.text(), span, r != b[0] || k != b[1]);
                    }
                }
            }
        }
        List<List<GridCell>> out = new ArrayList<>(rows);
        for (int r = 0; r < rows; r++) {
            List<GridCell> row = new ArrayList<>(cols);
            for (int k = 0; k < cols; k++) {
                row.add(grid[r][k] == null
                        ? GridCell.of("", SourceSpan.tableCell(pageOfRow[r], tableNumber, rowOnPage[r], k + 1))
                        : grid[r][k]);
            }
            out.add(row);
        }
        return new Grid(out);
    }

    /** Rows are counted on their own page: the first row of a table's part on a new page is row 1 there. */
    private static int[] rowsOnPage(int[] pageOfRow, int firstPage) {
        int[] n = new int[pageOfRow.length];
        int page = firstPage;
        int count = 0;
        for (int r = 0; r < pageOfRow.length; r++) {
            if (pageOfRow[r] == 0) {
                pageOfRow[r] = page; // a row only merged cells reach stays on the page above
            }
            if (pageOfRow[r] != page) {
                page = pageOfRow[r];
                count = 0;
            }
            n[r] = ++count;
        }
        return n;
    }
}
