package org.nianbao.audit.ingest.docx;

import java.util.ArrayList;
import java.util.List;

/**
 * Test data: a {@code w:tbl} written the way Word's templates write the report tables — a grid of columns,
 * header cells widened with {@code w:gridSpan}, labels merged down with {@code w:vMerge} restart/continue,
 * a vertical label typed one character per paragraph.
 */
final class WordTableXml {
    /** One {@code w:tc}: its paragraphs, grid span and vertical-merge role. */
    static final class Cell {
        private final List<String> paragraphs;
        private int span = 1;
        private String vMerge;

        private Cell(List<String> paragraphs) {
            this.paragraphs = paragraphs;
        }

        Cell span(int n) {
            this.span = n;
            return this;
        }

        Cell restart() {
            this.vMerge = "restart";
            return this;
        }
    }

    private final int columns;
    private final int width;
    private final List<List<Cell>> rows = new ArrayList<>();

    WordTableXml(int columns, int width) {
        this.columns = columns;
        this.width = width;
    }

    static Cell c(String... paragraphs) {
        return new Cell(List.of(paragraphs));
    }

    /** A cell that continues the vertically merged cell above it. */
    static Cell cont(int span) {
        Cell c = new Cell(List.of());
        c.vMerge = "continue";
        c.span = span;
        return c;
    }

    /** A label typed one character per paragraph (a vertical header). */
    static Cell vertical(String text) {
        List<String> chars = new ArrayList<>();
        text.codePoints().forEach(cp -> chars.add(new String(Character.toChars(cp))));
        return new Cell(chars);
    }

    /** Numbers as cells. */
    static Cell[] values(String... values) {
        Cell[] cells = new Cell[values.length];
        for (int i = 0; i < values.length; i++) {
            cells[i] = c(values[i]);
        }
        return cells;
    }

    static Cell[] concat(Cell[] head, Cell... tail) {
        Cell[] all = new Cell[head.length + tail.length];
        System.arraycopy(head, 0, all, 0, head.length);
        System.arraycopy(tail, 0, all, head.length, tail.length);
        return all;
    }

    static Cell[] concat(Cell first, Cell[] rest) {
        return concat(new Cell[] {first}, rest);
    }

    WordTableXml row(Cell... cells) {
        rows.add(List.of(cells));
        return this;
    }

    String xml() {
        StringBuilder sb = new StringBuilder("<w:tbl xmlns:w=\"").append(WordXml.W).append("\">");
        sb.append("<w:tblPr><w:tblStyle w:val=\"TableGrid\"/><w:tblW w:w=\"0\" w:type=\"auto\"/><w:jc w:val=\"center\"/>")
                .append("<w:tblBorders><w:top w:val=\"single\" w:sz=\"4\"/><w:left w:val=\"single\" w:sz=\"4\"/>")
                .append("<w:bottom w:val=\"single\" w:sz=\"4\"/><w:right w:val=\"single\" w:sz=\"4\"/>")
                .append("<w:insideH w:val=\"single\" w:sz=\"4\"/><w:insideV w:val=\"single\" w:sz=\"4\"/></w:tblBorders>")
                .append("</w:tblPr><w:tblGrid>");
        int colWidth = width / columns;
        for (int i = 0; i < columns; i++) {
            sb.append("<w:gridCol w:w=\"").append(colWidth).append("\"/>");
        }
        sb.append("</w:tblGrid>");
        for (List<Cell> row : rows) {
            sb.append("<w:tr>");
            for (Cell cell : row) {
                sb.append("<w:tc><w:tcPr><w:tcW w:w=\"").append(colWidth * cell.span).append("\" w:type=\"dxa\"/>");
                if (cell.span > 1) {
                    sb.append("<w:gridSpan w:val=\"").append(cell.span).append("\"/>");
                }
                if ("restart".equals(cell.vMerge)) {
                    sb.append("<w:vMerge w:val=\"restart\"/>");
                } else if ("continue".equals(cell.vMerge)) {
                    sb.append("<w:vMerge/>");
                }
                sb.append("<w:vAlign w:val=\"center\"/></w:tcPr>");
                if (cell.paragraphs.isEmpty()) {
                    sb.append("<w:p/>");
                }
                for (String p : cell.paragraphs) {
                    sb.append("<w:p><w:pPr><w:jc w:val=\"center\"/></w:pPr><w:r><w:t xml:space=\"preserve\">")
                            .append(escape(p)).append("</w:t></w:r></w:p>");
                }
                sb.append("</w:tc>");
            }
            sb.append("</w:tr>");
        }
        return sb.append("</w:tbl>").toString();
    }

    static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
