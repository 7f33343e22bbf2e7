package org.nianbao.audit.parse.table;

import org.nianbao.audit.parse.text.Normalizer;

/**
 * One cell-sized piece of a table as printed: a field of a pipe/TSV/space-separated line, or a whole
 * line in the one-cell-per-line layouts. {@code empty} marks a printed empty field (a lone tab, "| |",
 * an empty TSV field); blank lines produce no token at all. {@code valueLike} (a number or a
 * placeholder) is computed once, since every reader asks it. {@code ownLine} marks an empty cell printed
 * as a line of its own (a lone tab, or spaces inside a tab-prefixed row) rather than as a field of a
 * delimited line: the two tell their row apart differently (see {@link CellRun}).
 */
record Token(String raw, String key, int line, boolean empty, boolean spaced, boolean valueLike, boolean ownLine) {
    static Token of(String raw, int line) {
        return create(raw, line, false, false);
    }

    /** A whole line as one token, with the compact form the line already has. */
    static Token of(String raw, String compact, int line) {
        return create(raw, compact, line, false, false);
    }

    /** A value split off its field at a single space: the spacing may be unreliable (PDF-to-text). */
    static Token spaced(String raw, int line) {
        return create(raw, line, true, false);
    }

    /** An empty cell that is a whole line of the one-cell-per-line layout. */
    static Token blankLine(int line) {
        return create("", line, false, true);
    }

    private static Token create(String raw, int line, boolean spaced, boolean ownLine) {
        return create(raw, Normalizer.compact(raw), line, spaced, ownLine);
    }

    private static Token create(String raw, String compact, int line, boolean spaced, boolean ownLine) {
        boolean empty = raw.isEmpty();
        return new Token(raw, LabelKey.fromCompact(compact), line, empty, spaced,
                !empty && CellReader.isValueLikeCompact(compact), ownLine);
    }
}
