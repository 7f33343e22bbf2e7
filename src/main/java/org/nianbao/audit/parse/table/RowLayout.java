package org.nianbao.audit.parse.table;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What the complete rows of one table show about how its exporter prints a row, so that the empty
 * fields and blank lines of a short row can be read: how many empty fields stand between a row label
 * and its first value (merged label cells, the same for every row whose label sits in the same field; the
 * one-cell-per-line layouts count as one position), how many blank lines separate the cell lines of a
 * one-cell-per-line row, and how many stand between such a row's label and its first cell line (some
 * exporters print one there and none between the cells). Learnt only from rows that print exactly their
 * template's number of cells.
 */
final class RowLayout {
    static final int UNKNOWN = -1;
    /** Complete rows with their label in the same field disagree: nothing can be inferred there. */
    private static final int CONFLICT = -2;
    /** Cell gaps above this are no layout's spacing. */
    private static final int MAX_GAP = 3;

    private final Map<Integer, Integer> labelFields;
    private final int cellGap;
    private final int labelGap;

    private RowLayout(Map<Integer, Integer> labelFields, int cellGap, int labelGap) {
        this.labelFields = labelFields;
        this.cellGap = cellGap;
        this.labelGap = labelGap;
    }

    /**
     * Empty fields a complete row prints between a label at {@code label}'s position and its first value,
     * or {@link #UNKNOWN}.
     */
    int labelFields(Token label) {
        Integer n = labelFields.get(label.field());
        return n == null || n == CONFLICT ? UNKNOWN : n;
    }

    /** Blank lines between two cell lines of a one-cell-per-line row, or {@link #UNKNOWN}. */
    int cellGap() {
        return cellGap;
    }

    /**
     * Blank lines between a one-cell-per-line row's label and its first cell line, or {@link #UNKNOWN} when
     * no complete row shows it or complete rows disagree.
     */
    int labelGap() {
        return labelGap == CONFLICT ? UNKNOWN : labelGap;
    }

    /** The commonest spacing between the value lines of one row (table 3's data row), or {@link #UNKNOWN}. */
    static int cellGapOf(List<Token> cells) {
        GapCount gaps = new GapCount();
        gaps.add(cells, 0, cells.size() - 1);
        return gaps.commonest();
    }

    /** How often each spacing occurs between two consecutive value lines. */
    private static final class GapCount {
        private final int[] counts = new int[MAX_GAP + 1];

        void add(List<Token> items, int first, int last) {
            for (int k = first + 1; k <= last; k++) {
                Token prev = items.get(k - 1);
                Token t = items.get(k);
                int gap = t.line() - prev.line() - 1;
                if (prev.valueLike() && t.valueLike() && prev.wholeLine() && t.wholeLine() && gap >= 0 && gap <= MAX_GAP) {
                    counts[gap]++;
                }
            }
        }

        /** The most frequent spacing, the smaller one on a tie. */
        int commonest() {
            int gap = UNKNOWN;
            for (int g = 0; g <= MAX_GAP; g++) {
                if (counts[g] > 0 && (gap == UNKNOWN || counts[g] > counts[gap])) {
                    gap = g;
                }
            }
            return gap;
        }
    }

    /** Collects the complete rows of one table. */
    static final class Learner {
        private final Map<Integer, Integer> labelFields = new HashMap<>();
        private final GapCount gaps = new GapCount();
        private int labelGap = UNKNOWN;

        /** One printed row: its label's last token and the tokens that followed it. */
        void add(Token label, List<Token> items, int expected) {
            if (label.field() == Token.PIECE) {
                return;
            }
            boolean delimited = label.field() >= 0;
            int first = 0;
            while (first < items.size() && items.get(first).empty() && onRowLine(label, items.get(first), delimited)) {
                first++;
            }
            if (first == items.size() || items.get(first).empty() || !onRowLine(label, items.get(first), delimited)) {
                return;
            }
            int last = first;
            for (int k = first; k < items.size() && onRowLine(label, items.get(k), delimited); k++) {
                if (!items.get(k).empty()) {
                    last = k;
                }
            }
            if (last - first + 1 != expected) {
                return;
            }
            labelFields.merge(label.field(), first, (a, b) -> a.equals(b) ? a : CONFLICT);
            if (!delimited) {
                gaps.add(items, first, last);
                // complete rows must agree: where they print different spacings after their labels, a short row's
                // spacing there fits either and shows no blank cell
                int spacing = items.get(0).line() - label.line() - 1;
                labelGap = labelGap == UNKNOWN || labelGap == spacing ? spacing : CONFLICT;
            }
        }

        /** A delimited row's cells are on its label's line; a one-cell-per-line row's are whole lines. */
        private static boolean onRowLine(Token label, Token t, boolean delimited) {
            return delimited ? t.line() == label.line() && t.field() >= 0 : t.wholeLine();
        }

        RowLayout layout() {
            return new RowLayout(Map.copyOf(labelFields), gaps.commonest(), labelGap);
        }
    }
}
