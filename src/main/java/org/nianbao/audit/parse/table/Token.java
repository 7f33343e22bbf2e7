package org.nianbao.audit.parse.table;

import org.nianbao.audit.parse.text.Normalizer;

/**
 * One cell-sized piece of a table as printed: a field of a pipe/TSV/space-separated line, or a whole
 * line in the one-cell-per-line layouts. {@code empty} marks a printed empty field (a lone tab, "| |",
 * an empty TSV field); blank lines produce no token at all. {@code valueLike} (a number or a
 * placeholder) is computed once, since every reader asks it.
 */
record Token(String raw, String key, int line, boolean empty, boolean spaced, boolean valueLike) {
    static Token of(String raw, int line) {
        return create(raw, line, false);
    }

    /** A value split off its field at a single space: the spacing may be unreliable (PDF-to-text). */
    static Token spaced(String raw, int line) {
        return create(raw, line, true);
    }

    private static Token create(String raw, int line, boolean spaced) {
        boolean empty = raw.isEmpty();
        String compact = Normalizer.compact(raw);
        return new Token(raw, LabelKey.fromCompact(compact), line, empty, spaced,
                !empty && CellReader.isValueLikeCompact(compact));
    }
}
