package org.nianbao.audit.parse.table;

/**
 * One cell-sized piece of a table as printed: a field of a pipe/TSV/space-separated line, or a whole
 * line in the one-cell-per-line layouts. {@code empty} marks a printed empty field (a lone tab, "| |",
 * an empty TSV field); blank lines produce no token at all.
 */
record Token(String raw, String key, int line, boolean empty, boolean spaced) {
    static Token of(String raw, int line) {
        return new Token(raw, LabelKey.of(raw), line, raw.isEmpty(), false);
    }

    /** A value split off its field at a single space: the spacing may be unreliable (PDF-to-text). */
    static Token spaced(String raw, int line) {
        return new Token(raw, LabelKey.of(raw), line, raw.isEmpty(), true);
    }

    boolean valueLike() {
        return !empty && CellReader.isValueLike(raw);
    }
}
