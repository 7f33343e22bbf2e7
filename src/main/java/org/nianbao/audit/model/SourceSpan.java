package org.nianbao.audit.model;

/**
 * Where something sits in the submitted file, in the terms natural to its format: line and column for
 * text, page and line on the page for PDF, table / row / column for the tables of HTML and DOCX, the
 * paragraph number for their text. Every field is 1-based; 0 means "not known" or "not applicable".
 * The linear line number the parser works with is kept apart (see {@link TextLine#getNumber()}): for a
 * plain text file the two agree, for every other format the span is what a reader of the file can find.
 */
public record SourceSpan(int line, int column, int page, int lineOnPage, int table, int row, int col,
                         int paragraph) {
    public static final SourceSpan NONE = new SourceSpan(0, 0, 0, 0, 0, 0, 0, 0);

    /** A line (and column, 0 when the whole line) of a text file. */
    public static SourceSpan textLine(int line, int column) {
        return new SourceSpan(line, column, 0, 0, 0, 0, 0, 0);
    }

    /** A line on a page of a paginated document (PDF). */
    public static SourceSpan pageLine(int page, int lineOnPage) {
        return new SourceSpan(0, 0, page, lineOnPage, 0, 0, 0, 0);
    }

    /** A cell (or with {@code col} 0 a whole row) of the document's {@code table}-th table. */
    public static SourceSpan tableCell(int page, int table, int row, int col) {
        return new SourceSpan(0, 0, page, 0, table, row, col, 0);
    }

    /** The {@code paragraph}-th paragraph of a document without lines of its own (HTML, DOCX). */
    public static SourceSpan paragraph(int page, int paragraph) {
        return new SourceSpan(0, 0, page, 0, 0, 0, 0, paragraph);
    }

    /** The same place narrowed to one column of its table row. */
    public SourceSpan withColumn(int tableColumn) {
        return new SourceSpan(line, column, page, lineOnPage, table, row, tableColumn, paragraph);
    }

    public boolean known() {
        return !equals(NONE);
    }
}
