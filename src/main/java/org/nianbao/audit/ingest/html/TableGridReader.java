package org.nianbao.audit.ingest.html;

import java.util.ArrayList;
import java.util.List;
import org.jsoup.nodes.Element;
import org.nianbao.audit.document.Grid;
import org.nianbao.audit.document.GridCell;
import org.nianbao.audit.model.SourceSpan;

/**
 * Turns an HTML data table into a {@link Grid} with every row and column span expanded as the HTML table model
 * places cells: each cell takes the first column its row has free, so a cell spanning rows from above pushes
 * later cells right exactly as a browser draws them. The covered positions are {@code spanCopy}; an empty
 * {@code <td>} stays an empty cell at its own position. Each position carries its table / row / column.
 */
final class TableGridReader {
    /** The HTML limits (colspan ≤ 1000, rowspan ≤ 65534) cut further: no real table is wider than this. */
    private static final int MAX_COLSPAN = 200;
    /** A grid beyond this many positions is no statistics table; the caller reads it as text. */
    static final int MAX_POSITIONS = 100_000;

    private TableGridReader() {
    }

    /** The grid, or null when the table would expand beyond {@link #MAX_POSITIONS}. */
    static Grid read(Element table, int tableNumber) {
        List<Element> rows = LayoutTables.rows(table);
        int height = rows.size();
        List<List<GridCell>> grid = new ArrayList<>(height);
        for (int r = 0; r < height; r++) {
            grid.add(new ArrayList<>());
        }
        long positions = 0;
        for (int r = 0; r < height; r++) {
            List<GridCell> current = grid.get(r);
            int col = 0;
            for (Element cell : rows.get(r).children()) {
                if (!LayoutTables.isCell(cell)) {
                    continue;
                }
                while (col < current.size() && current.get(col) != null) {
                    col++;
                }
                int colspan = Math.max(1, Math.min(span(cell.attr("colspan"), 1), MAX_COLSPAN));
                int rowspan = span(cell.attr("rowspan"), 1);
                // rowspan="0" and spans past the last row stop at the table's end, as in a browser
                int lastRow = rowspan == 0 ? height - 1 : Math.min(height - 1, r + rowspan - 1);
                positions += (long) colspan * (lastRow - r + 1);
                if (positions > MAX_POSITIONS) {
                    return null;
                }
                String text = ChromeFilter.isHidden(cell) ? "" : CellText.of(cell);
                SourceSpan span = SourceSpan.tableCell(0, tableNumber, r + 1, col + 1);
                for (int rr = r; rr <= lastRow; rr++) {
                    List<GridCell> row = grid.get(rr);
                    while (row.size() < col + colspan) {
                        row.add(null);
                    }
                    for (int cc = col; cc < col + colspan; cc++) {
                        row.set(cc, rr == r && cc == col ? GridCell.of(text, span) : new GridCell(text, span, true));
                    }
                }
                col += colspan;
            }
        }
        for (List<GridCell> row : grid) {
            // a hole left between cells (a row shorter than a span above it) is nothing, as drawn
            row.replaceAll(c -> c == null ? GridCell.MISSING : c);
        }
        return new Grid(grid);
    }

    private static int span(String value, int fallback) {
        String v = value.strip();
        int end = 0;
        while (end < v.length() && end < 6 && Character.isDigit(v.charAt(end))) {
            end++;
        }
        return end == 0 ? fallback : Integer.parseInt(v.substring(0, end));
    }
}
