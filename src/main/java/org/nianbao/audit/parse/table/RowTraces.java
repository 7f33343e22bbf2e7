package org.nianbao.audit.parse.table;

import java.util.List;
import org.nianbao.audit.model.template.RowSpec;

/**
 * Where a template row that was not read is nevertheless printed in its table: a cell-sized piece of the
 * table's text carrying the row's label, with or without its list number. The row is then not missing from
 * the report; the parser could not read it. Short labels ("规章", "3.其他") count only as a whole cell, since
 * they occur inside other words; longer ones also inside a cell, or as the first line of a label wrapped in its
 * cell. Paragraphs are no cells, nor are column
 * headers ("其他" is also table 2's column).
 */
final class RowTraces {
    /** Longer pieces are paragraphs, where a label is only mentioned. */
    private static final int MAX_CELL = 60;
    private static final int MIN_CONTAINED = 4;
    private static final int MIN_WRAPPED_START = 6;

    private RowTraces() {
    }

    /**
     * The first line of a label wrapped in its cell ("（二）部分公开（区分处理的，只计这一情" above the values and
     * "形，不计其他情形）" below them, as text extracted from a PDF prints it): long enough to name one row.
     */
    private static boolean isWrappedStart(String key, String bare) {
        String start = UnnumberedLabel.withoutNumber(key);
        return start.length() >= MIN_WRAPPED_START && start.length() < bare.length() && bare.startsWith(start);
    }

    /** The first token of the table's region printing {@code spec}'s label, or null. */
    static Token find(RowSpec spec, List<Token> tokens, Region region, HeaderMatcher headers) {
        String label = LabelKey.of(spec.label());
        String bare = UnnumberedLabel.withoutNumber(label);
        for (int i = region.from(); i < region.to(); i++) {
            Token t = tokens.get(i);
            String k = t.key();
            if (t.empty() || k.length() > MAX_CELL || headers.isHeader(t)) {
                continue;
            }
            if (k.equals(label) || k.equals(bare) || (bare.length() >= MIN_CONTAINED && k.contains(bare))
                    || isWrappedStart(k, bare)) {
                return t;
            }
        }
        return null;
    }
}
