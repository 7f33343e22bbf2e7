package org.nianbao.audit.parse.document;

import java.util.ArrayList;
import java.util.List;
import org.nianbao.audit.document.Block;
import org.nianbao.audit.document.Grid;
import org.nianbao.audit.document.GridCell;
import org.nianbao.audit.document.TableBlock;
import org.nianbao.audit.document.TextBlock;
import org.nianbao.audit.model.SourceSpan;
import org.nianbao.audit.model.TextLine;
import org.nianbao.audit.parse.text.Normalizer;

/**
 * The document's linear text, which sections, narrative and metadata are read from: one line per text
 * block, and one Markdown-pipe row per table row, so a grid reads exactly like the pipe layout of a text
 * file (its empty fields keep every value under its column). A cell spanning several columns prints once in
 * the row where it starts; the positions it covers in the rows below print as empty fields, as a converter draws
 * them. Each line keeps the span of its block or row.
 */
public final class DocumentLines {
    private DocumentLines() {
    }

    public static List<TextLine> of(List<Block> blocks) {
        List<TextLine> lines = new ArrayList<>(blocks.size());
        for (Block block : blocks) {
            if (block instanceof TextBlock text) {
                add(lines, text.text(), text.span());
            } else if (block instanceof TableBlock table) {
                addTable(lines, table);
            }
        }
        return lines;
    }

    private static void addTable(List<TextLine> lines, TableBlock table) {
        Grid grid = table.grid();
        for (int r = 0; r < grid.height(); r++) {
            List<GridCell> row = grid.rows().get(r);
            if (row.stream().allMatch(c -> c.spanCopy() || c.blank())) {
                continue; // a row of nothing but merged copies adds no cell a reader could see
            }
            StringBuilder sb = new StringBuilder("|");
            SourceSpan first = null;
            for (int c = 0; c < row.size(); c++) {
                GridCell cell = row.get(c);
                if (widensCellToItsLeft(row, c)) {
                    continue;
                }
                sb.append(' ').append(cell.spanCopy() ? "" : pipeSafe(cell.text())).append(" |");
                if (first == null && !cell.spanCopy() && cell.span().known()) {
                    first = cell.span();
                }
            }
            SourceSpan span = first == null ? table.span() : first.withColumn(0);
            add(lines, sb.toString(), span);
        }
    }

    /**
     * True where position {@code c} is covered by a cell that starts further left in the same row: one printed
     * cell spanning two columns ("本年新公开数量" over two, its "13" too) is one field, as a reader sees it, not a
     * value and an empty cell. Positions covered by a cell from a row above stay empty fields.
     */
    private static boolean widensCellToItsLeft(List<GridCell> row, int c) {
        GridCell cell = row.get(c);
        if (!cell.spanCopy() || !cell.span().known()) {
            return false;
        }
        for (int k = c - 1; k >= 0; k--) {
            GridCell left = row.get(k);
            if (!left.span().equals(cell.span()) || !left.text().equals(cell.text())) {
                return false;
            }
            if (!left.spanCopy()) {
                return true;
            }
        }
        return false;
    }

    /** A cell's own line breaks (vertical headers, "商业<br>企业") join up; a pipe would open a new field. */
    private static String pipeSafe(String text) {
        StringBuilder sb = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\r') {
                continue;
            }
            sb.append(c == '|' ? '｜' : c);
        }
        return sb.toString().strip();
    }

    private static void add(List<TextLine> lines, String text, SourceSpan span) {
        int number = lines.size() + 1;
        lines.add(new TextLine(number, text, Normalizer.compact(text), 0, span));
    }
}
