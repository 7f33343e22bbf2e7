package org.nianbao.audit.ingest.docx;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.nianbao.audit.document.Grid;
import org.nianbao.audit.document.GridCell;
import org.nianbao.audit.model.SourceSpan;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * A Word table ({@code w:tbl}) laid out on its grid: {@code w:gridBefore}/{@code w:gridAfter} skip grid
 * columns, {@code w:gridSpan} widens a cell over several columns, {@code w:vMerge} restart/continue merges a
 * cell with the ones below it (Word's templates merge "三、本年度办理结果" over 22 rows this way), the legacy
 * {@code w:hMerge} with the ones to its right. Every covered position becomes a span copy of its cell.
 * Rows and cells deleted with tracked changes are left out; rows inside content controls are read.
 */
final class TableLayout {
    /** Narrower than this (in twentieths of a point, under half a millimetre) a grid column holds no text. */
    private static final int SLIVER_TWIPS = 25;

    private final Element tbl;
    private final List<List<Element>> rows = new ArrayList<>();

    TableLayout(Element tbl) {
        this.tbl = tbl;
        collectRows(tbl);
    }

    /**
     * A table of one column is a frame some agencies draw around the whole report (or a box around a
     * note): its content is read as paragraphs and tables, not as one giant cell.
     */
    boolean isFrame() {
        if (rows.isEmpty()) {
            return false;
        }
        for (List<Element> row : rows) {
            if (row.size() > 1) {
                return false;
            }
        }
        return true;
    }

    /** The cells in reading order (row by row). */
    List<Element> cells() {
        List<Element> all = new ArrayList<>();
        rows.forEach(all::addAll);
        return all;
    }

    /** The grid of table {@code tableIndex} (1-based, 0 for a table nested in a cell), with texts from {@code text}. */
    Grid grid(int tableIndex, Function<Element, String> text) {
        boolean[] sliver = slivers();
        List<List<GridCell>> grid = new ArrayList<>();
        for (int r = 0; r < rows.size(); r++) {
            List<GridCell> out = new ArrayList<>();
            Element tr = rowElement(rows.get(r));
            int col = WordXml.intVal(WordXml.childVal(WordXml.child(tr, "trPr"), "gridBefore"), 0);
            pad(out, kept(sliver, 0, col));
            for (Element tc : rows.get(r)) {
                Element tcPr = WordXml.child(tc, "tcPr");
                int span = Math.max(1, WordXml.intVal(WordXml.childVal(tcPr, "gridSpan"), 1));
                int width = kept(sliver, col, span);
                int at = out.size();
                GridCell cell;
                if (width == 0) {
                    col += span;
                    continue;
                } else if (continues(tcPr, "vMerge") && r > 0 && at < grid.get(r - 1).size()
                        && grid.get(r - 1).get(at) != GridCell.MISSING) {
                    GridCell above = grid.get(r - 1).get(at);
                    cell = new GridCell(above.text(), above.span(), true);
                } else if (continues(tcPr, "hMerge") && !out.isEmpty() && out.get(at - 1) != GridCell.MISSING) {
                    GridCell left = out.get(at - 1);
                    cell = new GridCell(left.text(), left.span(), true);
                } else {
                    cell = GridCell.of(text.apply(tc), SourceSpan.tableCell(0, tableIndex, r + 1, at + 1));
                }
                out.add(cell);
                for (int k = 1; k < width; k++) {
                    out.add(new GridCell(cell.text(), cell.span(), true));
                }
                col += span;
            }
            grid.add(out);
        }
        return new Grid(grid);
    }

    /**
     * Grid columns too narrow to hold a character (Word and LibreOffice leave 1-twip columns where two rows'
     * borders almost meet). They are not columns a reader sees: a cell starting in one starts in the next
     * column, a cell spanning one spans one column less. A sliver some non-blank cell lies entirely in is kept.
     */
    private boolean[] slivers() {
        List<Integer> widths = new ArrayList<>();
        for (Node n = tbl.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (WordXml.isW(n, "tblGrid")) {
                for (Element col : WordXml.children(n)) {
                    if (WordXml.isW(col, "gridCol")) {
                        widths.add(WordXml.intVal(WordXml.attr(col, "w"), -1));
                    }
                }
            }
        }
        boolean[] sliver = new boolean[widths.size()];
        for (int c = 0; c < sliver.length; c++) {
            sliver[c] = widths.get(c) >= 0 && widths.get(c) < SLIVER_TWIPS && widths.size() > 1;
        }
        for (List<Element> row : rows) {
            int col = WordXml.intVal(WordXml.childVal(WordXml.child(rowElement(row), "trPr"), "gridBefore"), 0);
            for (Element tc : row) {
                int span = Math.max(1, WordXml.intVal(WordXml.childVal(WordXml.child(tc, "tcPr"), "gridSpan"), 1));
                if (kept(sliver, col, span) == 0 && !WordXml.text(tc).isBlank()) {
                    for (int k = col; k < col + span && k < sliver.length; k++) {
                        sliver[k] = false;
                    }
                }
                col += span;
            }
        }
        return sliver;
    }

    /** How many of the grid columns {@code from … from+count-1} are real (columns past the grid count). */
    private static int kept(boolean[] sliver, int from, int count) {
        int n = 0;
        for (int c = from; c < from + count; c++) {
            if (c >= sliver.length || !sliver[c]) {
                n++;
            }
        }
        return n;
    }

    private static void pad(List<GridCell> out, int count) {
        for (int i = 0; i < count; i++) {
            out.add(GridCell.MISSING);
        }
    }

    /** {@code w:vMerge} without a value, or with "continue", continues the cell above. */
    private static boolean continues(Element tcPr, String merge) {
        Element m = WordXml.child(tcPr, merge);
        if (m == null) {
            return false;
        }
        String v = WordXml.val(m);
        return v == null || v.equals("continue");
    }

    private static Element rowElement(List<Element> cells) {
        return cells.isEmpty() ? null : rowOf(cells.get(0));
    }

    private static Element rowOf(Element tc) {
        Node n = tc.getParentNode();
        while (n != null && !WordXml.isW(n, "tr")) {
            n = n.getParentNode();
        }
        return (Element) n;
    }

    private void collectRows(Node parent) {
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (WordXml.isW(n, "tr")) {
                Element trPr = WordXml.child(n, "trPr");
                if (trPr != null && WordXml.child(trPr, "del") != null) {
                    continue;
                }
                List<Element> cells = new ArrayList<>();
                collectCells(n, cells);
                rows.add(cells);
            } else if (WordXml.isW(n, "sdt")) {
                Element content = WordXml.child(n, "sdtContent");
                if (content != null) {
                    collectRows(content);
                }
            } else if (WordXml.isW(n, "customXml")) {
                collectRows(n);
            }
        }
    }

    private static void collectCells(Node parent, List<Element> cells) {
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (WordXml.isW(n, "tc")) {
                Element tcPr = WordXml.child(n, "tcPr");
                if (tcPr == null || WordXml.child(tcPr, "cellDel") == null) {
                    cells.add((Element) n);
                }
            } else if (WordXml.isW(n, "sdt")) {
                Element content = WordXml.child(n, "sdtContent");
                if (content != null) {
                    collectCells(content, cells);
                }
            } else if (WordXml.isW(n, "customXml")) {
                collectCells(n, cells);
            }
        }
    }
}
