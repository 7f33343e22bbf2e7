package org.nianbao.audit.ingest.html;

import java.util.ArrayList;
import java.util.List;
import org.jsoup.nodes.Element;

/**
 * Tells a table that lays out the page (a box around the article, a one-column frame, a wrapper around another
 * table) from a table of data. A layout table's cells are read as ordinary content in reading order; only a
 * data table becomes a grid. No statistics-table cell holds a nested table or hundreds of characters.
 */
final class LayoutTables {
    /** Longer than any label or note of the statistics tables; a cell holding this much is a text box. */
    private static final int TEXT_BOX = 400;

    private LayoutTables() {
    }

    static boolean isLayout(Element table) {
        List<Element> rows = rows(table);
        if (rows.isEmpty()) {
            return true;
        }
        int widest = 0;
        for (Element row : rows) {
            int cells = 0;
            for (Element cell : row.children()) {
                if (!isCell(cell)) {
                    continue;
                }
                cells++;
                if (!cell.getElementsByTag("table").isEmpty() || HtmlText.visibleLength(cell.text()) > TEXT_BOX) {
                    return true;
                }
            }
            widest = Math.max(widest, cells);
        }
        return widest <= 1;
    }

    /** The table's own rows in document order (thead, tbody, tfoot, bare tr), never a nested table's. */
    static List<Element> rows(Element table) {
        List<Element> rows = new ArrayList<>();
        for (Element child : table.children()) {
            String name = child.normalName();
            if (name.equals("tr")) {
                rows.add(child);
            } else if (name.equals("thead") || name.equals("tbody") || name.equals("tfoot")) {
                for (Element row : child.children()) {
                    if (row.normalName().equals("tr")) {
                        rows.add(row);
                    }
                }
            }
        }
        return rows;
    }

    static boolean isCell(Element e) {
        String name = e.normalName();
        return name.equals("td") || name.equals("th");
    }
}
