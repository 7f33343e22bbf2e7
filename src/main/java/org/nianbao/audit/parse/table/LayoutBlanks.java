package org.nianbao.audit.parse.table;

import java.util.ArrayList;
import java.util.List;

/**
 * Finds the blank cells a short row's layout shows, by comparing the row with the complete rows of its
 * table ({@link RowLayout}), never by guessing from the values:
 * <ul>
 * <li>more empty fields between the label and the first value than the complete rows print there (merged
 * label cells) are blank leading cells (a blank 自然人);</li>
 * <li>in a one-cell-per-line row, more blank lines before a cell than between the cells of the complete
 * rows are blank cells printed as empty lines, one per cell line and its usual spacing.</li>
 * </ul>
 * Blank lines after the last value cannot be told from the blank line between rows and are never read as
 * cells. When the blank lines inside a row do not add up to whole cells, or the blanks they show do not
 * make up exactly the missing cells, nothing is inserted and the gap is reported with the short row.
 */
final class LayoutBlanks {
    /**
     * The row's tokens with the blank cells printed as empty lines inserted, how many of its leading empty
     * fields are cells, and the first line of a gap that could not be read (0 if none).
     */
    record Reading(List<Token> items, int leadingCells, int unreadableGapLine) {
    }

    private LayoutBlanks() {
    }

    static Reading read(Token label, List<Token> items, int expected, RowLayout layout) {
        int first = 0;
        while (first < items.size() && items.get(first).empty()) {
            first++;
        }
        if (first == items.size()) {
            return new Reading(items, 0, 0);
        }
        int last = items.size() - 1;
        while (items.get(last).empty()) {
            last--;
        }
        int missing = expected - (last - first + 1);
        if (missing <= 0) {
            return new Reading(items, 0, 0);
        }
        int leading = leadingCells(label, items, first, missing, layout);
        if (!label.wholeLine() || layout.cellGap() == RowLayout.UNKNOWN) {
            return new Reading(items, leading, 0);
        }
        return lineGaps(label, items, 0, last, missing - leading, layout.cellGap(), leading);
    }

    /**
     * Table 3's data row, which has no label: blank lines between its values, against the spacing of its
     * own other values. Blank lines before the first value cannot be told from the break after the header.
     */
    static Reading readDataRow(List<Token> items, int expected) {
        int first = 0;
        while (first < items.size() && items.get(first).empty()) {
            first++;
        }
        if (first == items.size()) {
            return new Reading(items, 0, 0);
        }
        int last = items.size() - 1;
        while (items.get(last).empty()) {
            last--;
        }
        int missing = expected - (last - first + 1);
        int gap = RowLayout.cellGapOf(items);
        if (missing <= 0 || gap == RowLayout.UNKNOWN || !items.get(first).wholeLine()) {
            return new Reading(items, 0, 0);
        }
        return lineGaps(items.get(first), items, first + 1, last, missing, gap, 0);
    }

    /** Leading empty fields beyond the complete rows' merged label cells, when they fit the shortage. */
    private static int leadingCells(Token label, List<Token> items, int first, int missing, RowLayout layout) {
        int labelFields = layout.labelFields(label);
        boolean sameLine = label.wholeLine() || items.get(first).line() == label.line();
        if (labelFields == RowLayout.UNKNOWN || first <= labelFields || !sameLine) {
            return 0;
        }
        int cells = first - labelFields;
        return cells <= missing ? cells : 0;
    }

    /**
     * Blank cells printed as empty lines between {@code anchor} (the label, or the first value) and the last
     * value of a one-cell-per-line row; {@code from} is the first item after the anchor.
     */
    private static Reading lineGaps(Token anchor, List<Token> items, int from, int last, int missing, int gap,
                                    int leading) {
        int blanks = 0;
        int gapLine = 0;
        boolean whole = true;
        Token prev = anchor;
        for (int k = from; k <= last; k++) {
            Token t = items.get(k);
            whole &= t.wholeLine();
            int extra = extraLines(prev, t, gap);
            if (extra > 0) {
                gapLine = gapLine == 0 ? prev.line() + 1 : gapLine;
                // a blank cell takes its own line plus the usual spacing; any other count is no cell
                blanks = blanks >= 0 && extra % (gap + 1) == 0 ? blanks + extra / (gap + 1) : -1;
            }
            prev = t;
        }
        if (!whole || gapLine == 0) {
            return new Reading(items, leading, 0);
        }
        if (blanks != missing) {
            return new Reading(items, leading, gapLine);
        }
        // blank lines between the label and the first cell line are leading cells, not merged label cells
        int before = from == 0 ? Math.max(0, extraLines(anchor, items.get(0), gap)) / (gap + 1) : 0;
        return new Reading(withBlankLines(anchor, items, from, last, gap), leading + before, 0);
    }

    private static int extraLines(Token prev, Token t, int gap) {
        return t.line() - prev.line() - 1 - gap;
    }

    /** A copy of the row with a blank token for each blank cell line, on the line it stands for. */
    private static List<Token> withBlankLines(Token anchor, List<Token> items, int from, int last, int gap) {
        List<Token> out = new ArrayList<>(items.size() + 2);
        Token prev = anchor;
        for (int k = 0; k < items.size(); k++) {
            Token t = items.get(k);
            int extra = k >= from && k <= last ? extraLines(prev, t, gap) : 0;
            for (int j = 1; j <= extra / (gap + 1); j++) {
                out.add(Token.blankLine(prev.line() + j * (gap + 1)));
            }
            out.add(t);
            prev = t;
        }
        return out;
    }
}
