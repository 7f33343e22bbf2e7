package org.nianbao.audit.parse.table;

import org.nianbao.audit.parse.text.Normalizer;

/**
 * One cell-sized piece of a table as printed: a field of a pipe/TSV/space-separated line, or a whole
 * line in the one-cell-per-line layouts. {@code empty} marks a printed empty field (a lone tab, "| |",
 * an empty TSV field); blank lines produce no token at all. {@code valueLike} (a number or a
 * placeholder) is computed once, since every reader asks it. {@code ownLine} marks an empty cell printed
 * as a line of its own (a lone tab, or spaces inside a tab-prefixed row) rather than as a field of a
 * delimited line: the two tell their row apart differently (see {@link CellRun}). {@code field} is the
 * token's position among the fields of its pipe/TSV line, {@link #WHOLE_LINE} for a line that is one
 * cell, or {@link #PIECE} for a piece split off at spaces, whose position is unknown. {@code compact} is the
 * raw text's {@link Normalizer#compact} form, kept since every reader of a cell needs it.
 */
record Token(String raw, String compact, String key, int line, boolean empty, boolean spaced, boolean valueLike,
             boolean ownLine, int field) {
    static final int WHOLE_LINE = -1;
    static final int PIECE = -2;

    /** A field of a pipe or TSV line (or {@link #WHOLE_LINE} / {@link #PIECE}). */
    static Token of(String raw, int line, int field) {
        return create(raw, Normalizer.compact(raw), line, false, false, field);
    }

    /** A whole line as one token, with the compact form the line already has. */
    static Token of(String raw, String compact, int line) {
        return create(raw, compact, line, false, false, WHOLE_LINE);
    }

    /** A value split off its field at a single space: the spacing may be unreliable (PDF-to-text). */
    static Token spaced(String raw, int line) {
        return create(raw, Normalizer.compact(raw), line, true, false, PIECE);
    }

    /** An empty cell that is a whole line of the one-cell-per-line layout. */
    static Token blankLine(int line) {
        return create("", "", line, false, true, WHOLE_LINE);
    }

    private static Token create(String raw, String compact, int line, boolean spaced, boolean ownLine, int field) {
        boolean empty = raw.isEmpty();
        return new Token(raw, compact, LabelKey.fromCompact(compact), line, empty, spaced,
                !empty && CellReader.isValueLikeCompact(compact), ownLine, field);
    }

    /** True for a cell printed as a line of its own (one-cell-per-line layouts). */
    boolean wholeLine() {
        return field == WHOLE_LINE;
    }
}
