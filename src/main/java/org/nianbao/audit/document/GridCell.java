package org.nianbao.audit.document;

import org.nianbao.audit.model.SourceSpan;

/**
 * One position of a table grid. A cell spanning several rows or columns is expanded into every position
 * it covers: the first (top-left) carries the text, the others are {@code spanCopy} positions holding the
 * same text, so a reader can tell a merged label from a printed empty cell.
 */
public record GridCell(String text, SourceSpan span, boolean spanCopy) {
    /** A position no cell covers (a row shorter than the table): shown as nothing, like an empty cell. */
    public static final GridCell MISSING = new GridCell("", SourceSpan.NONE, false);

    public GridCell {
        text = text == null ? "" : text;
        span = span == null ? SourceSpan.NONE : span;
    }

    public static GridCell of(String text, SourceSpan span) {
        return new GridCell(text, span, false);
    }

    public boolean blank() {
        return text.isBlank();
    }
}
