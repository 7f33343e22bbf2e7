package org.nianbao.audit.ingest.pdf;

import java.util.List;

/**
 * A table found on one page, as the rectangles of its cells with their text. The grid (rows, columns,
 * merged cells) is built from the cells' edges once the parts of a table continued over several pages
 * are joined ({@link TableStitcher}, {@link GridBuilder}).
 */
record PdfTable(int page, String strategy, List<Cell> cells, double left, double right, double top, double bottom)
        implements PageItem {

    /** One cell: its rectangle in page coordinates (y downwards) and its text. */
    record Cell(int page, double left, double right, double top, double bottom, String text) {
        Cell withText(String newText) {
            return new Cell(page, left, right, top, bottom, newText);
        }

        Cell withBottom(double newBottom) {
            return new Cell(page, left, right, top, newBottom, text);
        }

        Cell shifted(double dy) {
            return new Cell(page, left, right, top + dy, bottom + dy, text);
        }
    }

    static PdfTable of(int page, String strategy, List<Cell> cells) {
        double l = Double.MAX_VALUE;
        double r = -Double.MAX_VALUE;
        double t = Double.MAX_VALUE;
        double b = -Double.MAX_VALUE;
        for (Cell c : cells) {
            l = Math.min(l, c.left());
            r = Math.max(r, c.right());
            t = Math.min(t, c.top());
            b = Math.max(b, c.bottom());
        }
        return new PdfTable(page, strategy, List.copyOf(cells), l, r, t, b);
    }
}
